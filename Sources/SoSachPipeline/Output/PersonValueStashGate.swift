import Foundation

/// Puts together the `PersonValueStash` of a run from parts kept on several threads (one per
/// segment of files), and hands it to the passes that need all of it once every part is in.
final class PersonValueStashGate: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var stash: PersonValueStash
    private var parts: [PersonValueStash?]
    private var appended = 0
    private var abandoned = false

    /// A gate for `parts` parts of a stash of `recordCount` records.
    init(recordCount: Int, parts: Int) {
        stash = PersonValueStash(recordCount: recordCount)
        self.parts = Array(repeating: nil, count: parts)
    }

    /// Delivers part `index`; parts are appended in order, as soon as the ones before are in.
    func deliver(_ part: PersonValueStash, index: Int) {
        condition.withLock {
            parts[index] = part
            while appended < parts.count, let next = parts[appended] {
                stash.append(next)
                parts[appended] = nil
                appended += 1
            }
            if appended == parts.count { condition.broadcast() }
        }
    }

    /// Wakes the waiters with an error: a part will never come (a thread failed).
    func abandon() {
        condition.withLock {
            abandoned = true
            condition.broadcast()
        }
    }

    /// The whole stash, once every part is in.
    func wait() throws -> PersonValueStash {
        try condition.withLock {
            while appended < parts.count && !abandoned { condition.wait() }
            guard appended == parts.count else { throw OutputError(message: "the person values were not all collected") }
            return stash
        }
    }
}
