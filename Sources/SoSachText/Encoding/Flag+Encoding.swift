/// The flags the decoders set on a field (see `FieldDecoder`). A legacy-encoding flag means the
/// decoder of that encoding changed the field's bytes (the field held non-ASCII text, or VIQR marks).
extension Flag {
    /// Bytes that no table decodes became U+FFFD.
    public static let encInvalid: Flag = "enc.invalid"
    /// Decoded from TCVN3 (VN3).
    public static let encTCVN3: Flag = "enc.tcvn3"
    /// Words typed for an all-capital TCVN3 font (`NGUYÔN`, `.VnTimeH`) were upper-cased.
    public static let encTCVN3Capital: Flag = "enc.tcvn3_capital"
    /// Decoded from VNI-Windows.
    public static let encVNI: Flag = "enc.vni"
    /// Decoded from VIQR mnemonics.
    public static let encVIQR: Flag = "enc.viqr"
    /// Decoded from VISCII.
    public static let encVISCII: Flag = "enc.viscii"
    /// Decoded from Windows-1258.
    public static let encCP1258: Flag = "enc.cp1258"
    /// Decoded from Windows-1252 (Latin-1 text).
    public static let encCP1252: Flag = "enc.cp1252"
    /// Decoded from UTF-16.
    public static let encUTF16: Flag = "enc.utf16"
    /// Mojibake (UTF-8 or legacy bytes seen through Windows-1252/1258) was repaired.
    public static let encMojibake: Flag = "enc.mojibake"
    /// Mojibake whose lost bytes (dropped C1 controls or `?`) were guessed back: check the value.
    public static let encMojibakeLossy: Flag = "enc.mojibake_lossy"
    /// The text was not in NFC (decomposed, "Unicode tổ hợp" or mis-ordered marks) and was composed.
    public static let encNFC: Flag = "enc.nfc"
}
