/// What `ListFileReader` decided about a file before streaming it: encoding, dialect, where the
/// header is, how the columns map, and the file context.
///
/// Decisions are taken on a bounded prefix of the file (see `ListFileReader`); a table found
/// later in the stream is reported by `ListFileReader.mappings`.
public struct ListFileProfile: Sendable {
    /// The detected (or configured) encoding.
    public struct Encoding: Hashable, Sendable {
        /// The encoding name as printed and accepted by `--from` and the mapping file
        /// (`utf-8`, `utf-16le`, `tcvn3`, `vni`, `windows-1258` …).
        public var name: String
        /// How sure the detector is, 0…1 (1 for a BOM or the mapping file).
        public var confidence: Double
        /// Why, in words (detector evidence, "BOM", "mapping file").
        public var evidence: [String]
        /// Columns (0-based) decoded with another encoding than the file's (a column pasted
        /// from a legacy file into a Unicode one), with that encoding's name.
        public var columns: [Int: String]

        /// An encoding decision.
        public init(name: String, confidence: Double, evidence: [String] = [], columns: [Int: String] = [:]) {
            self.name = name
            self.confidence = confidence
            self.evidence = evidence
            self.columns = columns
        }
    }

    /// The detected (or configured) CSV dialect.
    public struct Dialect: Hashable, Sendable {
        /// The delimiter character ("," ";" "\t" "|").
        public var delimiter: String
        /// The quote character, nil when quotes are not special.
        public var quote: String?
        /// Why, in words.
        public var evidence: [String]

        /// A dialect decision.
        public init(delimiter: String, quote: String?, evidence: [String] = []) {
            self.delimiter = delimiter
            self.quote = quote
            self.evidence = evidence
        }
    }

    /// The path the file was read from.
    public var path: String
    /// The path as given on the command line (`source_file` in the output).
    public var displayPath: String
    /// The encoding decision.
    public var encoding: Encoding
    /// The dialect decision.
    public var dialect: Dialect
    /// The physical lines of the title rows above the first table.
    public var titleLines: [Int]
    /// The column mapping of the first table (header-less files: mapped by content).
    public var mapping: ColumnMapping
    /// The mappings of every table found in the prefix (the first is `mapping`).
    public var mappings: [ColumnMapping]
    /// The names of the extra (unmapped) columns of the tables found in the prefix, in order
    /// (`ListFileReader.extraColumnNames` has those of tables found later too).
    public var extraColumnNames: [String]
    /// The file context (units, year, list kind).
    public var context: FileContext
    /// The pattern of the mapping-file rule applied to this file, if any.
    public var configPattern: String?

    /// The header lines of the first table.
    public var headerLines: [Int] { mapping.headerLines }
}
