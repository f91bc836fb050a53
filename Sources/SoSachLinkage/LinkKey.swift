/// The hashes that turn field values into the integers of a ``LinkRecord``.
///
/// Every part of the pipeline that builds a `LinkRecord` (or reads a master file) must compute
/// keys with these functions, so that equal values always give equal keys.
public enum LinkKey {
    /// 64-bit hash of a byte string: FNV-1a 64 followed by the MurmurHash3 `fmix64` finaliser.
    ///
    /// FNV-1a alone mixes the last bytes poorly into the high bits; the finaliser spreads them so
    /// that any bit range (used by the radix sort and by person ids) is uniform. The empty input
    /// hashes to 0 ("no value"); a non-empty input never hashes to 0.
    @inlinable
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if bytes.isEmpty { return 0 }
        var h = fnvOffset
        for b in bytes { h = fnvStep(h, b) }
        return finish(h)
    }

    /// 64-bit hash of the UTF-8 bytes of `text` (see ``hash(_:)-(UnsafeBufferPointer<UInt8>)``).
    public static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash($0) }
    }

    /// 64-bit hash of a byte array (see ``hash(_:)-(UnsafeBufferPointer<UInt8>)``).
    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash($0) }
    }

    /// The two name keys of a ``LinkRecord`` from a diacritics-insensitive name key such as
    /// `"nguyen van an"` (the folded name of the fields layer).
    ///
    /// ASCII letters are lower-cased and runs of spaces collapsed first, so `"Nguyen  Van An"`
    /// gives the same keys. `full` hashes every word; `loose` hashes the first and the last word
    /// only (family and given name, middle names dropped), so "Nguyễn Thị Lan" and "Nguyễn Lan"
    /// share their loose key. A one- or two-word name has `loose == full`. An empty name gives
    /// `(0, 0)`.
    public static func nameKeys(folded: String) -> (full: UInt64, loose: UInt64) {
        var text = folded
        // One pass, no allocation: the pipeline calls this for every record.
        return text.withUTF8 { bytes -> (full: UInt64, loose: UInt64) in
            var full = fnvOffset
            var afterFirstWord = fnvOffset
            var words = 0
            var inWord = false
            var lastStart = 0
            var lastEnd = 0
            for i in 0..<bytes.count {
                let b = bytes[i]
                if b == 0x20 || b == 0x09 {
                    if inWord {
                        inWord = false
                        lastEnd = i
                        if words == 1 { afterFirstWord = full }
                    }
                    continue
                }
                if !inWord {
                    inWord = true
                    if words > 0 { full = fnvStep(full, 0x20) }
                    words += 1
                    lastStart = i
                }
                full = fnvStep(full, lowerASCII(b))
            }
            if inWord {
                lastEnd = bytes.count
                if words == 1 { afterFirstWord = full }
            }
            if words == 0 { return (0, 0) }
            let fullKey = finish(full)
            if words <= 2 { return (fullKey, fullKey) }
            var loose = fnvStep(afterFirstWord, 0x20)
            for i in lastStart..<lastEnd { loose = fnvStep(loose, lowerASCII(bytes[i])) }
            return (fullKey, finish(loose))
        }
    }

    @usableFromInline static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325

    @inlinable
    static func fnvStep(_ h: UInt64, _ b: UInt8) -> UInt64 {
        (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3
    }

    @inlinable
    static func finish(_ h: UInt64) -> UInt64 {
        let f = finalize(h)
        return f == 0 ? 1 : f
    }

    private static func lowerASCII(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// The digits of an ID or phone number as an integer: `"0912345678"` → `912345678`.
    ///
    /// Non-digit characters are skipped; returns 0 ("none") when there is no digit or more than
    /// 19 digits. Leading zeros are lost, which is harmless because the kind of the value (and,
    /// for phones, the fixed length after cleaning) says how many digits it had.
    public static func digits(_ text: String) -> UInt64 {
        // Over the contiguous bytes (every native string), else over the UTF-8 view.
        if let value = text.utf8.withContiguousStorageIfAvailable({ digits($0) }) { return value }
        var value: UInt64 = 0
        var count = 0
        for b in text.utf8 where b >= 0x30 && b <= 0x39 {
            count += 1
            if count > 19 { return 0 }
            value = value &* 10 &+ UInt64(b - 0x30)
        }
        return value
    }

    /// ``digits(_:)-(String)`` of UTF-8 bytes.
    static func digits(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        var count = 0
        for b in bytes where b &- 0x30 < 10 {
            count += 1
            if count > 19 { return 0 }
            value = value &* 10 &+ UInt64(b &- 0x30)
        }
        return value
    }

    /// MurmurHash3's 64-bit finaliser (a bijection, so distinct inputs stay distinct).
    @inlinable
    static func finalize(_ x: UInt64) -> UInt64 {
        var h = x
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h &*= 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }

    /// Combines values into one block key (order matters); used for composite blocking keys.
    @inlinable
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        finalize(a &* 0x9e37_79b9_7f4a_7c15 ^ (b &+ 0x632b_e59b_d9b4_e019))
    }
}
