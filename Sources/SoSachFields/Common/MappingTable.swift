import SoSachMappings

/// Reads a small mapping file from `Mappings/` (CSV without quoted fields, or TSV): comment
/// lines (`#`) skipped, the first other line taken as the header.
struct MappingTable: Sendable {
    let header: [String]
    let rows: [[String]]

    init(_ path: String, separator: Character = ",") throws {
        let text = String(decoding: try Mappings.bytes(path), as: UTF8.self)
        var header: [String] = []
        var rows: [[String]] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            if line.hasPrefix("#") || line.isEmpty { continue }
            let fields = line.split(separator: separator, omittingEmptySubsequences: false).map {
                String($0).trimmingCharacters(in: " \r")
            }
            if header.isEmpty { header = fields } else { rows.append(fields) }
        }
        self.header = header
        self.rows = rows
    }

    /// The values of column `name` in every row ("" where missing).
    func column(_ name: String) -> [String] {
        guard let index = header.firstIndex(of: name) else { return rows.map { _ in "" } }
        return rows.map { index < $0.count ? $0[index] : "" }
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self)
        while let f = scalars.first, set.contains(f) { scalars.removeFirst() }
        while let l = scalars.last, set.contains(l) { scalars.removeLast() }
        return String(scalars)
    }
}
