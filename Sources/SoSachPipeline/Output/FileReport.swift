/// What `report.json` says about one input file: what was detected and how its lines ended.
///
/// Keys are written in snake_case and sorted; counts by kind, flag, reason and status are
/// objects whose keys are the codes.
public struct FileReport: Codable, Sendable, Equatable {
    /// The delimiter and quote character found (or configured).
    public struct Dialect: Codable, Sendable, Equatable {
        /// `","`, `";"`, `"\t"`, `"|"` …
        public var delimiter: String
        /// `"\""`, or nil when quoting is off.
        public var quote: String?
        public init(delimiter: String, quote: String?) { self.delimiter = delimiter; self.quote = quote }
    }

    /// One input column and the canonical field it was mapped to.
    public struct ColumnMap: Codable, Sendable, Equatable {
        /// 1-based column number.
        public var column: Int
        /// The (merged) header text, empty for a file without a header.
        public var header: String
        /// The canonical field, or `x_<folded header>` for a kept unmapped column.
        public var field: String
        /// Why: `alias`, `folded alias`, `content`, `config` …
        public var evidence: String
        public init(column: Int, header: String, field: String, evidence: String) {
            self.column = column; self.header = header; self.field = field; self.evidence = evidence
        }
    }

    /// The shape of the list found in the file.
    public struct Layout: Codable, Sendable, Equatable {
        /// 1-based physical lines that form the header (empty when there is none).
        public var headerLines: [Int]
        /// `citizen`, `family`, `unit` … (empty when unknown).
        public var listKind: String
        /// The file context: `commune`, `district`, `province`, `year` … as found in titles or
        /// the file name.
        public var context: [String: String]
        public init(headerLines: [Int] = [], listKind: String = "", context: [String: String] = [:]) {
            self.headerLines = headerLines; self.listKind = listKind; self.context = context
        }
    }

    /// The path as given (the `source_file` of its rows).
    public var sourceFile: String
    /// The file's size.
    public var bytes: Int64
    /// The detected (or configured) encoding, e.g. `utf-8`, `tcvn3`.
    public var encoding: String
    /// The detector's confidence, 0…1.
    public var encodingConfidence: Double
    public var dialect: Dialect
    public var layout: Layout
    public var mapping: [ColumnMap]
    /// Physical lines by kind (`title`, `header`, `column_numbers`, `data`, `blank`, `total`,
    /// `footer`); they add up to the file's line count.
    public var lines: [String: Int]
    /// Data rows: `records + rejects`. A row spans several physical lines when a quoted cell
    /// holds line breaks, so this may be less than `lines["data"]`.
    public var dataRows: Int
    /// Data rows written to records.csv.
    public var records: Int
    /// Data rows written to rejects.csv.
    public var rejects: Int
    public var rejectsByReason: [String: Int]
    /// Records carrying each flag.
    public var flags: [String: Int]
    /// Records by `unit_status`.
    public var units: [String: Int]

    /// A report of `sourceFile` with nothing detected and nothing counted yet.
    public init(sourceFile: String, bytes: Int64) {
        self.sourceFile = sourceFile
        self.bytes = bytes
        encoding = ""
        encodingConfidence = 0
        dialect = Dialect(delimiter: ",", quote: "\"")
        layout = Layout()
        mapping = []
        lines = [:]
        dataRows = 0
        records = 0
        rejects = 0
        rejectsByReason = [:]
        flags = [:]
        units = [:]
    }
}
