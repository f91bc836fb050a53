import Testing
@testable import SoSachLinkage

/// Linking with a second thread that prepares the passes' blocks gives exactly what one
/// thread gives.
@Suite struct ParallelLinkTests {
    /// Province-like records (``ScaleTests/synthetic(persons:seed:)``); with `conflicts`, IDs
    /// and phones are shared by unrelated persons so that conflicted blocks and review pairs
    /// abound.
    static func records(persons: Int, seed: UInt64, conflicts: Bool) -> [LinkRecord] {
        var records = ScaleTests.synthetic(persons: persons, seed: seed)
        guard conflicts else { return records }
        var g = SeededGenerator(seed: seed ^ 0xABCD)
        for i in records.indices where g.next() % 5 == 0 {
            records[i].nationalID = 1_000_000_000 + g.next() % 2000
            records[i].idKind = g.next() % 4 == 0 ? .cmnd : .cccd
            records[i].phone = 900_000_000 + g.next() % 500
            records[i].gender = g.next() % 2 == 0 ? .male : .female
        }
        return records
    }

    @Test(arguments: [(UInt64(7), false), (11, true), (12, true)])
    func twoThreadsGiveTheSameResult(seed: UInt64, conflicts: Bool) {
        let records = Self.records(persons: 40_000, seed: seed, conflicts: conflicts)
        #expect(records.count >= DeterministicLinker.parallelMinimum)
        var options = DeterministicLinker.Options()
        options.maxReviewPairs = 5_000
        let serial = DeterministicLinker(options: options).link(records)
        options.threads = 2
        for order in [records, records.reversed()] {
            let parallel = DeterministicLinker(options: options).link(order)
            #expect(parallel.clusterOfRecord == serial.clusterOfRecord)
            #expect(parallel.earliestRecordOfCluster == serial.earliestRecordOfCluster)
            #expect(parallel.reviewPairs == serial.reviewPairs)
            #expect(parallel.stats == serial.stats)
        }
        #expect(serial.stats.links > 0)
        if conflicts {
            #expect(serial.stats.reviewPairs > 0)
            #expect(!serial.stats.refusedByReason.isEmpty)
        }
    }

    @Test func smallInputsStayOnOneThreadWithTheSameResult() {
        let records = Self.records(persons: 2_000, seed: 3, conflicts: true)
        var options = DeterministicLinker.Options()
        options.threads = 2
        let parallel = DeterministicLinker(options: options).link(records)
        let serial = DeterministicLinker().link(records)
        #expect(parallel.clusterOfRecord == serial.clusterOfRecord)
        #expect(parallel.reviewPairs == serial.reviewPairs)
    }

    /// Prepared blocks hold every key seen at least twice, sorted, members ascending.
    @Test(arguments: LinkRun.Pass.allCases)
    func preparedBlocksAreSortedAndComplete(pass: LinkRun.Pass) {
        let records = Self.records(persons: 3_000, seed: 5, conflicts: true)
        var blocks = PassBlocks()
        var scratch = BlockSorter.Scratch()
        records.withUnsafeBufferPointer { blocks.prepare(pass, records: $0, scratch: &scratch) }
        var expected: [UInt64: [UInt32]] = [:]
        for (i, r) in records.enumerated() {
            if let key = LinkRun.blockKey(r, pass) { expected[key, default: []].append(UInt32(i)) }
        }
        var got: [UInt64: [UInt32]] = [:]
        for i in 0..<blocks.count {
            if i > 0 { #expect(blocks.keys[i - 1] <= blocks.keys[i]) }
            got[blocks.keys[i], default: []].append(blocks.members[i])
        }
        for (key, members) in expected where members.count >= 2 { #expect(got[key] == members) }
        let compact = blocks.compacted()
        #expect(compact.keys == Array(blocks.keys[0..<blocks.count]))
        #expect(compact.members == Array(blocks.members[0..<blocks.count]))
    }
}
