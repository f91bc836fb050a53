/// Encodes text into the encodings SoSach reads, to make sample files, round-trip tests and the
/// detection-accuracy corpus (the inverse of the decoders).
///
/// The text is first put in NFC. Characters an encoding cannot hold become `?`, except in TCVN3,
/// where the 60 upper-case toned letters it lacks take their lower-case code (as Unikey writes
/// them; the capital fonts draw those codes as capitals).
public enum LegacyEncoder {
    /// `text` in `encoding`. `.utf8Mojibake` gives the UTF-8 bytes of `mojibake(text)`;
    /// `.tcvn3Capital` writes every letter with its lower-case code (text typed for `.VnTimeH`);
    /// UTF-16 is written without a byte order mark.
    public static func encode(_ text: String, as encoding: TextEncoding) -> [UInt8] {
        let nfc = UTF8Normalizer.nfc(Array(text.utf8))
        let scalars = nfc.withUnsafeBufferPointer { MojibakeRepair.decodeScalars($0) }
        switch encoding {
        case .utf8: return nfc
        case .utf8Mojibake: return Array(mojibake(text).utf8)
        case .utf16LE, .utf16BE:
            var bytes: [UInt8] = []
            for unit in String(decoding: nfc, as: UTF8.self).utf16 {
                let hi = UInt8(unit >> 8), lo = UInt8(unit & 0xFF)
                bytes += encoding == .utf16LE ? [lo, hi] : [hi, lo]
            }
            return bytes
        case .ascii: return scalars.map { $0 < 0x80 ? UInt8($0) : 0x3F }
        case .windows1252: return scalars.map { MojibakeRepair.windows1252Byte($0).flatMap { $0 >= 0x80 && $0 <= 0x9F && EncodingTables.windows1252[Int($0)] < 0x100 ? nil : $0 } ?? 0x3F }
        case .tcvn3: return encodeTable(scalars, reverse: tcvn3Reverse)
        case .tcvn3Capital: return encodeTable(scalars, reverse: tcvn3Reverse, lowercase: true)
        case .viscii: return encodeTable(scalars, reverse: visciiReverse)
        case .vni: return encodeVNI(scalars)
        case .viqr: return encodeVIQR(scalars)
        case .windows1258: return encodeWindows1258(text, combiningTones: false)
        }
    }

    /// `text` in Windows-1258: precomposed bytes where the code page has the letter and base +
    /// combining tone byte otherwise (what iconv writes), or every tone as a combining byte when
    /// `combiningTones` (Unikey's "WinCP1258").
    public static func encodeWindows1258(_ text: String, combiningTones: Bool) -> [UInt8] {
        let nfc = UTF8Normalizer.nfc(Array(text.utf8))
        let scalars = nfc.withUnsafeBufferPointer { MojibakeRepair.decodeScalars($0) }
        var bytes: [UInt8] = []
        for scalar in scalars {
            if !combiningTones || VietnameseLetters.infoOf(scalar) >> 8 & 7 == 0, let b = MojibakeRepair.windows1258Byte(scalar), !(0x80...0x9F).contains(b) || EncodingTables.windows1258[Int(b)] >= 0x100 {
                bytes.append(b)
                continue
            }
            let info = VietnameseLetters.infoOf(scalar)
            let tone = UInt8((info >> 8) & 7)
            if info != 0, tone != 0, let base = toneless[scalar], let baseByte = MojibakeRepair.windows1258Byte(base) {
                bytes.append(baseByte)
                bytes.append([0, 0xCC, 0xD2, 0xDE, 0xEC, 0xF2][Int(tone)])
            } else {
                bytes.append(0x3F)
            }
        }
        return bytes
    }

    /// The mojibake of `text`: its UTF-8 bytes read as Windows-1252 (undefined bytes as the C1
    /// control of the same value), `times` times over ("Nguyễn" → "Nguyá»…n").
    public static func mojibake(_ text: String, times: Int = 1) -> String {
        var current = text
        for _ in 0..<max(times, 1) {
            var scalars = String.UnicodeScalarView()
            for b in current.utf8 {
                scalars.append(Unicode.Scalar(EncodingTables.windows1252[Int(b)])!)
            }
            current = String(scalars)
        }
        return current
    }

