/// One generated input file: where it goes, its text, and the encoding it is saved in.
public struct SampleFile: Sendable {
    /// How the text is turned into bytes.
    public enum Encoding: String, Sendable, CaseIterable {
        case utf8 = "utf-8"
        case utf8BOM = "utf-8-bom"
        case utf16LE = "utf-16le"
        case windows1258 = "windows-1258"
        case tcvn3
        case vni
        case viqr
        /// UTF-8 bytes read as Windows-1252 and saved again as UTF-8 ("Nguyá»…n").
        case mojibake = "utf-8-mojibake"
    }

    /// The path relative to the output folder, e.g. `2018/DS_CDHT_2018_XaDucLa.csv`.
    public var path: String
    /// The content, NFC, LF or CRLF line ends.
    public var text: String
    public var encoding: Encoding

    public init(path: String, text: String, encoding: Encoding) {
        self.path = path; self.text = text; self.encoding = encoding
    }
}
