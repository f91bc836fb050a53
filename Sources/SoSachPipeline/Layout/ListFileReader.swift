/// The pipeline's entry point for one list file: detects how the file is written and laid out,
/// then streams every physical line of it, classified.
///
/// ```swift
/// let reader = try ListFileReader(path: path, displayPath: path, config: nil)
/// print(reader.profile.encoding.name, reader.profile.mapping.columns.map(\.role.name))
/// while let item = try reader.next() {
///     switch item {
///     case .data(let row): use(row[.fullName], row[.birthDate], row.extras)
///     case .nonData(let kind, let line): count(kind, line)
///     case .reject(let line, let reason, let message, let raw): reject(line, reason, message, raw)
///     }
/// }
/// ```
///
/// Creating a reader reads a bounded prefix of the file (64 KiB of bytes for the encoding and
/// dialect, then `LayoutEngine.defaultPrefixLimit` records for the layout): encoding (with
/// per-column re-decision for files whose columns were typed in different encodings), dialect,
/// header rows, column mapping with evidence and file context, all in `profile`. The user's
/// mapping file (`MappingConfig`, first rule matching `displayPath`) overrides any of them.
/// `next()` then streams the file from its first line; memory stays bounded by the prefix
/// whatever the file's size.
///
/// Accounting invariant: every physical line of the file is reported exactly once: the sum of
/// `ListLine.lineCount` over everything `next()` returns equals the file's line count (see
/// `ListLine`). A multi-line quoted record is one `.data` (or `.reject`) item spanning its lines.
///
/// Not thread-safe: one reader per file per thread. Throws only for I/O errors and an invalid
/// mapping-file rule; bad rows are `.reject` items.
public final class ListFileReader {
    /// What was decided about the file.
    public let profile: ListFileProfile
    let engine: LayoutEngine

    /// The mapping of every table found so far: those of the prefix, then any found while
    /// streaming (a second header further down). `DataRow.section` indexes it.
    public var mappings: [ColumnMapping] { engine.mappings }

    /// The names of the extra (unmapped, `x_…`) columns so far: those of the profile, plus any a
    /// table found while streaming added. `DataRow.extras` is aligned with a prefix of it; read
    /// it after the stream for the complete list.
    public var extraColumnNames: [String] { engine.extraColumnNames }

    init(engine: LayoutEngine, path: String, displayPath: String, encoding: ListFileProfile.Encoding,
         dialect: ListFileProfile.Dialect, rule: MappingConfig.FileRule?) {
        self.engine = engine
        let mappings = engine.mappings
        profile = ListFileProfile(
            path: path, displayPath: displayPath, encoding: encoding, dialect: dialect,
            titleLines: engine.titleLines, mapping: mappings[0], mappings: mappings,
            extraColumnNames: engine.extraColumnNames, context: engine.context, configPattern: rule?.pattern)
    }

    /// The next item of the stream, or nil when every line of the file has been reported.
    /// Throws only for I/O errors.
    public func next() throws -> ListLine? { try engine.next() }
}
