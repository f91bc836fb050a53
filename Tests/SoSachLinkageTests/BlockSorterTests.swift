import SoSachText
import Testing
@testable import SoSachLinkage

@Suite struct BlockSorterTests {
    @Test(arguments: [
        [UInt64]([5, 3, 5, 1, 3]),
        [UInt64.max, 0, 1 << 63, UInt64.max, 1 << 40, 0, 7],
        [42, 42, 42],
        [9],
        [],
    ])
    func sortsStablyByKey(keys: [UInt64]) {
        var sorter = BlockSorter(capacity: keys.count)
        for (i, k) in keys.enumerated() { sorter.append(key: k, index: UInt32(i)) }
        sorter.sort()
        let expected = keys.enumerated().sorted { ($0.element, $0.offset) < ($1.element, $1.offset) }
        #expect(sorter.keys == expected.map(\.element))
        #expect(sorter.indices == expected.map { UInt32($0.offset) })
    }

    @Test func randomKeysMatchStandardSort() {
        var g = SeededGenerator(seed: 3)
        let keys = (0..<5_000).map { _ in g.next() % 1_000 &* 0x0101_0101_0101 }
        var sorter = BlockSorter(capacity: keys.count)
        for (i, k) in keys.enumerated() { sorter.append(key: k, index: UInt32(i)) }
        sorter.sort()
        let expected = keys.enumerated().sorted { ($0.element, $0.offset) < ($1.element, $1.offset) }
        #expect(sorter.indices == expected.map { UInt32($0.offset) })
        var blocks = 0
        sorter.forEachBlock { block in
            blocks += 1
            #expect(block.count >= 2)
            #expect(block.allSatisfy { keys[Int($0)] == keys[Int(block.first!)] })
        }
        #expect(blocks == Dictionary(grouping: keys, by: { $0 }).values.filter { $0.count >= 2 }.count)
    }

    /// Dropping keys seen once before sorting leaves the blocks, their order and their
    /// members exactly as sorting everything does.
    @Test(arguments: [
        (5_000, UInt64(1)), (20_000, 2), (100_000, 3), (4_095, 4), (70_000, 5),
    ])
    func droppingUniqueKeysKeepsEveryBlock(count: Int, seed: UInt64) {
        var g = SeededGenerator(seed: seed)
        // Hash-like keys, a third of them repeated a few times.
        var keys: [UInt64] = []
        for _ in 0..<count {
            if !keys.isEmpty && g.next() % 3 == 0 { keys.append(keys[Int(g.next() % UInt64(keys.count))]) } else { keys.append(g.next()) }
        }
        func blocks(dropping: Bool) -> [[UInt32]] {
            var k = keys
            var i = (0..<UInt32(keys.count)).map { $0 }
            var scratch = BlockSorter.Scratch()
            let kept = k.withUnsafeMutableBufferPointer { kb in
                i.withUnsafeMutableBufferPointer { ib in
                    let kept = dropping ? BlockSorter.dropUniqueKeys(keys: kb, indices: ib, scratch: &scratch) : kb.count
                    BlockSorter.sort(keys: UnsafeMutableBufferPointer(rebasing: kb[0..<kept]),
                                     indices: UnsafeMutableBufferPointer(rebasing: ib[0..<kept]), scratch: &scratch)
                    return kept
                }
            }
            var result: [[UInt32]] = []
            var start = 0
            while start < kept {
                var end = start + 1
                while end < kept && k[end] == k[start] { end += 1 }
                if end - start >= 2 { result.append(Array(i[start..<end])) }
                start = end
            }
            return result
        }
        let all = blocks(dropping: false)
        #expect(!all.isEmpty)
        #expect(blocks(dropping: true) == all)
    }
}
