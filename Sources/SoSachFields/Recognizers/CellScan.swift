/// One pass over the UTF-8 bytes of a cell: which kinds of characters it holds. The content
/// recognisers and the layout's column statistics decide on it which checks can match at all
/// (a cell without a digit is no date, ID or phone; a cell that is not letters and spaces is no
/// name) and when a check may compare bytes instead of Characters.
///
/// A *plain* cell holds ASCII and the 134 precomposed Vietnamese letters only (see
/// ``isVietnameseLetter(_:)``). Plain text is in NFC, every Character of it is one scalar, and
/// no other spelling is canonically equivalent to it (the letters are NFC and no letter pair
/// composes), so for plain text comparing bytes is comparing Strings. Nearly every cell of a
/// list is plain after the reader's cleanup; the others take the Character-based paths.
public struct CellScan: Sendable, Equatable {
    /// UTF-8 bytes.
    public private(set) var byteCount = 0
    /// ASCII digits.
    public private(set) var digits = 0
    /// ASCII letters.
    public private(set) var asciiLetters = 0
    /// U+0020 spaces.
    public private(set) var spaces = 0
    /// ASCII bytes that are not letters, digits or spaces (punctuation, tabs, controls).
    public private(set) var otherASCII = 0
    /// Non-ASCII scalars that are precomposed Vietnamese letters.
    public private(set) var vietnameseLetters = 0
    /// Any other non-ASCII scalar.
    public private(set) var otherNonASCII = 0
    /// Whether the first scalar is A–Z or an upper-case Vietnamese letter.
    public private(set) var startsUppercase = false

