import SoSachLinkage
import SoSachText
import SoSachUnits

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
    /// `clean(row)` with the record written into `record` (every field set when the row is
    /// accepted; left in any state when it is rejected): the caller reuses one record for all
    /// rows, so no record is copied out of a result and the flags and extras keep their storage.
    mutating func clean(_ row: DataRow, into record: inout CleanRecord) -> RowCleaningOutcome
    /// After `clean` returned a record whose unit is ambiguous on a first read: its unit query
    /// and its flags apart from the unit's, so that `CleanJob` can settle it with the run's
    /// provinces without reading the file again. nil otherwise.
    mutating func takeAmbiguousUnit() -> (query: UnitQuery, flagsBesideUnit: [Flag])?
    /// The context the file's units are resolved in, for that settling.
    var settlingContext: UnitContext? { get }
}

extension RowCleaning {
    mutating func clean(_ row: DataRow, into record: inout CleanRecord) -> RowCleaningOutcome {
        switch clean(row) {
        case .record(let cleaned, let link):
            record = cleaned
            return .record(link)
        case .reject(let reason, let message):
            return .reject(reason: reason, message: message)
        }
    }
    mutating func prepare(_ rows: [DataRow]) {}
    mutating func useRunProvinces(_ provinces: Set<String>) {}
    mutating func takeAmbiguousUnit() -> (query: UnitQuery, flagsBesideUnit: [Flag])? { nil }
    var settlingContext: UnitContext? { nil }
}

/// The outcome of cleaning one data row.
enum RowCleaningResult {
    /// The row is accepted; the link record's ordinal is set by the job.
    case record(CleanRecord, LinkRecord)
    /// The row is rejected with a reason code (see `RejectReason`) and a message in the
    /// project's format.
    case reject(reason: String, message: String)
}

/// The outcome of `RowCleaning.clean(_:into:)`: the record itself is in the caller's variable.
enum RowCleaningOutcome {
    /// The row is accepted; the link record's ordinal is set by the job.
    case record(LinkRecord)
    /// The row is rejected with a reason code (see `RejectReason`) and a message.
    case reject(reason: String, message: String)
}
