/// The table of Vietnamese letters: every one of the 134 letters (67 lower-case, 67
/// upper-case) plus ASCII letters, described as a packed *cell* (base letter, modifier, tone,
/// case), and the reverse table from a cell to its precomposed NFC scalar.
///
/// Cell layout (a `UInt32`), used by ``VietnameseTextEngine``:
/// - bits 0–7: the ASCII lower-case base letter (`a`…`z`); bits 8–10: the modifier
///   (0 none, 1 breve ă, 2 circumflex â ê ô, 3 horn ơ ư, 4 stroke đ); bits 11–13: the tone
///   (0 none, 1 grave, 2 hook, 3 tilde, 4 acute, 5 dot below); bit 14: upper case;
///   bit 15: vowel (a e i o u y); bits 16–19: for a vowel, its row in ``rows`` (base +
///   modifier, kept in step by ``attach(_:to:lookalikes:)``) so that the output needs no
///   search. The two top bits are 0 for letters.
/// - ``space`` is one space; any other scalar is kept raw as `0x8000_0000 | scalar`.
///
/// Because a letter is a (base, modifier, tone) triple, combining marks that follow a letter
/// can be merged into it in any order: that is how decomposed, "tổ hợp" and mis-ordered input
/// (tone typed before the circumflex, which NFC does not repair) becomes NFC without ICU.
enum VietnameseLetterCells {
    static let space: UInt32 = 0x4000_0020
    static let rawBit: UInt32 = 0x8000_0000
    static let upperBit: UInt32 = 1 << 14
    static let vowelBit: UInt32 = 1 << 15
    static let rowShift: UInt32 = 16
    static let rowMask: UInt32 = 0xF << 16
    static let toneShift: UInt32 = 11
    static let toneMask: UInt32 = 7 << 11
    static let modifierShift: UInt32 = 8
    static let modifierMask: UInt32 = 7 << 8

    static let breve: UInt32 = 1, circumflex: UInt32 = 2, horn: UInt32 = 3, stroke: UInt32 = 4

    /// The vowels with their modifier, in table order, and their six forms (no tone, grave,
    /// hook, tilde, acute, dot below), lower case then upper case.
    static let rows: [(base: UInt8, modifier: UInt32, lower: String, upper: String)] = [
        (0x61, 0, "aàảãáạ", "AÀẢÃÁẠ"),
        (0x61, breve, "ăằẳẵắặ", "ĂẰẲẴẮẶ"),
        (0x61, circumflex, "âầẩẫấậ", "ÂẦẨẪẤẬ"),
        (0x65, 0, "eèẻẽéẹ", "EÈẺẼÉẸ"),
        (0x65, circumflex, "êềểễếệ", "ÊỀỂỄẾỆ"),
        (0x69, 0, "iìỉĩíị", "IÌỈĨÍỊ"),
        (0x6F, 0, "oòỏõóọ", "OÒỎÕÓỌ"),
        (0x6F, circumflex, "ôồổỗốộ", "ÔỒỔỖỐỘ"),
        (0x6F, horn, "ơờởỡớợ", "ƠỜỞỠỚỢ"),
        (0x75, 0, "uùủũúụ", "UÙỦŨÚỤ"),
        (0x75, horn, "ưừửữứự", "ƯỪỬỮỨỰ"),
        (0x79, 0, "yỳỷỹýỵ", "YỲỶỸÝỴ"),
    ]

