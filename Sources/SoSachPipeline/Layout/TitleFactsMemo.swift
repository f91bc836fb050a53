import Synchronization

/// What `ContextExtractor` reads from one title line by itself: the units it names, the
/// preamble phrase it starts with, its list kind and its year.
struct TitleFacts: Sendable {
    /// (level, name as written, unit word), as `ContextExtractor` reads them.
    var units: [(ContextExtractor.Level, String, String)]
    /// The field of the preamble phrase the line starts with.
    var preamble: String?
    /// Read only when the line is not the national motto (which the extractor skips).
    var listKind: ListKind?
    var year: Int?
}

/// `TitleFacts` remembered by the line's exact bytes, across the files of a run (a province's
/// lists repeat their title rows: the motto, the list's title, the issuer of each commune).
/// The facts depend only on the line and the alias table, which owns the memo. Shared by every
/// thread; bounded: emptied when full.
final class TitleFactsMemo: Sendable {
    /// Lines kept before the memo starts again.
    static let capacity = 4096

    private let facts = Mutex<[[UInt8]: TitleFacts]>([:])

    /// The remembered facts of `line`, or `read()`'s, remembered.
    func facts(_ line: String, _ read: () -> TitleFacts) -> TitleFacts {
        let key = Array(line.utf8)
        if let known = facts.withLock({ $0[key] }) { return known }
        let found = read()
        facts.withLock { facts in
            if facts.count >= Self.capacity { facts.removeAll(keepingCapacity: true) }
            facts[key] = found
        }
        return found
    }
}
