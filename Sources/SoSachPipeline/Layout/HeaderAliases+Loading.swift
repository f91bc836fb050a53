import SoSachMappings
import SoSachText

extension HeaderAliases {
    /// The table file, relative to `Mappings/`.
    static let mappingFile = "text/headers.csv"

    /// Reads `Mappings/text/headers.csv` (columns `alias,canonical_field,kind`) and keys it
    /// with `text`. Throws when the file is missing or has a malformed row.
    static func load(text: LayoutText) throws -> HeaderAliases {
        let path = try Mappings.path(mappingFile)
        let reader = CSVReader(source: try FileByteSource(path: path), dialect: .comma)
        var record = ByteRecord()
        var entries: [Entry] = []
        var first = true
        while try reader.readRecord(into: &record) {
            if first { first = false; continue }
            if record.count == 0 { continue }
            guard record.count >= 3 else {
                throw MappingConfig.InvalidConfig(path: path, message: "line \(record.position.line): expected alias,canonical_field,kind")
            }
            entries.append(Entry(alias: record.string(at: 0), field: record.string(at: 1), kind: record.string(at: 2)))
        }
        return HeaderAliases(entries: entries, text: text)
    }

    /// The table keyed with `LayoutText.standard`, loaded once per process.
    static func standard() throws -> HeaderAliases {
        if let table = cachedStandard { return table }
        return try load(text: .standard)
    }

    private static let cachedStandard: HeaderAliases? = try? load(text: .standard)
}
