/// What `DialectSniffer` found in the start of a file, with the evidence.
public struct SniffedDialect: Sendable, Hashable {
    /// How lines end in the sample.
    public enum LineEnding: String, Sendable, Hashable {
        /// LF only (Unix).
        case lf
        /// CRLF only (Windows, Excel).
        case crlf
        /// A lone CR only (old Mac).
        case cr
        /// More than one kind.
        case mixed
        /// No line end in the sample.
        case none
    }

    /// A byte order mark at the start of the sample.
    public enum ByteOrderMark: String, Sendable, Hashable {
        /// EF BB BF: UTF-8 (the reader skips it by default).
        case utf8 = "utf-8"
        /// FF FE: UTF-16 little-endian; decode before parsing.
        case utf16LE = "utf-16le"
        /// FE FF: UTF-16 big-endian; decode before parsing.
        case utf16BE = "utf-16be"
    }

    /// The dialect to read with: the delimiter found (comma when the file has a single column)
    /// and `"` as quote.
    public var dialect: CSVDialect
    /// How lines end.
    public var lineEnding: LineEnding
    /// The byte order mark, if any.
    public var byteOrderMark: ByteOrderMark?
    /// The field count most non-blank records of the sample share (the table's width); 1 when no
    /// candidate delimiter splits the lines consistently.
    public var fieldCount: Int
    /// The share (0...1) of the sample's non-blank records that have `fieldCount` fields.
    public var consistency: Double
    /// The number of complete non-blank records in the sample.
    public var recordsSampled: Int
    /// How many fields of the sample start with a quote (0: the file does not use quoting).
    public var quotedFields: Int
    /// How many fields the sample has with the chosen delimiter.
    public var fieldsSampled: Int

    /// True when some field of the sample is quoted.
    public var usesQuotes: Bool { quotedFields > 0 }

    /// True when the delimiter was found from a consistent table: at least two records, more
    /// than one field, and at least half of the records of the same width.
    public var isConfident: Bool { fieldCount > 1 && recordsSampled >= 2 && consistency >= 0.5 }

    /// Every value as given.
    public init(
        dialect: CSVDialect, lineEnding: LineEnding, byteOrderMark: ByteOrderMark?, fieldCount: Int,
        consistency: Double, recordsSampled: Int, quotedFields: Int, fieldsSampled: Int
    ) {
        self.dialect = dialect
        self.lineEnding = lineEnding
        self.byteOrderMark = byteOrderMark
        self.fieldCount = fieldCount
        self.consistency = consistency
        self.recordsSampled = recordsSampled
        self.quotedFields = quotedFields
        self.fieldsSampled = fieldsSampled
    }
}