    /// Scans `bytes`, valid UTF-8 (a String's bytes).
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        byteCount = bytes.count
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b &- 0x30 < 10 {
                    digits += 1
                } else if (b | 0x20) &- 0x61 < 26 {
                    asciiLetters += 1
                    if i == 0 && b <= 0x5A { startsUppercase = true }
                } else if b == 0x20 {
                    spaces += 1
                } else {
                    otherASCII += 1
                }
                i += 1
                continue
            }
            let (kind, next) = CellScan.letterKind(bytes, at: i)
            if kind != 0 {
                vietnameseLetters += 1
                if i == 0 && kind == 2 { startsUppercase = true }
            } else {
                otherNonASCII += 1
            }
            i = next
        }
    }

    /// Only ASCII and Vietnamese letters (see the type's discussion).
    public var isPlain: Bool { otherNonASCII == 0 }
    /// Only ASCII bytes.
    public var isASCII: Bool { vietnameseLetters == 0 && otherNonASCII == 0 }
    /// Letters (ASCII or Vietnamese) and U+0020 spaces only.
    public var isLettersAndSpaces: Bool { digits == 0 && otherASCII == 0 && otherNonASCII == 0 }
    /// Letters (ASCII or Vietnamese) only, at least one.
    public var isLettersOnly: Bool { isLettersAndSpaces && spaces == 0 && byteCount > 0 }

    /// Whether `scalar` is one of the 134 Vietnamese letters outside ASCII (à … ỵ, đ and
    /// their capitals), each a single precomposed scalar.
    public static func isVietnameseLetter(_ scalar: UInt32) -> Bool { letterKind(scalar) != 0 }

    /// The lower-case form of a Vietnamese letter or ASCII letter; any other scalar unchanged.
    public static func lowercased(_ scalar: UInt32) -> UInt32 {
        if scalar < 0x80 { return scalar &- 0x41 < 26 ? scalar | 0x20 : scalar }
        guard scalar < UInt32(letterTable.count) else { return scalar }
        let entry = letterTable[Int(scalar)]
        return entry == 0 ? scalar : UInt32(entry >> 2)
    }

    /// The ASCII lower-case base letter of a Vietnamese letter ("Ặ" → "a", "đ" → "d"), the
    /// letter `VietnameseText.foldKey` writes for it; 0 for other scalars.
    public static func baseLetter(_ scalar: UInt32) -> UInt8 {
        guard scalar < UInt32(baseTable.count) else { return 0 }
        return baseTable[Int(scalar)]
    }

    /// Scalar (below U+1F00) → base letter of the Vietnamese letters.
    static let baseTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x1F00)
        let rows: [(UInt8, String)] = [(0x61, "àảãáạăằẳẵắặâầẩẫấậ"), (0x65, "èẻẽéẹêềểễếệ"), (0x69, "ìỉĩíị"),
                                       (0x6F, "òỏõóọôồổỗốộơờởỡớợ"), (0x75, "ùủũúụưừửữứự"), (0x79, "ỳỷỹýỵ"), (0x64, "đ")]
        for (base, forms) in rows {
            for scalar in forms.unicodeScalars {
                table[Int(scalar.value)] = base
                table[Int(String(scalar).uppercased().unicodeScalars.first!.value)] = base
            }
        }
        return table
    }()

    /// `letterKind` of the scalar starting at byte `i` of valid UTF-8, and the index after it,
    /// read from bit masks of the letters' last UTF-8 byte per lead bytes (no table): the
    /// letters are U+00C0–U+01B0 (two bytes, lead C3–C6) and U+1EA0–U+1EF9 (E1 BA, E1 BB).
    @inline(__always)
    static func letterKind(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = bytes[i]
        if b0 < 0xE0 {
            let bit = UInt64(1) << UInt64(bytes[i + 1] & 0x3F)
            let (lower, upper): (UInt64, UInt64)
            switch b0 {
            case 0xC3: (lower, upper) = (0x263C_370F_0000_0000, 0x263C_370F)
            case 0xC4: (lower, upper) = (0x200_0002_0008, 0x100_0001_0004)
            case 0xC5: (lower, upper) = (0x200_0000_0000, 0x100_0000_0000)
            case 0xC6: (lower, upper) = (0x1_0002_0000_0000, 0x8001_0000_0000)
            default: return (0, i + 2)
            }
            return (lower & bit != 0 ? 1 : upper & bit != 0 ? 2 : 0, i + 2)
        }
        if b0 < 0xF0 {
            guard b0 == 0xE1 else { return (0, i + 3) }
            let bit = UInt64(1) << UInt64(bytes[i + 2] & 0x3F)
            let (lower, upper): (UInt64, UInt64)
            switch bytes[i + 1] {
            case 0xBA: (lower, upper) = (0xAAAA_AAAA_0000_0000, 0x5555_5555_0000_0000)
            case 0xBB: (lower, upper) = (0x2AA_AAAA_AAAA_AAAA, 0x155_5555_5555_5555)
            default: return (0, i + 3)
            }
            return (lower & bit != 0 ? 1 : upper & bit != 0 ? 2 : 0, i + 3)
        }
        return (0, i + 4)
    }

    /// 0: not a Vietnamese letter; 1: lower case; 2: upper case.
    @inline(__always)
    static func letterKind(_ scalar: UInt32) -> UInt32 {
        guard scalar < UInt32(letterTable.count) else { return 0 }
        return UInt32(letterTable[Int(scalar)] & 3)
    }

    /// The scalar starting at byte `i` of valid UTF-8 and the index after it.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, i + 1) }
        if b0 < 0xE0 { return (((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), i + 2) }
        if b0 < 0xF0 {
            return (((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F), i + 3)
        }
        return (((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12) | ((UInt32(bytes[i + 2]) & 0x3F) << 6)
                | (UInt32(bytes[i + 3]) & 0x3F), i + 4)
    }

    /// The 67 lower-case Vietnamese letters outside ASCII, and their capitals in the same order.
    static let lowerLetters = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    static let upperLetters = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"

    /// Scalar (below U+1F00) → (lower-case scalar << 2) | kind, 0 for other scalars.
    static let letterTable: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x1F00)
        for (lower, upper) in zip(lowerLetters.unicodeScalars, upperLetters.unicodeScalars) {
            table[Int(lower.value)] = (lower.value << 2) | 1
            table[Int(upper.value)] = (lower.value << 2) | 2
        }
        return table
    }()
}
