/// Lookup tables over the 134 Vietnamese letters, built once from `EncodingTables.letters`:
/// letter → (syllable letter code, tone, case), (toneless base, tone) → precomposed letter, and
/// lower → upper case. Used by the decoders (composing tones), the syllable scorer and the encoders.
///
/// Letter codes: ASCII lower-case letters are their own byte; ă â ê ô ơ ư đ are 1…7.
/// Tones: 0 none, 1 grave, 2 hook, 3 tilde, 4 acute, 5 dot below.
enum VietnameseLetters {
    /// Packed info per scalar below `infoLimit`: bit 15 = is a letter, bit 11 = upper case,
    /// bits 8-10 = tone, bits 0-7 = letter code.
    static let info: [UInt16] = {
        var table = [UInt16](repeating: 0, count: infoLimit)
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") {
            table[Int(b)] = 0x8000 | UInt16(b)
            table[Int(b) - 32] = 0x8000 | 0x0800 | UInt16(b)
        }
        for (scalar, _, code, tone, upper) in EncodingTables.letters {
            table[Int(scalar)] = 0x8000 | (UInt16(upper) << 11) | (UInt16(tone) << 8) | UInt16(code)
        }
        table[0x0110] = 0x8000 | 0x0800 | 7  // Đ
        table[0x0111] = 0x8000 | 7            // đ
        return table
    }()
    static let infoLimit = 0x1F00

    /// Slot of a toneless base letter (a ă â e ê i o ô ơ u ư y, both cases) for `composed`, 0xFF if none.
    static let baseSlot: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 0x200)
        var next: UInt8 = 0
        for (_, base, _, _, _) in EncodingTables.letters where table[Int(base)] == 0xFF {
            table[Int(base)] = next
            next += 1
        }
        return table
    }()

    /// `composed[slot * 8 + tone]`: the precomposed letter, 0 if none.
    static let composed: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 256 * 8)
        for (scalar, base, _, tone, _) in EncodingTables.letters {
            table[Int(baseSlot[Int(base)]) * 8 + Int(tone)] = scalar
        }
        for slot in 0..<256 {  // tone 0 gives the base itself
            for (_, base, _, _, _) in EncodingTables.letters where Int(baseSlot[Int(base)]) == slot {
                table[slot * 8] = base
                break
            }
        }
        return table
    }()

    /// Lower → upper case for Vietnamese letters below U+1F00 (identity elsewhere).
    static let upper: [UInt32] = {
        var table = (0..<UInt32(infoLimit)).map { $0 }
        for b in UInt32(0x61)...0x7A { table[Int(b)] = b - 32 }
        var byKey: [UInt32: UInt32] = [:]
        for (scalar, _, code, tone, isUpper) in EncodingTables.letters where isUpper == 1 {
            byKey[UInt32(code) << 8 | UInt32(tone)] = scalar
        }
        for (scalar, _, code, tone, isUpper) in EncodingTables.letters where isUpper == 0 {
            if let up = byKey[UInt32(code) << 8 | UInt32(tone)] { table[Int(scalar)] = up }
        }
        table[0x0111] = 0x0110
        return table
    }()

    /// Info of `scalar`, or 0 when it is not a Vietnamese (or ASCII) letter.
    @inline(__always) static func infoOf(_ scalar: UInt32) -> UInt16 {
        scalar < UInt32(infoLimit) ? info[Int(scalar)] : 0
    }

    /// The tone of a combining tone mark (U+0300 grave, U+0309 hook, U+0303 tilde, U+0301 acute,
    /// U+0323 dot below; U+0340/U+0341 as grave/acute), 0 for anything else.
    @inline(__always) static func toneOfMark(_ scalar: UInt32) -> UInt8 {
        switch scalar {
        case 0x0300, 0x0340: return 1
        case 0x0309: return 2
        case 0x0303: return 3
        case 0x0301, 0x0341: return 4
        case 0x0323: return 5
        default: return 0
        }
    }

    /// The precomposed letter for a toneless base and a tone, or nil.
    @inline(__always) static func compose(_ base: UInt32, tone: UInt8) -> UInt32? {
        guard base < 0x200 else { return nil }
        let slot = baseSlot[Int(base)]
        guard slot != 0xFF else { return nil }
        let value = composed[Int(slot) * 8 + Int(tone)]
        return value == 0 ? nil : value
    }

    /// Upper case of a letter (Vietnamese and ASCII), identity for everything else.
    @inline(__always) static func uppercased(_ scalar: UInt32) -> UInt32 {
        scalar < UInt32(infoLimit) ? upper[Int(scalar)] : scalar
    }
}
