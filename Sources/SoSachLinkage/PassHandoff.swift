import Dispatch
import Synchronization

/// Prepares the blocks of the linking passes on a second thread while the linking thread
/// applies them in order (``DeterministicLinker/Options/threads``).
///
/// Both threads claim the next unprepared pass in ``LinkRun/Pass/allCases`` order: the helper
/// from the start, the linking thread whenever the pass it needs next is still being prepared.
/// Preparing reads the records only and applying takes the passes in their fixed order, so
/// the result is the same as on one thread, whoever prepared what.
final class PassHandoff: Sendable {
    private struct State {
        var nextUnclaimed = 0
        var ready: [PassBlocks?] = Array(repeating: nil, count: LinkRun.Pass.allCases.count)
    }

    private let records: [LinkRecord]
    private let state = Mutex(State())
    private let prepared: [DispatchSemaphore]
    private let helperDone = DispatchSemaphore(value: 0)

    /// Starts the helper thread on `records`.
    init(records: [LinkRecord]) {
        self.records = records
        prepared = LinkRun.Pass.allCases.map { _ in DispatchSemaphore(value: 0) }
        DispatchQueue.global().async { [self] in
            var scratch = BlockSorter.Scratch()
            var buffer = PassBlocks()
            while let pass = claim() { prepare(pass, buffer: &buffer, scratch: &scratch) }
            helperDone.signal()
        }
    }

    /// The linking thread's buffers, kept across ``blocks(of:)`` calls.
    struct Buffers {
        var scratch = BlockSorter.Scratch()
        var blocks = PassBlocks()
    }

    /// The blocks of pass number `index`, preparing later passes while the helper still
    /// prepares this one. Call with 0, 1, 2, … in order.
    func blocks(of index: Int, buffers: inout Buffers) -> PassBlocks {
        while true {
            if let done = state.withLock({ state -> PassBlocks? in
                defer { state.ready[index] = nil }
                return state.ready[index]
            }) {
                return done
            }
            if let pass = claim() {
                prepare(pass, buffer: &buffers.blocks, scratch: &buffers.scratch)
            } else {
                prepared[index].wait()
            }
        }
    }

    /// Waits until the helper thread has stopped (every pass was claimed).
    func finish() {
        helperDone.wait()
    }

    private func claim() -> Int? {
        state.withLock { state in
            guard state.nextUnclaimed < LinkRun.Pass.allCases.count else { return nil }
            defer { state.nextUnclaimed += 1 }
            return state.nextUnclaimed
        }
    }

    private func prepare(_ index: Int, buffer: inout PassBlocks, scratch: inout BlockSorter.Scratch) {
        records.withUnsafeBufferPointer { buffer.prepare(LinkRun.Pass.allCases[index], records: $0, scratch: &scratch) }
        let blocks = buffer.compacted()
        state.withLock { $0.ready[index] = blocks }
        prepared[index].signal()
    }
}
