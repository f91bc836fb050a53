import Synchronization

/// Answers about a text remembered by the text's exact bytes (NFC and NFD spellings are kept
/// apart, so an answer is only reused for the very same input), across the files of a run: a
/// province's lists repeat their header cells and title rows. For answers that depend only on
/// the text and on what owns the memo (the alias table: `header(_:)` hits, title-line facts).
/// Shared by every thread; bounded: emptied when full.
final class TextMemo<Value: Sendable>: Sendable {
    /// Texts kept before the memo starts again.
    static var capacity: Int { 4096 }

    private let answers = Mutex<[[UInt8]: Value]>([:])

    /// The remembered answer for `text`, or `compute()`'s, remembered.
    func answer(_ text: String, _ compute: () -> Value) -> Value {
        let key = Array(text.utf8)
        if let known = answers.withLock({ $0[key] }) { return known }
        let found = compute()
        answers.withLock { answers in
            if answers.count >= Self.capacity { answers.removeAll(keepingCapacity: true) }
            answers[key] = found
        }
        return found
    }
}
