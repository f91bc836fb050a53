/// What a physical line of a list file is, once the layout is known.
///
/// The raw values are the names written by `sosach inspect` and in `report.json`.
public enum LineKind: String, CaseIterable, Codable, Sendable, Comparable {
    /// Above the table: issuer, national motto, list title, decision reference, or a section
    /// heading inside the table ("Thôn Nà Sáy") that is neither data nor footer.
    case title
    /// A row of column headers (each row of a multi-row header is a header line).
    case header
    /// The row of column numbers under a header ("1;2;3;4;5", "(1);(2);…").
    case columnNumbers = "column_numbers"
    /// A citizen (or family, unit …) row.
    case data
    /// Nothing but whitespace and delimiters (or only an STT number in an empty template row).
    case blank
    /// A subtotal or total row ("Tổng cộng: 57 người", "Danh sách này có …").
    case total
    /// Signatures, place and date, distribution list, notes below the table.
    case footer

    public static func < (lhs: LineKind, rhs: LineKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
