import SoSachFields

/// The text operations layout detection needs, passed in rather than called directly so the
/// engine does not depend on how they are implemented: normalisation and folding come from
/// `SoSachText`, the content recognisers from `SoSachFields` (see `LayoutText.standard`), and
/// tests can pass their own.
///
/// Every function must be pure and thread-safe.
struct LayoutText: Sendable {
    /// NFC, invisible characters and odd spaces cleaned, trimmed.
    var normalize: @Sendable (String) -> String
    /// The diacritic-free matching key: lower case ASCII, đ→d (spaces and punctuation may stay).
    var fold: @Sendable (String) -> String
    /// True when a cell looks like a person's name (letters, 2-6 words, no digits …).
    var looksLikeName: @Sendable (String) -> Bool
    /// True when a cell looks like a date of birth (a full date, month/year or a year).
    var looksLikeDate: @Sendable (String) -> Bool
    /// True when a cell looks like a CCCD/CMND number (9 or 12 digits, maybe spaced).
    var looksLikeNationalID: @Sendable (String) -> Bool
    /// True when a cell looks like a phone number.
    var looksLikePhone: @Sendable (String) -> Bool
    /// Whether `normalize` returns clean ASCII (`isCleanASCII`) as it is, so the reader may skip
    /// it (and the field decoder) for such cells. The default is false.
    var keepsCleanASCII = false
    /// Whether the four recognisers are `ContentRecognizer`'s, so that the column statistics may
    /// rule cells out by that recogniser's own rules (no digit: no date) and call it directly
    /// (`ColumnStats.fastEvidence`). The default is false.
    var usesContentRecognizer = false
    /// Whether `fold` returns an ASCII exact key (lower-case letters and digits, single spaces)
    /// as it is, so `foldedKey` may skip it for such keys. The default is false.
    var foldKeepsASCIIKeys = false

