/// One column of a (possibly multi-row) header after merging: the text of each header row for
/// this column, with a parent cell spanning several columns carried to the right.
struct HeaderColumn: Hashable, Sendable {
    /// The text of each header row for this column (after carrying spans), top to bottom.
    var parts: [String]

    /// The bottom-most non-empty part ("Nam" under "Năm sinh").
    var child: String { parts.last(where: { !$0.isEmpty }) ?? "" }
    /// The parts above the child, joined ("Năm sinh"); empty for a one-row header.
    var parent: String {
        guard let last = parts.lastIndex(where: { !$0.isEmpty }) else { return "" }
        return parts[..<last].filter { !$0.isEmpty }.joined(separator: " ")
    }
    /// Every non-empty part joined ("Năm sinh Nam"): the column's header text.
    var combined: String { parts.filter { !$0.isEmpty }.joined(separator: " ") }

    /// Merges header rows into columns. An empty cell of an upper row takes the text of the
    /// nearest non-empty cell to its left when both it and that cell have text below them: that
    /// is how a merged cell ("Năm sinh" over "Nam" | "Nữ") looks once exported to CSV.
    static func merge(_ rows: [[String]], width: Int) -> [HeaderColumn] {
        var grid = rows.map { row in (0..<width).map { $0 < row.count ? row[$0] : "" } }
        if grid.count > 1 {
            for r in 0..<(grid.count - 1) {
                var spanText = ""
                var spanHasChild = false
                for c in 0..<width {
                    let below = (r + 1..<grid.count).contains { !grid[$0][c].isEmpty }
                    if !grid[r][c].isEmpty {
                        spanText = grid[r][c]
                        spanHasChild = below
                    } else if below && spanHasChild && !spanText.isEmpty {
                        grid[r][c] = spanText
                    } else {
                        spanText = ""
                    }
                }
            }
        }
        return (0..<width).map { c in HeaderColumn(parts: grid.map { $0[c] }) }
    }
}
