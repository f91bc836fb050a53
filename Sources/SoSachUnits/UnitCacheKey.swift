/// The resolver's cache key: the query texts and the context, hashed over their UTF-8 bytes.
///
/// Swift's `String` hashing normalises non-ASCII text on every call; comparing bytes is
/// several times cheaper and exact enough for a cache of repeated cells.
struct UnitCacheKey: Hashable {
    let address: String?
    let commune: String?
    let district: String?
    let province: String?
    let context: UnitContext
    private let hash: UInt64

    init(_ query: UnitQuery, _ context: UnitContext) {
        address = query.address
        commune = query.commune
        district = query.district
        province = query.province
        self.context = context
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in [query.address, query.commune, query.district, query.province] {
            if let part {
                var text = part
                text.withUTF8 { bytes in
                    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                }
            }
            hash = (hash ^ 0xFF) &* 0x100_0000_01b3
        }
        self.hash = hash
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
        if !context.isEmpty { hasher.combine(context) }
    }

    static func == (lhs: UnitCacheKey, rhs: UnitCacheKey) -> Bool {
        lhs.hash == rhs.hash && same(lhs.address, rhs.address) && same(lhs.commune, rhs.commune)
            && same(lhs.district, rhs.district) && same(lhs.province, rhs.province) && lhs.context == rhs.context
    }

    private static func same(_ lhs: String?, _ rhs: String?) -> Bool {
        switch (lhs, rhs) {
        case (nil, nil): return true
        case let (left?, right?): return left.utf8.elementsEqual(right.utf8)
        default: return false
        }
    }
}
