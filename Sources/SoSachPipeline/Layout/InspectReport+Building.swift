extension InspectReport {
    /// Reads `path` with `ListFileReader` and builds the report (`displayPath` defaults to `path`).
    public static func build(path: String, displayPath: String? = nil, config: MappingConfig? = nil) throws -> InspectReport {
        let reader = try ListFileReader(path: path, displayPath: displayPath ?? path, config: config)
        return try build(reader: reader)
    }
}
