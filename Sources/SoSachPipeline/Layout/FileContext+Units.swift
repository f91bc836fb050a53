import SoSachUnits

extension FileContext {
    /// Resolves the context's texts with the unit registry: each title cell in order (each one
    /// narrowing the next), then the file name, then the mapping file's default unit, into the
    /// `UnitContext` the resolver uses for rows that give only a village. The list year sets
    /// the epoch (a list of 2025 or before names pre-2025 units).
    mutating func resolveUnits(titles: [(line: Int, text: String)], fileName: String,
                               defaultUnit: MappingConfig.DefaultUnit?, registry: UnitRegistry) {
        var context = UnitContext.none
        // The list year is the epoch hint while reading the titles too (official names over former ones).
        if let year { context.epoch = Self.epoch(ofYear: year) }
        func apply(_ text: String, _ source: String) {
            guard let match = registry.context(fromText: text, within: context) else { return }
            context = context.merging(match.context)
            let names = match.units.prefix(3).map { "\($0.name) (\($0.epoch.rawValue) \($0.code))" }.joined(separator: ", ")
            evidence.append("\(source): \(match.level.rawValue) \(names)\(match.isAmbiguous ? " (ambiguous: \(match.units.count) units)" : "")")
        }
        if let unit = defaultUnit {
            let parts = [unit.commune.map { "xã " + $0 }, unit.district.map { "huyện " + $0 }, unit.province.map { "tỉnh " + $0 }]
            // The user's words first, but without type words guessed for them when they gave one.
            for (text, raw) in zip(parts, [unit.commune, unit.district, unit.province]) {
                guard let text, let raw else { continue }
                if registry.context(fromText: raw, within: context) != nil { apply(raw, "mapping file default unit \"\(raw)\"") }
                else { apply(text, "mapping file default unit \"\(raw)\"") }
            }
        } else {
            for (line, text) in titles { apply(text, "title line \(line) \"\(text)\"") }
            if context.legacyCommuneCode == nil && context.communeCode == nil { apply(fileName, "file name \"\(fileName)\"") }
        }
        if let year { context.epoch = Self.epoch(ofYear: year) ?? context.epoch }
        unit = context.isEmpty ? nil : context
    }

    /// A list of 2024 or before names pre-2025 units, one of 2026 or after 2025 units; 2025 may be either.
    static func epoch(ofYear year: Int) -> UnitEpoch? {
        year <= 2024 ? .legacy : (year >= 2026 ? .current : nil)
    }
}
