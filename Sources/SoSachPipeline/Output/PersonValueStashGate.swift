import Foundation

/// Hands the `PersonValueStash` of a run, collected by one writing thread, to the passes on
/// other threads that need it, once it is complete.
final class PersonValueStashGate: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var stash: PersonValueStash?
    private var abandoned = false

    /// Delivers the complete stash.
    func deliver(_ stash: PersonValueStash) {
        condition.withLock {
            self.stash = stash
            condition.broadcast()
        }
    }

    /// Wakes the waiters with an error: the stash will never come (a thread failed).
    func abandon() {
        condition.withLock {
            abandoned = true
            condition.broadcast()
        }
    }

    /// The stash, once delivered.
    func wait() throws -> PersonValueStash {
        try condition.withLock {
            while stash == nil && !abandoned { condition.wait() }
            guard let stash else { throw OutputError(message: "the person values were not collected") }
            return stash
        }
    }
}