    /// The lowercase, punctuation-free key used for diacritics-first matching: NFC lower case,
    /// every run of characters that are not letters or digits replaced by one space.
    ///
    /// Runs on every cell and line of a file's prefix, so it works on UTF-8 bytes: ASCII text
    /// is keyed without `lowercased()`, and the lowercase mappings and scalar properties of the
    /// common scripts come from tables built once (`lowerScalars`, `keepsScalar`);
    /// `LayoutOpeningFastPathTests` checks it against the definition on every table scalar.
    static func exactKey(_ text: String) -> String {
        var text = text
        if let key = text.withUTF8({ exactKeyASCII($0) }) { return key }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 8)
        var pendingSpace = false
        func add(_ scalar: Unicode.Scalar) {
            if keepsScalar(scalar) {
                if pendingSpace && !result.isEmpty { result.append(0x20) }
                pendingSpace = false
                if scalar.value < 0x80 {
                    result.append(UInt8(truncatingIfNeeded: scalar.value))
                } else {
                    result.append(contentsOf: UTF8.encode(scalar)!)
                }
            } else {
                pendingSpace = true
            }
        }
        // `lowercased()` is the concatenation of each scalar's lowercase mapping: the one-scalar
        // mappings of the table's range are read from `lowerScalars`.
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let lower = v < UInt32(lowerScalars.count) ? lowerScalars[Int(v)] : UInt32.max
            if lower != UInt32.max, let mapped = Unicode.Scalar(lower) {
                add(mapped)
            } else {
                for mapped in scalar.properties.lowercaseMapping.unicodeScalars { add(mapped) }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The lowercase mapping of the scalars below U+3000 when it is one scalar (else
    /// `UInt32.max`), computed once per process.
    private static let lowerScalars: [UInt32] = (0..<0x3000).map { v in
        guard let scalar = Unicode.Scalar(UInt32(v)) else { return UInt32.max }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first!.value : UInt32.max
    }

    /// `exactKey` of ASCII text (nil when `bytes` hold other bytes): letters lower-cased,
    /// letters and digits kept, every other run one space.
    private static func exactKeyASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for b in bytes where b >= 0x80 { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { (out: UnsafeMutableBufferPointer<UInt8>) -> Int in
            var n = 0
            var pendingSpace = false
            for var b in bytes {
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                    if pendingSpace && n > 0 { out[n] = 0x20; n += 1 }
                    pendingSpace = false
                    out[n] = b
                    n += 1
                } else {
                    pendingSpace = true
                }
            }
            return n
        }
    }

    /// `exactKey` of a plain cell (ASCII and precomposed Vietnamese letters, `CellScan.isPlain`)
    /// written into `out` (at least `bytes.count` long); returns the key's length. Every plain
    /// scalar's lower case is one scalar of the same UTF-8 length, letters and digits are kept
    /// and the other ASCII characters are not, so this is `exactKey` without a String.
    static func plainExactKey(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var n = 0, i = 0
        var pendingSpace = false
        let count = bytes.count
        while i < count {
            let b = bytes[i]
            if b < 0x80 {
                let c = b &- 0x41 < 26 ? b | 0x20 : b
                if c &- 0x61 < 26 || c &- 0x30 < 10 {
                    if pendingSpace && n > 0 { out[n] = 0x20; n += 1 }
                    pendingSpace = false
                    out[n] = c
                    n += 1
                } else {
                    pendingSpace = true
                }
                i += 1
                continue
            }
            if pendingSpace && n > 0 { out[n] = 0x20; n += 1 }
            pendingSpace = false
            if b < 0xE0 {
                let lower = CellScan.lowercased(((UInt32(b) & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F))
                out[n] = UInt8(0xC0 | (lower >> 6))
                out[n + 1] = UInt8(0x80 | (lower & 0x3F))
                n += 2
                i += 2
            } else {
                let lower = CellScan.lowercased(((UInt32(b) & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F))
                out[n] = UInt8(0xE0 | (lower >> 12))
                out[n + 1] = UInt8(0x80 | ((lower >> 6) & 0x3F))
                out[n + 2] = UInt8(0x80 | (lower & 0x3F))
                n += 3
                i += 3
            }
        }
        return n
    }

    /// Whether `bytes` hold the UTF-8 bytes of `part` somewhere.
    static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, contain part: String) -> Bool {
        var part = part
        return part.withUTF8 { needle in
            guard let first = needle.first else { return true }
            guard needle.count <= bytes.count else { return false }
            for start in 0...(bytes.count - needle.count) where bytes[start] == first {
                var k = 1
                while k < needle.count && bytes[start + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            return false
        }
    }

    /// Whether `exactKey` keeps a (lower-case) scalar: a letter, a digit or a nonspacing mark.
    @inline(__always)
    static func keepsScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        if v < UInt32(keptScalars.count) { return keptScalars[Int(v)] }
        return keepsScalarByProperties(scalar)
    }

    /// `keepsScalarByProperties` of the scalars below U+3000 (Latin with Vietnamese letters,
    /// combining marks, punctuation), computed once per process.
    private static let keptScalars: [Bool] = (0..<0x3000).map { v in
        Unicode.Scalar(UInt32(v)).map(keepsScalarByProperties) ?? false
    }

    private static func keepsScalarByProperties(_ scalar: Unicode.Scalar) -> Bool {
        let p = scalar.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    /// The folded key used as the fallback match: `exactKey` of the folded text.
    func foldedKey(_ text: String) -> String {
        let exact = LayoutText.exactKey(text)
        // An ASCII exact key is its own exact key again.
        if foldKeepsASCIIKeys, exact.utf8.allSatisfy({ $0 < 0x80 }) { return exact }
        return LayoutText.exactKey(fold(exact))
    }

    /// True when `text` is digits only (after trimming), e.g. an STT cell.
    static func isInteger(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The value of a small positive integer cell ("12", "12.", "(12)"), or nil.
    /// Read on the UTF-8 bytes (it runs on a cell of every row): what is left after the
    /// parentheses and the dot must be ASCII digits, so comparing bytes is comparing Characters.
    static func smallInteger(_ text: String) -> Int? {
        let utf8 = text.utf8
        guard let first = utf8.first, utf8.count <= 9 else { return nil }
        var start = utf8.startIndex, end = utf8.endIndex
        if first == 0x28, utf8.last == 0x29 {
            start = utf8.index(after: start)
            end = utf8.index(before: end)
        }
        if start < end, utf8[utf8.index(before: end)] == 0x2E { end = utf8.index(before: end) }
        var value = 0, digits = 0
        var i = start
        while i < end {
            let b = utf8[i]
            guard b >= 0x30 && b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
            digits += 1
            i = utf8.index(after: i)
        }
        return digits >= 1 && digits <= 6 ? value : nil
    }

    /// `smallInteger` of the UTF-8 bytes of a cell.
    static func smallInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        guard count > 0, count <= 9 else { return nil }
        var start = 0, end = count
        if bytes[0] == 0x28, bytes[count - 1] == 0x29 {
            start = 1
            end = count - 1
        }
        if start < end, bytes[end - 1] == 0x2E { end -= 1 }
        guard end - start >= 1 && end - start <= 6 else { return nil }
        var value = 0
        for i in start..<end {
            let b = bytes[i]
            guard b &- 0x30 < 10 else { return nil }
            value = value * 10 + Int(b &- 0x30)
        }
        return value
    }

    /// The year of a cell holding only a plausible birth or list year (1900-2099), or nil.
    static func year(_ text: String) -> Int? {
        guard text.utf8.count == 4, isInteger(Substring(text)), let y = Int(text), (1900...2099).contains(y) else { return nil }
        return y
    }
}
