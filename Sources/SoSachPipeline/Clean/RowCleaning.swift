import SoSachLinkage

/// Turns the data rows of one file into records or rejects. One instance per file and worker:
/// it may keep caches, so it is not shared between threads.
protocol RowCleaning {
    /// Looks at the first data rows of the file (at most `FileCleaner.preparationRows`) before
    /// any is cleaned, to decide per-column conventions such as the date order.
    mutating func prepare(_ rows: [DataRow])
    /// The 2025 province codes the rest of the run resolved rows to, used to settle rows whose
    /// unit is ambiguous (`CleanJob` re-reads such files once every file is read).
    mutating func useRunProvinces(_ provinces: Set<String>)
    /// The record (and its linking summary) for `row`, or why it is rejected.
    mutating func clean(_ row: DataRow) -> RowCleaningResult
}

extension RowCleaning {
    mutating func prepare(_ rows: [DataRow]) {}
    mutating func useRunProvinces(_ provinces: Set<String>) {}
}

/// The outcome of cleaning one data row.
enum RowCleaningResult {
    /// The row is accepted; the link record's ordinal is set by the job.
    case record(CleanRecord, LinkRecord)
    /// The row is rejected with a reason code (see `RejectReason`) and a message in the
    /// project's format.
    case reject(reason: String, message: String)
}
