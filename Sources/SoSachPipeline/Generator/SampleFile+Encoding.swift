import SoSachText

/// Turning a generated file's text into the bytes of its encoding (with `LegacyEncoder`).
extension SampleFile {
    /// The file's bytes. In UTF-8 files, invalid-byte markers (U+E000) become a lone 0xFF
    /// byte, as found in files damaged by copying between programs. UTF-16LE files start with
    /// the byte order mark Excel writes for "Unicode text".
    public func encoded() -> [UInt8] {
        switch encoding {
        case .utf8: return Self.withInvalidBytes(Array(text.utf8))
        case .utf8BOM: return [0xEF, 0xBB, 0xBF] + Self.withInvalidBytes(Array(text.utf8))
        case .utf16LE: return [0xFF, 0xFE] + LegacyEncoder.encode(text, as: .utf16LE)
        case .windows1258: return LegacyEncoder.encode(text, as: .windows1258)
        case .tcvn3: return LegacyEncoder.encode(text, as: .tcvn3)
        case .vni: return LegacyEncoder.encode(text, as: .vni)
        case .viqr: return LegacyEncoder.encode(text, as: .viqr)
        case .mojibake: return LegacyEncoder.encode(text, as: .utf8Mojibake)
        }
    }

    static func withInvalidBytes(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if index + 2 < bytes.count && bytes[index] == 0xEE && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 {
                out.append(0xFF)
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out
    }
}
