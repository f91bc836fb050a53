/// The decision taken for one input column, with the evidence for it.
public struct ColumnAssignment: Hashable, Sendable {
    /// 0-based column index in the input records.
    public var column: Int
    /// The column's header text after merging the header rows (e.g. "Năm sinh Nam"); empty for
    /// a header-less file or a column without a header.
    public var header: String
    /// What the column is used for.
    public var role: ColumnRole
    /// Why, in words a user can check, e.g. `header "Họ và tên" = alias full_name (exact)` or
    /// `content: 38/40 cells are dates`.
    public var evidence: [String]

    /// An assignment of `role` to `column`.
    public init(column: Int, header: String, role: ColumnRole, evidence: [String]) {
        self.column = column
        self.header = header
        self.role = role
        self.evidence = evidence
    }

    /// The spreadsheet-style column letter ("A", "B", …, "AA") of `column`.
    public var letter: String { ColumnAssignment.letter(of: column) }

    /// The spreadsheet-style letter of a 0-based column index.
    public static func letter(of column: Int) -> String {
        var n = column + 1
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }
}
