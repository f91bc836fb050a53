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
}
