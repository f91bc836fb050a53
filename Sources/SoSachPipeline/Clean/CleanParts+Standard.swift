import SoSachFields
import SoSachText
import SoSachUnits

/// The parts `sosach clean` runs with: the layout reader, the row cleaner over the field
/// cleaners and the unit resolver (one resolver per worker, so its cache lives across files),
/// and the master-file loader.
extension CleanParts {
    static let standard = CleanParts(
        openSource: { path, displayPath, config in
            try ListFileReader(path: path, displayPath: displayPath, config: config)
        },
        makeRowCleaner: { source, sourceFile, options, worker in
            let registry = try UnitRegistry.shared()
            let resolver = worker.object("units") { UnitResolver(registry: registry) }
            let nameColumn = (source as? ListFileReader).flatMap { reader in
                (reader.profile.mapping.columnsOf(.fullName) + reader.profile.mapping.columnsOf(.givenName)).first
            }.map { $0 + 1 } ?? 0
            return RowCleaner(sourceFile: sourceFile, context: source.fileContext, nameColumn: nameColumn,
                              toneStyle: ToneStyle(rawValue: options.toneStyle) ?? .traditional, units: resolver)
        },
        loadMaster: { path in try MasterPersonsLoader.load(path: path) })
}
