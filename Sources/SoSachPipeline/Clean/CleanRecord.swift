import SoSachText

/// One accepted input row after cleaning: the values of the fixed `records.csv` columns
/// (except `person_id`, known only after linking) plus the values of the file's unmapped
/// columns.
public struct CleanRecord: Sendable, Equatable {
    /// The input path as given on the command line (or as expanded from a folder).
    public var sourceFile: String
    /// The 1-based physical line where the record starts.
    public var sourceLine: Int
    /// `citizen`, `family`, `unit` … as detected from the file (empty when unknown).
    public var listKind: String
    public var fullName: String
    public var familyName: String
    public var middleName: String
    public var givenName: String
    /// ISO 8601 at input precision: `1985-03-07`, `1985-03` or `1985`; empty when absent.
    public var birthDate: String
    /// `M`, `F` or empty.
    public var gender: String
    public var nationalID: String
    public var phone: String
    public var village: String
    public var communeCode: String
    public var communeName: String
    public var provinceCode: String
    public var provinceName: String
    public var legacyCommuneCode: String
    /// `current`, `converted`, `divided`, `ambiguous` or `unresolved`.
    public var unitStatus: String
    /// Every repair and doubt, sorted and without duplicates.
    public var flags: [Flag]
    /// The values of the file's unmapped columns, aligned with the file's extra headers.
    public var extras: [String]

    /// An empty record of `sourceFile` at `sourceLine`.
    public init(sourceFile: String, sourceLine: Int) {
        self.sourceFile = sourceFile
        self.sourceLine = sourceLine
        listKind = ""; fullName = ""; familyName = ""; middleName = ""; givenName = ""
        birthDate = ""; gender = ""; nationalID = ""; phone = ""; village = ""
        communeCode = ""; communeName = ""; provinceCode = ""; provinceName = ""
        legacyCommuneCode = ""; unitStatus = ""; flags = []; extras = []
    }

    /// `source_file:source_line`, unique over a run.
    public var recordID: String { "\(sourceFile):\(sourceLine)" }
}
