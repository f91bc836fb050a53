/// The one-typo test the resolver uses for near misses: one inserted, deleted or replaced
/// letter, or two neighbours swapped.
enum UnitEditDistance {
    static func isWithinOne(_ lhs: [UInt8], _ rhs: String) -> Bool {
        let right = rhs.utf8
        let lengthDifference = lhs.count - right.count
        guard abs(lengthDifference) <= 1 else { return false }
        var rightBytes = ContiguousArray<UInt8>()
        rightBytes.reserveCapacity(right.count)
        rightBytes.append(contentsOf: right)
        var i = 0, j = 0
        while i < lhs.count && j < rightBytes.count && lhs[i] == rightBytes[j] { i += 1; j += 1 }
        if i == lhs.count && j == rightBytes.count { return true }
        switch lengthDifference {
        case 0:
            // Replacement, or a swap of two neighbours.
            if lhs[(i + 1)...].elementsEqual(rightBytes[(j + 1)...]) { return true }
            return i + 1 < lhs.count && lhs[i] == rightBytes[j + 1] && lhs[i + 1] == rightBytes[j]
                && lhs[(i + 2)...].elementsEqual(rightBytes[(j + 2)...])
        case 1: return lhs[(i + 1)...].elementsEqual(rightBytes[j...])
        default: return lhs[i...].elementsEqual(rightBytes[(j + 1)...])
        }
    }
}
