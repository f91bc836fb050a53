import Foundation
import Synchronization

/// Runs work items on a few threads, each pulling the next item, and collects one result per
/// item in item order, so the results never depend on which thread did what.
enum WorkerThreads {
    /// Calls `work(worker, next, store)` once on each of `workers` threads (8 MiB stacks) and
    /// waits for all. `next()` gives the next item index in `0..<items`, or nil once every item
    /// is taken or a thread has failed; `store(item, result)` keeps an item's result. Throws the
    /// first error a thread threw; otherwise returns the results in item order.
    static func run<Result: Sendable>(
        workers: Int, items: Int,
        _ work: @escaping @Sendable (_ worker: Int, _ next: () -> Int?, _ store: (Int, Result) -> Void) throws -> Void
    ) throws -> [Result] {
        let counter = Atomic<Int>(0)
        let results = Mutex<[Result?]>(Array(repeating: nil, count: items))
        let failure = Mutex<(any Error)?>(nil)
        let job = Job(work)
        let group = DispatchGroup()
        for worker in 0..<max(1, min(workers, items)) {
            group.enter()
            let thread = Thread {
                // `work` lives in the `do` scope only: released before the group is left.
                do {
                    let work = job.work.withLock { $0! } // cleared only once every thread has left
                    try work(worker, {
                        guard failure.withLock({ $0 == nil }) else { return nil }
                        let item = counter.add(1, ordering: .relaxed).oldValue
                        return item < items ? item : nil
                    }, { item, result in results.withLock { $0[item] = result } })
                } catch {
                    failure.withLock { if $0 == nil { $0 = error } }
                }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        // A finished thread's closure may outlive `wait()` for a moment; the values `work`
        // captured must not: a caller that captured an array and then mutates its own copy
        // would copy it whole while it is still shared.
        job.work.withLock { $0 = nil }
        if let error = failure.withLock({ $0 }) { throw error }
        return results.withLock { $0.map { $0! } }
    }

    /// The work of a run, released as soon as every thread has returned from it.
    private final class Job<Result: Sendable>: Sendable {
        typealias Work = @Sendable (_ worker: Int, _ next: () -> Int?, _ store: (Int, Result) -> Void) throws -> Void
        let work: Mutex<Work?>

        init(_ work: @escaping Work) {
            self.work = Mutex(work)
        }
    }
}
