/// A text encoding SoSach can read. The raw values are the names printed in reports and accepted by
/// `sosach convert --from` (and the layout's user mapping file).
public enum TextEncoding: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    /// UTF-8, with or without a byte order mark.
    case utf8 = "utf-8"
    /// UTF-8 whose text went through a wrong round trip (UTF-8 read as Windows-1252/Latin-1 once or
    /// twice, or legacy bytes shown as Windows-1252) and is repaired run by run.
    case utf8Mojibake = "utf-8-mojibake"
    /// UTF-16 little endian (Excel "Unicode text").
    case utf16LE = "utf-16le"
    /// UTF-16 big endian.
    case utf16BE = "utf-16be"
    /// Windows-1258: precomposed letters plus combining tone bytes, composed to NFC on decode.
    case windows1258 = "windows-1258"
    /// TCVN 5712:1993 VN3 (ABC, `.VnTime` fonts). Words typed in capitals with lower-case toned
    /// codes (`NGUYÔN`) are upper-cased.
    case tcvn3 = "tcvn3"
    /// TCVN3 typed for an all-capital font (`.VnTimeH`): every letter is upper-cased.
    case tcvn3Capital = "tcvn3-capital"
    /// VNI-Windows: base letter byte followed by a mark byte.
    case vni = "vni"
    /// VIQR (RFC 1456) ASCII mnemonics: `Nguye^~n`.
    case viqr = "viqr"
    /// VISCII 1.1 (six capitals on C0 control bytes).
    case viscii = "viscii"
    /// Windows-1252 (Latin-1 text such as "José García").
    case windows1252 = "windows-1252"
    /// Plain ASCII (e.g. Vietnamese typed without diacritics): kept as is.
    case ascii = "ascii"

    public var description: String { rawValue }

    /// Accepts the raw value and common aliases (`utf8`, `cp1258`, `vni-windows`, `latin1`, `abc`, …),
    /// case-insensitively.
    public init?(name: String) {
        let key = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
        if let value = TextEncoding(rawValue: key) { self = value; return }
        switch key {
        case "utf8", "utf-8-sig", "utf8-bom", "utf-8-bom": self = .utf8
        case "utf8-mojibake", "mojibake": self = .utf8Mojibake
        case "utf16", "utf-16", "utf16le", "unicode": self = .utf16LE
        case "utf16be": self = .utf16BE
        case "cp1258", "windows1258", "win1258": self = .windows1258
        case "abc", "vn3", "tcvn", "tcvn-3", "tcvn5712": self = .tcvn3
        case "tcvn3h", "tcvn3-caps", "tcvn3capital": self = .tcvn3Capital
        case "vni-windows", "vniwin", "vni-win": self = .vni
        case "cp1252", "windows1252", "latin1", "latin-1", "iso-8859-1": self = .windows1252
        case "us-ascii": self = .ascii
        default: return nil
        }
    }

    /// True for the encodings decoded one byte (or one base + mark byte) at a time, whose ASCII
    /// bytes (delimiters, quotes, line ends) stay ASCII: a CSV reader may parse them on raw bytes.
    public var isASCIICompatible: Bool { self != .utf16LE && self != .utf16BE }

    /// The flag set on a field whose bytes this encoding's decoder changed, e.g. `enc.tcvn3`;
    /// nil for UTF-8 and ASCII.
    public var flag: Flag? {
        switch self {
        case .utf8, .ascii: return nil
        case .utf8Mojibake: return .encMojibake
        case .utf16LE, .utf16BE: return .encUTF16
        case .windows1258: return .encCP1258
        case .tcvn3: return .encTCVN3
        case .tcvn3Capital: return .encTCVN3Capital
        case .vni: return .encVNI
        case .viqr: return .encVIQR
        case .viscii: return .encVISCII
        case .windows1252: return .encCP1252
        }
    }
}
