/// The blocks of one linking pass, ready to apply: the (block key, record index) pairs of the
/// records taking part in the pass, most keys seen once dropped, sorted by key with members
/// ascending within a key; the pairs are `keys[0..<count]` and `members[0..<count]`.
///
/// Preparing them reads the records only, never the clusters, so the passes can be prepared in
/// any order and on any thread (``PassHandoff``) while the linker applies earlier ones.
struct PassBlocks: Sendable {
    var keys: [UInt64] = []
    var members: [UInt32] = []
    var count = 0

    /// Fills the blocks of `pass` (reusing the buffers: they keep `records.count` entries).
    mutating func prepare(_ pass: LinkRun.Pass, records: UnsafeBufferPointer<LinkRecord>, scratch: inout BlockSorter.Scratch) {
        let n = records.count
        if keys.count < n {
            keys = [UInt64](repeating: 0, count: n)
            members = [UInt32](repeating: 0, count: n)
        }
        count = keys.withUnsafeMutableBufferPointer { k in
            members.withUnsafeMutableBufferPointer { m in
                // One loop per pass, so that the key's field tests are not re-decided per record.
                let filled: Int
                switch pass {
                case .nationalID: filled = Self.fill(records, k, m) { LinkRun.blockKey($0, .nationalID) }
                case .nameBirthCommune: filled = Self.fill(records, k, m) { LinkRun.blockKey($0, .nameBirthCommune) }
                case .phoneNameYear: filled = Self.fill(records, k, m) { LinkRun.blockKey($0, .phoneNameYear) }
                case .nameYearCommune: filled = Self.fill(records, k, m) { LinkRun.blockKey($0, .nameYearCommune) }
                case .phoneName: filled = Self.fill(records, k, m) { LinkRun.blockKey($0, .phoneName) }
                }
                // Keys seen once are singletons: drop most of them before sorting.
                let kept = BlockSorter.dropUniqueKeys(keys: UnsafeMutableBufferPointer(rebasing: k[0..<filled]),
                                                      indices: UnsafeMutableBufferPointer(rebasing: m[0..<filled]),
                                                      scratch: &scratch)
                BlockSorter.sort(keys: UnsafeMutableBufferPointer(rebasing: k[0..<kept]),
                                 indices: UnsafeMutableBufferPointer(rebasing: m[0..<kept]), scratch: &scratch)
                return kept
            }
        }
    }

    /// A copy holding only the pairs (to hand over while the buffers are reused).
    func compacted() -> PassBlocks {
        PassBlocks(keys: Array(keys[0..<count]), members: Array(members[0..<count]), count: count)
    }

    /// Writes the (key, index) pair of every record that has a key, in index order; returns
    /// how many.
    @inline(__always)
    private static func fill(_ records: UnsafeBufferPointer<LinkRecord>, _ k: UnsafeMutableBufferPointer<UInt64>,
                             _ m: UnsafeMutableBufferPointer<UInt32>, _ key: (LinkRecord) -> UInt64?) -> Int {
        var count = 0
        for i in 0..<records.count {
            guard let value = key(records[i]) else { continue }
            k[count] = value
            m[count] = UInt32(truncatingIfNeeded: i)
            count += 1
        }
        return count
    }
}