    /// Scalar (below U+1F00) → cell, 0 when the scalar is not in the table.
    static let decodeTable: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x1F00)
        for c in UInt32(0x61)...0x7A {
            var vowel: UInt32 = 0
            if let r = rows.firstIndex(where: { $0.base == UInt8(c) && $0.modifier == 0 }) {
                vowel = vowelBit | (UInt32(r) << rowShift)
            }
            table[Int(c)] = c | vowel
            table[Int(c - 0x20)] = c | vowel | upperBit
        }
        for (r, row) in rows.enumerated() {
            for (caseBit, forms) in [(UInt32(0), row.lower), (upperBit, row.upper)] {
                for (tone, scalar) in forms.unicodeScalars.enumerated() {
                    table[Int(scalar.value)] = UInt32(row.base) | (row.modifier << modifierShift)
                        | (UInt32(tone) << toneShift) | caseBit | vowelBit | (UInt32(r) << rowShift)
                }
            }
        }
        table[0x111] = 0x64 | (stroke << modifierShift)             // đ
        table[0x110] = 0x64 | (stroke << modifierShift) | upperBit  // Đ
        return table
    }()

    /// (vowel row × 6 + tone) × 2 + upper → scalar.
    static let composeTable: [UInt32] = {
        var table = [UInt32](repeating: 0, count: rows.count * 12)
        for (r, row) in rows.enumerated() {
            for (tone, scalar) in row.lower.unicodeScalars.enumerated() { table[(r * 6 + tone) * 2] = scalar.value }
            for (tone, scalar) in row.upper.unicodeScalars.enumerated() { table[(r * 6 + tone) * 2 + 1] = scalar.value }
        }
        return table
    }()

    /// ``decodeTable`` and ``composeTable`` as immortal pointers: the hot loops read them
    /// without array bounds checks or reference counting. Written once, never freed, never
    /// mutated (hence safe to share).
    nonisolated(unsafe) static let decode: UnsafePointer<UInt32> = immortal(decodeTable)
    nonisolated(unsafe) static let compose: UnsafePointer<UInt32> = immortal(composeTable)

    private static func immortal(_ values: [UInt32]) -> UnsafePointer<UInt32> {
        let pointer = UnsafeMutablePointer<UInt32>.allocate(capacity: values.count)
        pointer.initialize(from: values, count: values.count)
        return UnsafePointer(pointer)
    }

    /// The cell of `scalar`, or 0 when it is not in the table.
    @inline(__always) static func cell(_ scalar: UInt32) -> UInt32 { scalar < 0x1F00 ? decode[Int(scalar)] : 0 }

    @inline(__always) static func isLetter(_ cell: UInt32) -> Bool { cell & 0xC000_0000 == 0 }
    @inline(__always) static func isVowel(_ cell: UInt32) -> Bool { cell & 0xC000_0000 == 0 && cell & vowelBit != 0 }
    @inline(__always) static func base(_ cell: UInt32) -> UInt8 { UInt8(truncatingIfNeeded: cell) }
    @inline(__always) static func tone(_ cell: UInt32) -> UInt32 { (cell & toneMask) >> toneShift }
    @inline(__always) static func modifier(_ cell: UInt32) -> UInt32 { (cell & modifierMask) >> modifierShift }

    /// The table row of a vowel cell (base + modifier), or -1.
    @inline(__always) static func row(_ cell: UInt32) -> Int {
        let m = modifier(cell)
        switch base(cell) {
        case 0x61: return m == 0 ? 0 : (m == breve ? 1 : (m == circumflex ? 2 : -1))
        case 0x65: return m == 0 ? 3 : (m == circumflex ? 4 : -1)
        case 0x69: return m == 0 ? 5 : -1
        case 0x6F: return m == 0 ? 6 : (m == circumflex ? 7 : (m == horn ? 8 : -1))
        case 0x75: return m == 0 ? 9 : (m == horn ? 10 : -1)
        case 0x79: return m == 0 ? 11 : -1
        default: return -1
        }
    }

    /// The scalar of a letter cell.
    @inline(__always) static func scalar(_ cell: UInt32) -> UInt32 { scalar(cell, compose) }

    /// The scalar of a letter cell, with ``compose`` passed in (hot loops read the global once).
    @inline(__always) static func scalar(_ cell: UInt32, _ compose: UnsafePointer<UInt32>) -> UInt32 {
        let upper = cell & upperBit != 0
        if cell & vowelBit == 0 {
            if modifier(cell) == stroke { return upper ? 0x110 : 0x111 }
            return UInt32(base(cell)) - (upper ? 0x20 : 0)
        }
        let r = Int((cell & rowMask) >> rowShift)
        return compose[(r * 6 + Int(tone(cell))) * 2 + (upper ? 1 : 0)]
    }

    /// The tone a combining mark stands for (1–5), or 0. `lookalikes` adds the marks that only
    /// look like tones.
    @inline(__always) static func toneOfMark(_ scalar: UInt32, lookalikes: Bool) -> UInt32 {
        switch scalar {
        case 0x300, 0x340: return 1
        case 0x309: return 2
        case 0x303: return 3
        case 0x301, 0x341: return 4
        case 0x323: return 5
        case 0x342: return lookalikes ? 3 : 0
        case 0x313, 0x315: return lookalikes ? 2 : 0
        case 0x307, 0x358: return lookalikes ? 5 : 0
        default: return 0
        }
    }

    /// The modifier a combining mark stands for, or 0.
    @inline(__always) static func modifierOfMark(_ scalar: UInt32, lookalikes: Bool) -> UInt32 {
        switch scalar {
        case 0x306: return breve
        case 0x302: return circumflex
        case 0x31B: return horn
        case 0x328: return lookalikes ? horn : 0
        case 0x335: return stroke
        default: return 0
        }
    }

    /// `cell` with the combining mark `scalar` merged in, or nil when the result is not a
    /// Vietnamese letter (the mark then stays a separate scalar).
    @inline(__always) static func attach(_ scalar: UInt32, to cell: UInt32, lookalikes: Bool) -> UInt32? {
        guard isLetter(cell) else { return nil }
        let t = toneOfMark(scalar, lookalikes: lookalikes)
        if t != 0 {
            guard cell & vowelBit != 0, tone(cell) == 0 else { return nil }
            return cell | (t << toneShift)
        }
        let m = modifierOfMark(scalar, lookalikes: lookalikes)
        guard m != 0, modifier(cell) == 0 else { return nil }
        let b = base(cell)
        let ok: Bool
        switch m {
        case breve: ok = b == 0x61
        case circumflex: ok = b == 0x61 || b == 0x65 || b == 0x6F
        case horn: ok = b == 0x6F || b == 0x75
        default: ok = b == 0x64 && lookalikes
        }
        guard ok else { return nil }
        let modified = cell | (m << modifierShift)
        return m == stroke ? modified : (modified & ~rowMask) | (UInt32(row(modified)) << rowShift)
    }

    /// The Cyrillic and Greek letters whose ICU 72 skeleton is an ASCII letter used in
    /// Vietnamese (from `confusables.tsv`, category script_lookalike), plus Cyrillic ђ → đ:
    /// scalar → the Latin scalar. Replaced only inside a token that also has Latin letters.
    static let scriptLookalikes: [UInt32: UInt32] = [
        0x037A: 0x69, 0x0391: 0x41, 0x0392: 0x42, 0x0395: 0x45, 0x0397: 0x48, 0x0399: 0x49,
        0x039A: 0x4B, 0x039C: 0x4D, 0x039D: 0x4E, 0x039F: 0x4F, 0x03A1: 0x50, 0x03A4: 0x54,
        0x03A5: 0x59, 0x03A7: 0x58, 0x03B1: 0x61, 0x03B3: 0x79, 0x03B9: 0x69, 0x03BD: 0x76,
        0x03BF: 0x6F, 0x03C1: 0x70, 0x03C3: 0x6F, 0x03C5: 0x75, 0x03D2: 0x59, 0x03F1: 0x70,
        0x03F2: 0x63, 0x03F9: 0x43, 0x03FA: 0x4D, 0x0405: 0x53, 0x0406: 0x49, 0x0410: 0x41,
        0x0412: 0x42, 0x0415: 0x45, 0x041A: 0x4B, 0x041C: 0x4D, 0x041D: 0x48, 0x041E: 0x4F,
        0x0420: 0x50, 0x0421: 0x43, 0x0422: 0x54, 0x0423: 0x59, 0x0425: 0x58, 0x042C: 0x62,
        0x0430: 0x61, 0x0433: 0x72, 0x0435: 0x65, 0x043E: 0x6F, 0x0440: 0x70, 0x0441: 0x63,
        0x0443: 0x79, 0x0445: 0x78, 0x0455: 0x73, 0x0456: 0x69, 0x0474: 0x56, 0x0475: 0x76,
        0x04AE: 0x59, 0x04AF: 0x79, 0x04BB: 0x68, 0x04BD: 0x65, 0x04C0: 0x49, 0x04CF: 0x69,
        0x0501: 0x64, 0x050C: 0x47, 0x051B: 0x71, 0x0452: 0x111,
    ]

    /// Latin look-alikes of Đ/đ that are replaced wherever they occur (NFC fixes none of them).
    @inline(__always) static func dStrokeLookalike(_ scalar: UInt32) -> UInt32 {
        switch scalar {
        case 0xD0, 0x189: return 0x110
        case 0xF0, 0x256: return 0x111
        default: return 0
        }
    }

    /// Whitespace other than the ASCII space that becomes one space.
    @inline(__always) static func isOddSpace(_ s: UInt32) -> Bool {
        switch s {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default: return false
        }
    }

    /// Invisible characters that are removed: controls, soft hyphen, zero-width characters,
    /// bidi marks, word joiner, BOM. (Decode legacy encodings first: TCVN3's ư is 0xAD.)
    @inline(__always) static func isInvisible(_ s: UInt32) -> Bool {
        switch s {
        case 0x00...0x08, 0x0E...0x1F, 0x7F...0x84, 0x86...0x9F, 0xAD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5,
             0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0x3164, 0xFE00...0xFE0F,
             0xFEFF, 0xFFA0:
            return true
        default: return false
        }
    }
}
