/// The phonetic-ish blocking key of a folded name (lower-case ASCII, as in
/// ``PersonName/foldedKey``), merging the confusions of `names_variants.tsv` (relation "near"):
///
/// | confusion | rule (per syllable) |
/// | --- | --- |
/// | d / gi / r / v (Northern d-gi-r, Southern v-d) | onsets gi, r, v → d (gi before e/ê keeps its i: Giệu = Diệu) |
/// | s / x | onset x → s |
/// | ch / tr | onset tr → ch |
/// | l / n | onset n (not ng/nh) → l |
/// | c / k / q | onset k → c; ngh → ng; gh → g |
/// | i / y (Mỹ/Mĩ, Duy/Dui) | y → i |
/// | final n / ng / nh, t / c / ch (Southern) | ng, nh → n; c, ch → t |
///
/// Tones and modifiers are already gone in the folded key, which covers hỏi/ngã typos and
/// missing horns. Abbreviations ("Ng."), dropped middle names, missing spaces and Western
/// order are left to the linker's fuzzy comparison.
public enum PhoneticKey {
    /// The key of a folded name.
    public static func make(folded: String) -> String {
        var folded = folded
        return folded.withUTF8 { make(foldedBytes: $0) }
    }

    /// The key of a folded name given as UTF-8 bytes.
    static func make(foldedBytes bytes: UnsafeBufferPointer<UInt8>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 8) { out -> String in
            var len = 0
            var i = 0
            let n = bytes.count
            while i < n {
                if !isLetter(bytes[i]) { out[len] = bytes[i]; len += 1; i += 1; continue }
                var e = i
                while e < n && isLetter(bytes[e]) { e += 1 }
                syllable(bytes, i, e, out, &len)
                i = e
            }
            return String(utf8Bytes: UnsafeBufferPointer(start: out.baseAddress, count: len))
        }
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isVowel(_ b: UInt8) -> Bool {
        b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 || b == 0x79
    }

    @inline(__always) private static func syllable(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                                 _ out: UnsafeMutableBufferPointer<UInt8>, _ len: inout Int) {
        var i = start
        @inline(__always) func at(_ k: Int) -> UInt8 { k < end ? s[k] : 0 }
        @inline(__always) func emit(_ b: UInt8) { out[len] = b; len += 1 }
        // Onset.
        let c0 = at(i), c1 = at(i + 1), c2 = at(i + 2)
        if c0 == 0x67 && c1 == 0x69 {                        // gi
            emit(0x64)
            if isVowel(c2) && c2 != 0x65 { i += 2 } else { i += 1 }   // gia → da; giê → diê; gì → di
        } else if c0 == 0x72 || c0 == 0x76 {                 // r, v → d
            emit(0x64); i += 1
        } else if c0 == 0x74 && c1 == 0x72 {                 // tr → ch
            emit(0x63); emit(0x68); i += 2
        } else if c0 == 0x78 {                               // x → s
            emit(0x73); i += 1
        } else if c0 == 0x6E && c1 == 0x67 && c2 == 0x68 {   // ngh → ng
            emit(0x6E); emit(0x67); i += 3
        } else if c0 == 0x67 && c1 == 0x68 {                 // gh → g
            emit(0x67); i += 2
        } else if c0 == 0x6E && isVowel(c1) {                // n → l
            emit(0x6C); i += 1
        } else if c0 == 0x6B && c1 != 0x68 {                 // k → c (kh stays)
            emit(0x63); i += 1
        } else {
            while i < end && !isVowel(s[i]) { emit(s[i]); i += 1 }
        }
        // Nucleus and coda.
        while i < end && !isVowel(s[i]) { emit(s[i]); i += 1 }
        while i < end && isVowel(s[i]) { emit(s[i] == 0x79 ? 0x69 : s[i]); i += 1 }
        let f0 = at(i), f1 = at(i + 1)
        if (f0 == 0x6E && (f1 == 0x67 || f1 == 0x68)) && i + 2 == end {
            emit(0x6E)
        } else if f0 == 0x63 && (i + 1 == end || (f1 == 0x68 && i + 2 == end)) {
            emit(0x74)
        } else {
            while i < end { emit(s[i]); i += 1 }
        }
    }
}
