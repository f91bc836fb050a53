#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The resolver's cache key: the query texts (the address possibly without its leading
/// village part, as a `Substring` so that no string is made for a lookup), hashed over their
/// UTF-8 bytes.
///
/// Swift's `String` hashing normalises non-ASCII text on every call; hashing and comparing
/// bytes is several times cheaper, and exact enough for a cache of repeated cells.
struct UnitCacheKey: Hashable {
    let address: Substring?
    let commune: String?
    let district: String?
    let province: String?
    private let hash: UInt64

    init(address: Substring?, query: UnitQuery) {
        self.address = address
        commune = query.commune
        district = query.district
        province = query.province
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ bytes: UnsafeBufferPointer<UInt8>) {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ 0xFF) &* 0x100_0000_01b3
        }
        if var text = address { text.withUTF8(mix) } else { hash = (hash ^ 0xFE) &* 0x100_0000_01b3 }
        // Part by part, not over an array of the parts (one allocation per lookup).
        func add(_ part: String?) {
            if var text = part { text.withUTF8(mix) } else { hash = (hash ^ 0xFE) &* 0x100_0000_01b3 }
        }
        add(query.commune)
        add(query.district)
        add(query.province)
        self.hash = hash
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }

    static func == (lhs: UnitCacheKey, rhs: UnitCacheKey) -> Bool {
        lhs.hash == rhs.hash && same(lhs.address, rhs.address) && same(lhs.commune, rhs.commune)
            && same(lhs.district, rhs.district) && same(lhs.province, rhs.province)
    }

    private static func same<S: StringProtocol>(_ lhs: S?, _ rhs: S?) -> Bool {
        switch (lhs, rhs) {
        case (nil, nil): return true
        case let (left?, right?):
            guard left.utf8.count == right.utf8.count else { return false }
            let fast = left.utf8.withContiguousStorageIfAvailable { l in
                right.utf8.withContiguousStorageIfAvailable { r in
                    l.count == 0 || memcmp(l.baseAddress!, r.baseAddress!, l.count) == 0
                }
            }
            return (fast ?? nil) ?? left.utf8.elementsEqual(right.utf8)
        default: return false
        }
    }
}
