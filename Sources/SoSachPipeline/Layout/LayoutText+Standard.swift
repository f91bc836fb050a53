import SoSachFields
import SoSachText

extension LayoutText {
    /// The text tools of the project: `VietnameseText.cleanup` (NFC, invisible characters, odd
    /// spaces, look-alikes; trimmed) and `VietnameseText.foldKey` from SoSachText, the content
    /// recognisers of SoSachFields.
    static let standard = LayoutText(
        normalize: { LayoutText.isCleanPlain($0) ? $0 : VietnameseText.cleanup($0) },
        fold: { VietnameseText.foldKey($0) },
        looksLikeName: { ContentRecognizer.looksLikePersonName($0) },
        looksLikeDate: { ContentRecognizer.looksLikeDate($0) },
        looksLikeNationalID: { ContentRecognizer.looksLikeNationalID($0) },
        looksLikePhone: { ContentRecognizer.looksLikePhone($0) },
        keepsCleanASCII: true,
        usesContentRecognizer: true,
        foldKeepsASCIIKeys: true)
}

extension LayoutText {
    /// True when `cleanup` certainly returns `text` as it is: printable ASCII (no controls, tabs
    /// or DEL), with single spaces between words and none at the ends. Most cells of a list
    /// (row numbers, dates, ID and phone numbers, names typed without diacritics) are; they then
    /// skip the normaliser. ASCII letters, digits and punctuation are kept as they are by
    /// `VietnameseText.cleanup` (it only repairs spacing, invisible characters and non-ASCII
    /// look-alikes), which `LayoutTextTests` checks.
    static func isCleanASCII(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { isCleanASCII($0) }
    }

    /// True when `cleanup` certainly returns `text` as it is: `isCleanASCII`, except that
    /// precomposed Vietnamese letters (`CellScan.isVietnameseLetter`) may stand among the ASCII
    /// characters. Those letters are NFC and `cleanup` keeps each as it is (it places no tone and
    /// changes no case); every other non-ASCII scalar goes to `cleanup`.
    static func isCleanPlain(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var previousSpace = true  // a leading space is not clean
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x20 {
                    if previousSpace { return false }
                    previousSpace = true
                    i += 1
                    continue
                }
                previousSpace = false
                if b < 0x80 {
                    guard b > 0x20 && b < 0x7F else { return false }
                    i += 1
                    continue
                }
                guard b >= 0xC0 && b < 0xF0 else { return false }
                let length = b < 0xE0 ? 2 : 3
                guard i + length <= bytes.count else { return false }
                var value = UInt32(b) & (length == 2 ? 0x1F : 0x0F)
                for k in 1..<length { value = (value << 6) | (UInt32(bytes[i + k]) & 0x3F) }
                guard CellScan.isVietnameseLetter(value) else { return false }
                i += length
            }
            return !previousSpace || bytes.isEmpty
        }
    }

    /// `isCleanASCII` on UTF-8 bytes.
    static func isCleanASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousSpace = true  // a leading space is not clean
        for b in bytes {
            if b == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else {
                guard b > 0x20 && b < 0x7F else { return false }
                previousSpace = false
            }
        }
        return !previousSpace || bytes.isEmpty
    }
}
