import Foundation

/// Reads a tab-separated fixture copied from the reference data into
/// `Tests/SoSachFieldsTests/Fixtures`: `#` lines skipped, the first other line is the header.
enum FieldsFixture {
    static func rows(_ name: String) -> [[String: String]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + name)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var header: [String]?
        var rows: [[String: String]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let columns = header else { header = fields; continue }
            var row: [String: String] = [:]
            for (i, column) in columns.enumerated() { row[column] = i < fields.count ? fields[i] : "" }
            rows.append(row)
        }
        return rows
    }
}