    /// `bytes` of a legacy encoding as Windows-1252 would show them (the form legacy text takes in
    /// .xls cells and ANSI readers: TCVN3 "Nguyễn" → "NguyÔn").
    public static func windows1252View(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes { scalars.append(Unicode.Scalar(EncodingTables.windows1252[Int(b)])!) }
        return String(scalars)
    }

    private static let toneless: [UInt32: UInt32] = {
        var map: [UInt32: UInt32] = [:]
        for (scalar, base, _, _, _) in EncodingTables.letters { map[scalar] = base }
        return map
    }()

    private static func reverse(_ table: [UInt32], skipLowBytes: Bool = true) -> [UInt32: UInt8] {
        var map: [UInt32: UInt8] = [:]
        for b in stride(from: 255, through: 0, by: -1) {
            let scalar = table[b]
            if (0x80...0x9F).contains(scalar) || scalar == 0xFFFD { continue }
            if skipLowBytes && b < 0x80 && scalar == UInt32(b) { map[scalar] = UInt8(b); continue }
            if map[scalar] == nil || b >= 0x80 || b < 0x20 { map[scalar] = UInt8(b) }
        }
        return map
    }

    private static let tcvn3Reverse: [UInt32: UInt8] = {
        var map = reverse(EncodingTables.tcvn3Strict)
        // Upper-case toned letters TCVN3 lacks: the lower-case code.
        for (scalar, _, code, tone, upper) in EncodingTables.letters where upper == 1 && map[scalar] == nil {
            if let lower = EncodingTables.letters.first(where: { $0.2 == code && $0.3 == tone && $0.4 == 0 }),
               let b = map[lower.0] {
                map[scalar] = b
            }
        }
        return map
    }()

    private static let visciiReverse: [UInt32: UInt8] = reverse(EncodingTables.viscii)

    private static func encodeTable(_ scalars: [UInt32], reverse: [UInt32: UInt8], lowercase: Bool = false) -> [UInt8] {
        scalars.map { scalar -> UInt8 in
            var s = scalar
            if lowercase { s = lowercased(s) }
            return reverse[s] ?? 0x3F
        }
    }

    private static let lower: [UInt32: UInt32] = {
        var map: [UInt32: UInt32] = [:]
        for b in UInt32(0x41)...0x5A { map[b] = b + 32 }
        for (scalar, _, _, _, _) in EncodingTables.letters {
            let up = VietnameseLetters.uppercased(scalar)
            if up != scalar { map[up] = scalar }
        }
        map[0x0110] = 0x0111
        return map
    }()

    private static func lowercased(_ scalar: UInt32) -> UInt32 { lower[scalar] ?? scalar }

    private static let vniReverse: [UInt32: [UInt8]] = {
        var map: [UInt32: [UInt8]] = [:]
        for (base, mark, letter) in EncodingTables.vniPairs where map[letter] == nil { map[letter] = [base, mark] }
        for b in 0x80...0xFF {
            let scalar = EncodingTables.vniSingleStrict[b]
            if scalar != 0xFFFD && map[scalar] == nil { map[scalar] = [UInt8(b)] }
        }
        return map
    }()

    private static func encodeVNI(_ scalars: [UInt32]) -> [UInt8] {
        var bytes: [UInt8] = []
        for scalar in scalars {
            if scalar < 0x80 { bytes.append(UInt8(scalar)) } else if let code = vniReverse[scalar] { bytes += code } else { bytes.append(0x3F) }
        }
        return bytes
    }

    private static let viqrReverse: [UInt32: [UInt8]] = {
        var map: [UInt32: [UInt8]] = [:]
        for (mnemonic, scalar) in EncodingTables.viqr { map[scalar] = Array(mnemonic.utf8) }
        return map
    }()

    private static func encodeVIQR(_ scalars: [UInt32]) -> [UInt8] {
        var bytes: [UInt8] = []
        var previousIsVowel = false
        for scalar in scalars {
            if scalar < 0x80 {
                let b = UInt8(scalar)
                // A mark character right after a vowel would combine: escape it.
                if previousIsVowel && (DecoderKernel.isVIQRMark(b) || b == 0x5C) { bytes.append(0x5C) }
                bytes.append(b)
                previousIsVowel = DecoderKernel.isASCIIVowel(b)
            } else if let code = viqrReverse[scalar] {
                bytes += code
                previousIsVowel = true
            } else {
                bytes.append(0x3F)
                previousIsVowel = false
            }
        }
        return bytes
    }
}
