/// Groups record indices by a 64-bit block key: a stable LSD radix sort of (key, index) pairs.
///
/// Stable and fed in index order, so members of a block come out in ascending index (= record
/// ordinal) order whatever the input order was: the first half of the linker's determinism.
/// Keys and indices live in two flat arrays (12 bytes a pair, twice during the sort) rather
/// than an array of structs (16 bytes with padding).
struct BlockSorter {
    private(set) var keys: [UInt64] = []
    private(set) var indices: [UInt32] = []

    init(capacity: Int) {
        keys.reserveCapacity(capacity)
        indices.reserveCapacity(capacity)
    }

    /// Adds a record to be blocked; call in ascending index order.
    mutating func append(key: UInt64, index: UInt32) {
        keys.append(key)
        indices.append(index)
    }

    var count: Int { keys.count }

    /// Sorts by key (11-bit digits, 6 passes; a pass whose digit is constant is skipped).
    mutating func sort() {
        let n = keys.count
        if n < 2 { return }
        let bits = 11
        let radix = 1 << bits
        let mask = UInt64(radix - 1)
        var keys2 = [UInt64](repeating: 0, count: n)
        var idx2 = [UInt32](repeating: 0, count: n)
        var counts = [Int](repeating: 0, count: radix)
        var shift: UInt64 = 0
        while shift < 64 {
            keys.withUnsafeBufferPointer { k in
                idx2.withUnsafeMutableBufferPointer { i2 in
                    keys2.withUnsafeMutableBufferPointer { k2 in
                        indices.withUnsafeBufferPointer { i1 in
                            counts.withUnsafeMutableBufferPointer { c in
                                for d in 0..<radix { c[d] = 0 }
                                for key in k { c[Int((key >> shift) & mask)] += 1 }
                                if c[Int((k[0] >> shift) & mask)] == n { return }
                                var sum = 0
                                for d in 0..<radix { let v = c[d]; c[d] = sum; sum += v }
                                for j in 0..<n {
                                    let key = k[j]
                                    let d = Int((key >> shift) & mask)
                                    let at = c[d]
                                    c[d] = at + 1
                                    k2[at] = key
                                    i2[at] = i1[j]
                                }
                                // Mark the pass as done by swapping below.
                                c[0] = -1
                            }
                        }
                    }
                }
            }
            if counts[0] == -1 {
                swap(&keys, &keys2)
                swap(&indices, &idx2)
            }
            shift += UInt64(bits)
        }
    }

    /// Calls `body` with each run of at least two indices sharing a key, in key order.
    func forEachBlock(_ body: (ArraySlice<UInt32>) -> Void) {
        let n = keys.count
        var start = 0
        while start < n {
            var end = start + 1
            let key = keys[start]
            while end < n && keys[end] == key { end += 1 }
            if end - start >= 2 { body(indices[start..<end]) }
            start = end
        }
    }
}
