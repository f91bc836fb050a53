import Synchronization

/// `HeaderAliases.header(_:)` answers remembered by the text's exact bytes (NFC and NFD
/// spellings are kept apart, so an answer is only reused for the very same input), across the
/// files of a run: a province's lists repeat their header and title cells, and each lookup
/// builds an exact key and, on a miss, a folded one. The answers depend only on the text and
/// the alias table, which owns the memo. Shared by every thread; bounded: emptied when full.
final class HeaderHitMemo: Sendable {
    /// Texts kept before the memo starts again.
    static let capacity = 4096

    private let hits = Mutex<[[UInt8]: HeaderAliases.Hit?]>([:])

    /// The remembered answer for `text`, or `read()`'s, remembered.
    func hit(_ text: String, _ read: () -> HeaderAliases.Hit?) -> HeaderAliases.Hit? {
        let key = Array(text.utf8)
        if let known = hits.withLock({ $0[key] }) { return known }
        let found = read()
        hits.withLock { hits in
            if hits.count >= Self.capacity { hits.removeAll(keepingCapacity: true) }
            hits[key] = found
        }
        return found
    }
}
