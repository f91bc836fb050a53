import Synchronization

/// Remembers the answers of `UnitRegistry.context(fromText:within:)` by the text's exact bytes
/// and the context (NFC and NFD spellings are kept apart, so an answer is only reused for the
/// very same input). Shared by every thread of a run; bounded: emptied when full.
final class ContextMemo: Sendable {
    /// Texts kept before the memo starts again.
    static let capacity = 4096

    private struct Key: Hashable {
        var bytes: [UInt8]
        var within: UnitContext
    }

    private let answers = Mutex<[Key: UnitContextMatch?]>([:])

    /// The remembered answer for `text` in `within`, or `read()`'s, remembered.
    func answer(_ text: String, _ within: UnitContext, _ read: () -> UnitContextMatch?) -> UnitContextMatch? {
        let key = Key(bytes: Array(text.utf8), within: within)
        if let known = answers.withLock({ $0[key] }) { return known }
        let found = read()
        answers.withLock { answers in
            if answers.count >= Self.capacity { answers.removeAll(keepingCapacity: true) }
            answers[key] = found
        }
        return found
    }
}
