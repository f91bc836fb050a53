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
///
/// The rules run per syllable (a run of ASCII lower-case letters; other bytes are copied).
/// Syllables of up to 7 letters are first looked up in ``syllables`` (the rules applied in
/// advance to every onset + rhyme of the language), which avoids the rules' hard-to-predict
/// branches; a syllable not in the table goes through the rules.
public enum PhoneticKey {
    /// The syllables looked up before the rules run.
    static let syllables = PhoneticSyllableTable()

    /// The key of a folded name.
    public static func make(folded: String) -> String {
        var folded = folded
        return folded.withUTF8 { make(foldedBytes: $0) }
    }

    /// The key of a folded name given as UTF-8 bytes.
    static func make(foldedBytes bytes: UnsafeBufferPointer<UInt8>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity(bytes.count)) { out -> String in
            guard let base = bytes.baseAddress else { return "" }
            let length = write(base, count: bytes.count, into: out.baseAddress!)
            return String(utf8Bytes: UnsafeBufferPointer(start: out.baseAddress, count: length))
        }
    }

    /// The output capacity ``write(_:count:into:)`` needs for `byteCount` input bytes (the key
    /// is never longer than its input; the table lookup stores 8 bytes at a time).
    static func capacity(_ byteCount: Int) -> Int { byteCount + 8 }

    /// Writes the key of the folded name `s[0..<count]` to `out` (``capacity(_:)`` bytes) and
    /// returns its length.
    static func write(_ s: UnsafePointer<UInt8>, count n: Int, into out: UnsafeMutablePointer<UInt8>) -> Int {
        let table = syllables
        var len = 0, i = 0
        while i < n {
            let b = s[i]
            if b &- 0x61 >= 26 { out[len] = b; len &+= 1; i &+= 1; continue }
            // The syllable's end, and its code (see ``PhoneticSyllableTable``).
            var code = UInt64(b)
            var e = i &+ 1
            while e < n {
                let c = s[e]
                if c &- 0x61 >= 26 { break }
                code = code &<< 8 | UInt64(c)
                e &+= 1
            }
            len = syllable(s, i, e, e &- i <= 7 ? UInt64(e &- i) << 56 | code : 0, table, out, len)
            i = e
        }
        return len
    }

    /// ``write(_:count:into:)`` for a folded key of `wordCount` words (ASCII lower-case letters
    /// separated by single spaces) whose word codes ``CleanNameScan`` wrote to `words`.
    static func write(words: UnsafePointer<UInt64>, count wordCount: Int, folded s: UnsafePointer<UInt8>, foldedCount n: Int,
                      into out: UnsafeMutablePointer<UInt8>) -> Int {
        let table = syllables
        var len = 0, start = 0
        for w in 0..<wordCount {
            if w > 0 { out[len] = 0x20; len &+= 1 }
            let code = words[w]
            var end = start &+ Int(truncatingIfNeeded: code &>> 56)
            if code == 0 {
                end = start
                while end < n && s[end] != 0x20 { end &+= 1 }
            }
            len = syllable(s, start, end, code, table, out, len)
            start = end &+ 1
        }
        return len
    }

    /// One syllable `s[start..<end]` with its `code` (0 for one of more than 7 letters): from
    /// the table when it is there, else by the rules. Returns the new length.
    @inline(__always) private static func syllable(_ s: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ code: UInt64,
                                                   _ table: PhoneticSyllableTable, _ out: UnsafeMutablePointer<UInt8>,
                                                   _ len: Int) -> Int {
        if code != 0, let value = table.lookup(code) {
            // The key's bytes in the low 7 bytes of `value`, its length in the top byte; out has
            // room for the 8-byte store (the key so far is at most `start` bytes long).
            UnsafeMutableRawPointer(out + len).storeBytes(of: value.littleEndian, as: UInt64.self)
            return len &+ Int(truncatingIfNeeded: value &>> 56)
        }
        return syllable(s, start, end, out, len)
    }

    @inline(__always) static func isVowel(_ b: UInt8) -> Bool {
        // a e i o u y as bits of a mask over b - "a" (bytes outside a…z give false).
        let d = b &- 0x61
        return d < 32 && (UInt32(0x0110_4111) &>> UInt32(d)) & 1 != 0
    }

    /// The rules on one syllable `s[start..<end]` (ASCII lower-case letters), written to `out`
    /// from `length`; returns the new length.
    @inline(__always) static func syllable(_ s: UnsafePointer<UInt8>, _ start: Int, _ end: Int,
                                           _ out: UnsafeMutablePointer<UInt8>, _ length: Int) -> Int {
        var i = start, len = length
        let c1: UInt8 = i &+ 1 < end ? s[i &+ 1] : 0
        // Onset.
        switch s[i] {
        case 0x67:                                                   // g
            if c1 == 0x69 {                                          // gi → d
                out[len] = 0x64; len &+= 1
                let c2: UInt8 = i &+ 2 < end ? s[i &+ 2] : 0
                i &+= isVowel(c2) && c2 != 0x65 ? 2 : 1              // gia → da; giê → diê; gì → di
            } else if c1 == 0x68 {                                   // gh → g
                out[len] = 0x67; len &+= 1; i &+= 2
            }
        case 0x72, 0x76:                                             // r, v → d
            out[len] = 0x64; len &+= 1; i &+= 1
        case 0x74:                                                   // tr → ch
            if c1 == 0x72 { out[len] = 0x63; out[len &+ 1] = 0x68; len &+= 2; i &+= 2 }
        case 0x78:                                                   // x → s
            out[len] = 0x73; len &+= 1; i &+= 1
        case 0x6E:
            if c1 == 0x67 {                                          // ngh → ng
                if i &+ 2 < end && s[i &+ 2] == 0x68 { out[len] = 0x6E; out[len &+ 1] = 0x67; len &+= 2; i &+= 3 }
            } else if isVowel(c1) {                                  // n → l
                out[len] = 0x6C; len &+= 1; i &+= 1
            }
        case 0x6B:                                                   // k → c (kh stays)
            if c1 != 0x68 { out[len] = 0x63; len &+= 1; i &+= 1 }
        default:
            break
        }
        // The rest of the onset, then the vowels (y → i).
        while i < end && !isVowel(s[i]) { out[len] = s[i]; len &+= 1; i &+= 1 }
        while i < end {
            let v = s[i]
            if !isVowel(v) { break }
            out[len] = v == 0x79 ? 0x69 : v; len &+= 1; i &+= 1
        }
        // Coda: ng, nh → n; c, ch → t; anything else as is.
        let rest = end &- i
        if rest == 2 {
            let f0 = s[i], f1 = s[i &+ 1]
            if f0 == 0x6E && (f1 == 0x67 || f1 == 0x68) { out[len] = 0x6E; return len &+ 1 }
            if f0 == 0x63 && f1 == 0x68 { out[len] = 0x74; return len &+ 1 }
        } else if rest == 1 && s[i] == 0x63 {
            out[len] = 0x74; return len &+ 1
        }
        while i < end { out[len] = s[i]; len &+= 1; i &+= 1 }
        return len
    }
}
