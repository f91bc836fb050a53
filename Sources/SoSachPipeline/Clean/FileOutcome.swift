import SoSachLinkage
import SoSachUnits

/// What processing one input file left behind: its report, where its rows are in the
/// worker's spill files, and the compact linking summaries of its records.
struct FileOutcome: Sendable {
    /// The file's entry of report.json, with counts.
    var report: FileReport
    /// The names of the file's unmapped columns, aligned with the extras of its spilled records.
    var extraColumnNames: [String]
    /// The worker whose spill files hold the rows.
    var worker: Int
    /// The byte range of the file's records in the worker's record spill.
    var recordBytes: Range<Int64>
    /// The byte range of the file's rejects (CSV rows) in the worker's reject spill.
    var rejectBytes: Range<Int64>
    /// One linking summary per record, in file order; ordinals are the file-local positions
    /// until the job renumbers them in records.csv order (it then moves them to the linker and
    /// leaves this empty).
    var linkRecords: [LinkRecord]
    /// The source line of each record (in file order; its count is the file's record count).
    var recordLines: [Int32]
    /// The first few examples of each problem code, in file order.
    var examples: [String: [RunReport.Example]]
    /// The 2025 province codes of the file's records with a commune (current, converted,
    /// divided), for settling ambiguous units across the run.
    var resolvedProvinces: Set<String> = []
    /// The records whose unit was ambiguous on the first read (`AmbiguousUnitRow`s, in record
    /// order) in the worker's ambiguous-unit spill, their count, and the file's unit context.
    var ambiguousBytes: Range<Int64> = 0..<0
    var ambiguousRows = 0
    var unitContext: UnitContext?
    /// Where `report`'s entry of report.json (`FileReport.encodedForReport(level: 2)`, encoded by
    /// the worker once the report is final) lies in the report-entry spill of `worker`.
    var reportEntry: Range<Int64> = 0..<0
    /// Where `examples` lie in the example spill of `worker` (`ExampleSpill`) once the worker
    /// has moved them there (and emptied `examples`).
    var exampleEntries: Range<Int64> = 0..<0
}
