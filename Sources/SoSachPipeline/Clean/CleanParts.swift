/// The lower-layer parts a `CleanJob` uses: how a file is opened as classified lines and how
/// its rows are cleaned. `CleanParts.standard` wires the layout reader and the field and unit
/// cleaners; tests may feed lines directly.
struct CleanParts: Sendable {
    /// Opens `path` (shown as `displayPath`) with the user mapping file's rules.
    var openSource: @Sendable (_ path: String, _ displayPath: String, _ config: MappingConfig?) throws -> CleanListSource
    /// A row cleaner for one file, read by the worker that owns `worker`.
    var makeRowCleaner: @Sendable (_ source: CleanListSource, _ sourceFile: String, _ options: CleanOptions,
                                   _ worker: CleanWorkerState) throws -> RowCleaning
    /// Reads `--master` into the index the person-id assigner uses.
    var loadMaster: @Sendable (_ path: String) throws -> MasterIndex
}

import SoSachLinkage
