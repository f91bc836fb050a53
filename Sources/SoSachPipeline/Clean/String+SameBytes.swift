import Foundation

extension String {
    /// Whether the two strings hold the same UTF-8 bytes (not `==`, which equates canonically
    /// equivalent texts such as NFC and NFD, and normalises to compare them).
    func hasSameBytes(as other: String) -> Bool {
        let utf8 = self.utf8, otherUTF8 = other.utf8
        guard utf8.count == otherUTF8.count else { return false }
        let fast = utf8.withContiguousStorageIfAvailable { a in
            otherUTF8.withContiguousStorageIfAvailable { b in
                a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0
            }
        }
        return (fast ?? nil) ?? utf8.elementsEqual(otherUTF8)
    }
}
