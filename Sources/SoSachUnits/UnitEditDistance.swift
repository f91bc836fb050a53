/// The one-typo test the resolver uses for near misses: one inserted, deleted or replaced
/// letter, or two neighbours swapped.
enum UnitEditDistance {
    static func isWithinOne(_ lhs: [UInt8], _ rhs: String) -> Bool {
        // The typo search runs this over every name of a level: no allocation per name.
        let length = rhs.utf8.count
        guard abs(lhs.count - length) <= 1 else { return false }
        if let result = rhs.utf8.withContiguousStorageIfAvailable({ right in
            lhs.withUnsafeBufferPointer { left in isWithinOne(left, right) }
        }) {
            return result
        }
        let right = Array(rhs.utf8)
        return lhs.withUnsafeBufferPointer { left in right.withUnsafeBufferPointer { isWithinOne(left, $0) } }
    }

    static func isWithinOne(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        let lengthDifference = lhs.count - rhs.count
        guard abs(lengthDifference) <= 1 else { return false }
        var i = 0, j = 0
        while i < lhs.count && j < rhs.count && lhs[i] == rhs[j] { i += 1; j += 1 }
        if i == lhs.count && j == rhs.count { return true }
        func equal(_ a: Int, _ b: Int) -> Bool {
            // The tails from a (left) and b (right) are equal.
            guard lhs.count - a == rhs.count - b else { return false }
            var x = a, y = b
            while x < lhs.count { if lhs[x] != rhs[y] { return false }; x += 1; y += 1 }
            return true
        }
        switch lengthDifference {
        case 0:
            // Replacement, or a swap of two neighbours.
            if equal(i + 1, j + 1) { return true }
            return i + 1 < lhs.count && lhs[i] == rhs[j + 1] && lhs[i + 1] == rhs[j] && equal(i + 2, j + 2)
        case 1: return equal(i + 1, j)
        default: return equal(i, j + 1)
        }
    }
}
