import Foundation

/// Reads a tab-separated fixture copied from the reference data into `Tests/SoSachTextTests/Fixtures`:
/// comment lines (`#`) skipped, the first other line is the header, each row a column → value map.
enum UnicodeFixture {
    static func rows(_ name: String) throws -> [[String: String]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/" + name)
        let text = try String(contentsOf: url, encoding: .utf8)
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

    /// "U+0061 U+0300" → "a\u{300}".
    static func codepoints(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for part in text.split(separator: " ") where part.hasPrefix("U+") {
            if let value = UInt32(part.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    /// Code points of a string for failure messages.
    static func hex(_ text: String) -> String {
        text.unicodeScalars.map { String(format: "U+%04X", $0.value) }.joined(separator: " ")
    }
}
