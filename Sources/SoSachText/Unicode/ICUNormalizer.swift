import CICU

/// Unicode normalisation through ICU's `unorm2` (NFC and NFD singletons, which ICU owns and
/// which are never freed), with byte-level fast paths that skip ICU for the common cases.
///
/// Thread safety: the normaliser instances are immutable singletons, so every function here
/// may be called from any thread.
public enum ICUNormalizer {
    /// `text` in NFC. ASCII and text made only of scalars that are NFC on their own (see
    /// ``isTriviallyNFC(_:)``) are returned unchanged without calling ICU.
    public static func nfc(_ text: String) -> String {
        if isTriviallyNFC(text) { return text }
        return ICUBuffer.map(text) { cicu_nfc($0, $1, $2, $3, $4) } ?? text
    }

    /// `text` in NFD (canonical decomposition). ASCII is returned unchanged.
    public static func nfd(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        return ICUBuffer.map(text) { cicu_nfd($0, $1, $2, $3, $4) } ?? text
    }

    /// Whether `text` is in NFC: the byte fast path first, then ICU's quick check, then its full
    /// check when the quick check says "maybe".
    public static func isNFC(_ text: String) -> Bool {
        if isTriviallyNFC(text) { return true }
        let (quick, status) = ICUBuffer.check(text) { cicu_nfc_quick_check($0, $1, $2) }
        if status > 0 { return false }
        if quick != 2 { return quick == 1 }
        let (full, fullStatus) = ICUBuffer.check(text) { cicu_nfc_is_normalized($0, $1, $2) }
        return fullStatus <= 0 && full == 1
    }

    /// True when every scalar of `text` is NFC whatever surrounds it: below U+0300 (ASCII,
    /// Latin-1, Latin Extended-A/B, IPA) or in Latin Extended Additional (U+1E00–U+1EFF, which
    /// holds the precomposed Vietnamese letters). None of these decomposes to something else
    /// (no singleton), and none can combine with a preceding scalar, so a string made only of
    /// them is NFC. Reads UTF-8 bytes; never calls ICU. Tests check the claim against ICU for
    /// every scalar of both ranges.
    @inlinable
    public static func isTriviallyNFC(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isTriviallyNFC(utf8: $0) }
    }

    /// ``isTriviallyNFC(_:)`` over UTF-8 bytes.
    @inlinable
    public static func isTriviallyNFC(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            if b < 0xCC { i += 2; continue }         // U+0080..U+02FF (lead bytes C2..CB)
            if b == 0xE1, i + 1 < n {
                let b1 = bytes[i + 1]
                if b1 == 0xB8 || b1 == 0xB9 || b1 == 0xBA || b1 == 0xBB { i += 3; continue } // U+1E00..U+1EFF
            }
            return false
        }
        return true
    }
}

extension ICUNormalizer {
    /// ICU NFC without the fast path (the caller already knows the text needs it).
    static func nfcUnchecked(_ text: String) -> String {
        ICUBuffer.map(text) { cicu_nfc($0, $1, $2, $3, $4) } ?? text
    }
}
