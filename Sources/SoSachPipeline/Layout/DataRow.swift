import SoSachText

/// One data row of a list file: its position, the cells of the canonical fields, the extra
/// columns and the raw text.
///
/// Cells are decoded to UTF-8, NFC and trimmed; a field the file does not have is the empty
/// string. Split names are joined into `fullName` (the parts stay in their own fields); the
/// two-column Nam/Nữ form is turned into `birthDate` + `gender` ("Nam"/"Nữ").
public struct DataRow: Sendable {
    /// The 1-based physical line where the record starts (for a spreadsheet export: the row).
    public var sourceLine: Int
    /// How many physical lines the record spans (more than 1 when a quoted cell holds line breaks).
    public var lineCount: Int
    /// Which table of the file the row belongs to (0 for the first header, 1 after a second
    /// header …); the index into `ListFileReader.mappings`.
    public var section: Int
    /// The cells of the canonical fields, indexed by `CanonicalField.index`.
    public var cells: [String]
    /// The unmapped columns, aligned with `ListFileReader.extraColumnNames` (empty string when
    /// this row's table has no such column). A table found further down may add extra columns
    /// after this row was read: the array then is shorter than the final list, and the missing
    /// trailing values are empty.
    public var extras: [String]
    /// The record as read, decoded, without its line end (for `rejects.csv` and messages).
    public var raw: String
    /// Repairs and doubts from reading and layout, e.g. `enc.tcvn3`, `csv.quote_recovered`,
    /// `layout.gender_both_columns`.
    public var flags: [Flag]

    /// A row with every field empty.
    public init(sourceLine: Int, lineCount: Int = 1, section: Int = 0, extras: [String] = [],
                raw: String = "", flags: [Flag] = []) {
        self.sourceLine = sourceLine
        self.lineCount = lineCount
        self.section = section
        self.cells = Array(repeating: "", count: CanonicalField.allCases.count)
        self.extras = extras
        self.raw = raw
        self.flags = flags
    }

    /// The cell of `field` ("" when absent).
    public subscript(field: CanonicalField) -> String {
        get { cells[field.index] }
        set { cells[field.index] = newValue }
    }
}
