import SoSachText

/// One physical record of a list file after reading and decoding, before layout: the unit the
/// layout engine classifies.
struct LayoutRecord: Sendable {
    /// 1-based physical line where the record starts.
    var line: Int
    /// Physical lines the record spans (≥ 1).
    var lineCount: Int
    /// The cells, decoded, normalised (NFC, cleaned) and trimmed.
    var cells: [String]
    /// The record's text as decoded, without its line end.
    var raw: String
    /// Flags from reading and decoding (`enc.*`, `csv.quote_recovered` …).
    var flags: [Flag]
    /// Set when the record could not be read (reason code, message); it is then reported as a
    /// reject whatever the layout says.
    var failure: (reason: String, message: String)?

    init(line: Int, lineCount: Int = 1, cells: [String], raw: String? = nil, flags: [Flag] = [],
         failure: (reason: String, message: String)? = nil) {
        self.line = line
        self.lineCount = lineCount
        self.cells = cells
        self.raw = raw ?? cells.joined(separator: ";")
        self.flags = flags
        self.failure = failure
    }

    /// True when every cell is empty.
    var isBlank: Bool { cells.allSatisfy(\.isEmpty) }

    /// The number of non-empty cells.
    var filledCount: Int { cells.reduce(0) { $0 + ($1.isEmpty ? 0 : 1) } }

    /// The cell at `index`, or "" past the end (ragged rows).
    subscript(index: Int) -> String { index < cells.count ? cells[index] : "" }

    /// The non-empty cells joined with spaces (a title or footer line's text).
    var text: String { cells.filter { !$0.isEmpty }.joined(separator: " ") }
}
