/// One item of the stream `ListFileReader.next()` returns.
///
/// Accounting invariant: every physical line of a file is reported exactly once, so the sum of
/// `lineCount` over all items equals the file's physical line count (a final line without a
/// line end counts; the line end after the last line does not start another line).
/// - A data record spanning several physical lines (a quoted cell holding line breaks) is one
///   `.data` item whose `DataRow.lineCount` covers them all.
/// - A non-data record is reported once per physical line it spans, each as `.nonData` with its
///   own line number (blank lines included).
/// - A rejected record is one `.reject` item; it spans the lines of `raw` (its text without the
///   final line end: 1 + the number of line breaks in it, CR LF counting as one).
public enum ListLine: Sendable {
    /// A data row.
    case data(DataRow)
    /// One physical line that is not data: title, header, column numbers, blank, total, footer.
    case nonData(LineKind, line: Int)
    /// A row that cannot be read as data, with a reason code (`csv.field_too_long`,
    /// `csv.unterminated_quote`, `layout.too_many_cells` …), a message in the project's format
    /// (`file: line L, column C 'name': what`) and the raw text of the record.
    case reject(line: Int, reason: String, message: String, raw: String)

    /// The 1-based physical line where the item starts.
    public var line: Int {
        switch self {
        case .data(let row): return row.sourceLine
        case .nonData(_, let line): return line
        case .reject(let line, _, _, _): return line
        }
    }

    /// How many physical lines the item covers (see the invariant above).
    public var lineCount: Int {
        switch self {
        case .data(let row): return row.lineCount
        case .nonData: return 1
        case .reject(_, _, _, let raw): return ListLine.physicalLineCount(of: raw)
        }
    }

    /// The line kind of the item (`data` for rejects: they are data lines that failed).
    public var kind: LineKind {
        switch self {
        case .data: return .data
        case .nonData(let kind, _): return kind
        case .reject: return .data
        }
    }

    /// 1 + the number of line breaks (LF, CR LF or a lone CR) in `text`.
    public static func physicalLineCount(of text: String) -> Int {
        var count = 1
        var previousCR = false
        for byte in text.utf8 {
            if byte == 0x0D { count += 1; previousCR = true; continue }
            if byte == 0x0A && !previousCR { count += 1 }
            previousCR = false
        }
        return count
    }
}
