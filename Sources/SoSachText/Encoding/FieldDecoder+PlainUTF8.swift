/// The fast path of `FieldDecoder` for clean UTF-8 cells (most cells of most files).
///
/// `decode` on UTF-8 validates, repairs mojibake and normalises, through three buffers. A cell
/// that is valid UTF-8, NFC by `UTF8Normalizer`'s fast rule and holds nothing `MojibakeRepair`
/// could take for mojibake or legacy bytes comes out of that unchanged and without flags, so
/// `decode` returns it as it is.
///
/// Why the mojibake test is exact (it follows `MojibakeRepair.fastRepair`, then `repairGeneral`):
/// runs of non-ASCII characters are mapped back to bytes through Windows-1252, else 1258.
/// - A run of one character maps to one byte, never valid UTF-8: it stays (in the general path
///   too: a lone lead byte has no complete sequence to vouch for a lost byte).
/// - A run holding a letter of U+1EA0–U+1EF9 (ạ…ỹ, which neither code page has), or any other
///   run that neither maps, stays; and once one run cannot be mapped, the field is not scored
///   as legacy text.
/// - A longer run that maps to bytes starting with a byte no UTF-8 sequence starts with
///   (80–C1, F5–FF: "ươ" → FD F5) is neither mojibake nor lost bytes: it stays, and the field
///   is then kept when it reads as Vietnamese (the legacy test of both paths,
///   `SyllableScorer` ≥ 0.75 or no word). Any other longer run may be mojibake: not plain.
/// - A field whose runs all map is kept by the same Vietnamese test.
/// - A '?' right after a run may stand for a lost byte: not plain.
/// ASCII is plain too (UTF-8 decoding never changes it).
extension FieldDecoder {
    /// True when `decode` returns ASCII fields as they are with no flags: every ASCII-compatible
    /// encoding but VIQR (where ASCII is the encoding) and the TCVN3 capital font. (VISCII keeps
    /// ASCII from 0x20 up only.)
    package var passesASCIIThrough: Bool {
        encoding.isASCIICompatible && encoding != .viqr && encoding != .tcvn3Capital
    }

    /// `decode(bytes).string` and its flags; a UTF-8 or ASCII field that is plain (see above)
    /// becomes the String straight from its bytes, without the intermediate array.
    package func decodeString(_ bytes: UnsafeBufferPointer<UInt8>) -> (string: String, flags: [Flag]) {
        if encoding == .utf8 || encoding == .ascii,
           !(bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF),
           Self.isPlainUTF8(bytes, checksMojibake: repairsMojibake) {
            return (String(decoding: bytes, as: UTF8.self), [])
        }
        let decoded = decode(bytes)
        return (decoded.string, decoded.flags)
    }

    /// True when UTF-8/ASCII decoding would return `bytes` unchanged with no flags (see above).
    static func isPlainUTF8(_ bytes: UnsafeBufferPointer<UInt8>, checksMojibake: Bool) -> Bool {
        let n = bytes.count
        var i = 0
        var runStart = 0
        var runScalars = 0
        var runUnmappable = false
        var anyUnmappable = false
        var anyHigh = false
        var scored = false  // the outcome hangs on the Vietnamese test
        while i <= n {
            if i == n || bytes[i] < 0x80 {
                if runScalars > 0 {
                    if !runUnmappable && runScalars >= 2 && checksMojibake {
                        switch firstMappedByte(UnsafeBufferPointer(rebasing: bytes[runStart..<i])) {
                        case nil: runUnmappable = true
                        case let b? where b >= 0xC2 && b <= 0xF4: return false
                        default: scored = true
                        }
                    }
                    if i + 1 < n, bytes[i] == 0x3F, bytes[i + 1] >= 0x80 { return false }
                    anyUnmappable = anyUnmappable || runUnmappable
                    runScalars = 0
                    runUnmappable = false
                }
                i += 1
                continue
            }
            var subpart = 0
            let length = DecoderKernel.utf8SequenceLength(bytes, at: i, subpart: &subpart)
            guard length > 0 else { return false }
            let scalar = UTF8Normalizer.scalarAt(bytes, i).0
            guard UTF8Normalizer.isSafe(scalar) else { return false }
            anyHigh = true
            if runScalars == 0 { runStart = i }
            if scalar >= 0x1EA0 && scalar <= 0x1EF9 { runUnmappable = true }
            runScalars += 1
            i += length
        }
        guard anyHigh && checksMojibake else { return true }
        guard scored || !anyUnmappable else { return true }
        let score = SyllableScorer.score(bytes)
        return score.words == 0 || score.value >= 0.75
    }

    /// The first byte of `run` (valid UTF-8, no ASCII) mapped back through Windows-1252, or
    /// Windows-1258 when 1252 lacks one of its characters (as `MojibakeRepair` maps runs); nil
    /// when neither has them all.
    private static func firstMappedByte(_ run: UnsafeBufferPointer<UInt8>) -> UInt8? {
        var all1252 = true, all1258 = true
        var first1252: UInt8 = 0, first1258: UInt8 = 0
        var i = 0
        while i < run.count {
            let (scalar, length) = UTF8Normalizer.scalarAt(run, i)
            let b1252 = MojibakeRepair.windows1252Byte(scalar), b1258 = MojibakeRepair.windows1258Byte(scalar)
            if i == 0 { first1252 = b1252 ?? 0; first1258 = b1258 ?? 0 }
            all1252 = all1252 && b1252 != nil
            all1258 = all1258 && b1258 != nil
            i += length
        }
        return all1252 ? first1252 : all1258 ? first1258 : nil
    }
}
