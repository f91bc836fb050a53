/// The byte-level fast path of the person-name pipeline: recognises a name that is already
/// clean and builds its keys in one pass, without the general engine.
///
/// Invariant (the contract the tests check): when ``scan(_:toneStyle:into:)`` accepts a text,
/// ``VietnameseText/normalize(_:options:)`` with
/// ``VietnameseTextOptions/personName(toneStyle:)`` returns that very text with no changes, and
/// its `key`, `foldedKey` and `hasDiacritics` equal the key bytes, the folded-key bytes written
/// to the caller's buffer and ``hasDiacritics``, byte for byte. When the scan declines (returns nil), nothing is known and
/// the caller runs the general pipeline.
///
/// Accepted: words made only of letters of the letter table (ASCII letters and the 134
/// precomposed Vietnamese letters, checked on UTF-8 bytes with the decode table, no `Character`
/// work, no ICU), each a capital followed by lower-case letters (what name title case gives for
/// words without an apostrophe or hyphen), separated by single ASCII spaces, no leading or
/// trailing space, and every syllable's tone already where `toneStyle` puts it. Everything else
/// — apostrophes, hyphens, digits, punctuation, combining marks, other scripts, odd or invisible
/// spaces, a misplaced tone — is declined, so the general path keeps deciding (and flagging)
/// every repair.
package struct CleanNameScan {
    typealias L = VietnameseLetterCells

    /// The exact key (lower case, traditional tones), as `NormalizedText.key`: the first
    /// `keyLength` bytes of the output.
    package let keyLength: Int
    /// The folded key (lower-case ASCII, đ → d), as `NormalizedText.foldedKey`: `foldedLength`
    /// bytes of the output from `foldedStart` (0 when the key is ASCII: the same bytes).
    package let foldedStart: Int
    package let foldedLength: Int
    /// Whether any letter carries a tone or a modifier.
    package let hasDiacritics: Bool
    /// How many words the name has (and codes written, when asked for).
    package let wordCount: Int
    /// Where the first and the last space are in the input bytes (the input's length when
    /// there is none), and the byte lengths of the first word in the key and in the folded key.
    package let firstSpace: Int
    package let lastSpace: Int
    package let firstKeyWordLength: Int
    package let firstFoldedWordLength: Int

    /// Whether the key is ASCII (then the folded key is the key).
    package var isASCII: Bool { foldedStart == 0 }

    /// The output capacity ``scan(_:toneStyle:into:)`` needs for a text of `byteCount` bytes.
    package static func capacity(_ byteCount: Int) -> Int { byteCount * 4 + 4 }

    /// The number of word codes ``scan(_:toneStyle:into:words:)`` may write for `byteCount` bytes.
    package static func wordCapacity(_ byteCount: Int) -> Int { byteCount / 2 + 1 }

    /// Scans `bytes` (the UTF-8 of a `String`); when they are an already-clean name in
    /// `toneStyle`, writes the keys to `out` (``capacity(_:)`` bytes) and returns where they
    /// are; nil when the name is not (or may not be) clean.
    ///
    /// With `words` (room for ``wordCapacity(_:)`` codes), also writes one code per word of
    /// the folded key, for per-word lookups without another pass over the bytes: a word of at
    /// most 7 bytes as `length << 56 | bytes` (first byte highest), a longer word as 0.
    ///
    /// One pass, word by word: each scalar is checked with the decode table; a lower-case
    /// letter is already its own key bytes (copied), only a word's capital is looked up; the
    /// cells of a word are kept for the tone check, which runs only for a toned word with
    /// several vowels (with one vowel the tone cannot be elsewhere) whose tone is not on its last
    /// modified vowel.
    package static func scan(_ bytes: UnsafeBufferPointer<UInt8>, toneStyle: ToneStyle, into out: UnsafeMutablePointer<UInt8>,
                             words: UnsafeMutablePointer<UInt64>? = nil) -> CleanNameScan? {
        let n = bytes.count
        guard n > 0 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: n) { cells -> CleanNameScan? in
            let table = L.decode
            let compose = L.compose
            let folded = out + 3 * n
            var keyLength = 0
            var count = 0   // cells so far, and bytes of the folded key
            var marks: UInt32 = 0
            var i = 0
            var wordCount = 0
            var firstSpace = n, lastSpace = n, firstKeyWordLength = 0, firstFoldedWordLength = 0
            while true {
                // One word: a capital then lower-case letters, up to one space or the end.
                let wordCell = count, wordKey = keyLength
                var code: UInt64 = 0   // the word's folded bytes, the last 8 of them
                var wordMarks: UInt32 = 0
                var vowels: UInt32 = 0
                var first = true
                while i < n {
                    let b0 = bytes[i]
                    if b0 &- 0x61 < 26 && !first {
                        // The common case: an ASCII lower-case letter inside a word is its own
                        // key and folded byte, without tone or modifier.
                        let c = table[Int(b0)]
                        cells[count] = c
                        folded[count] = b0
                        out[keyLength] = b0
                        code = code &<< 8 | UInt64(b0)
                        count &+= 1
                        keyLength &+= 1
                        vowels &+= (c >> 15) & 1
                        i &+= 1
                        continue
                    }
                    if b0 == 0x20 { break }
                    let s: UInt32, length: Int
                    if b0 < 0x80 {
                        s = UInt32(b0); length = 1
                    } else if b0 < 0xE0 {
                        // Valid UTF-8 (a String's bytes): a lead byte here is 0xC2…0xDF.
                        s = (UInt32(b0 & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F); length = 2
                    } else if b0 < 0xF0 {
                        s = (UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                        length = 3
                    } else {
                        return nil
                    }
                    guard s < 0x1F00 else { return nil }
                    let c = table[Int(s)]
                    // Not a letter, or not in name title case (a capital only first in a word).
                    guard c != 0, (c & L.upperBit != 0) == first else { return nil }
                    cells[count] = c
                    let base = L.base(c)
                    folded[count] = base
                    code = code &<< 8 | UInt64(base)
                    count += 1
                    wordMarks |= c
                    vowels += (c >> 15) & 1
                    if first {
                        first = false
                        if length == 1 {
                            out[keyLength] = b0 | 0x20
                            keyLength += 1
                        } else {
                            put(L.scalar(c & ~L.upperBit, compose), out, &keyLength)
                        }
                    } else {
                        // A lower-case letter of the table is its own key.
                        out[keyLength] = b0
                        if length > 1 {
                            out[keyLength + 1] = bytes[i + 1]
                            if length > 2 { out[keyLength + 2] = bytes[i + 2] }
                        }
                        keyLength += length
                    }
                    i += length
                }
                if first { return nil }   // no letter: leading, repeated or trailing space
                marks |= wordMarks
                // The engine moves nothing when the tone is on the word's last modified vowel
                // (ă â ê ô ơ ư take the tone in both styles; a modified vowel outside the
                // vowel cluster makes the word not one syllable, left alone).
                if vowels > 1 && wordMarks & L.toneMask != 0 && !toneOnLastModified(cells, wordCell, count) {
                    if !VietnameseTextEngine.placeTone(cells, wordCell, count, toneStyle).isEmpty { return nil }
                    if toneStyle != .traditional && !VietnameseTextEngine.placeTone(cells, wordCell, count, .traditional).isEmpty {
                        // The key has traditional tones: this word is written again.
                        keyLength = wordKey
                        for k in wordCell..<count {
                            let s = L.scalar(cells[k] & ~L.upperBit, compose)
                            if s < 0x80 { out[keyLength] = UInt8(truncatingIfNeeded: s); keyLength += 1 } else { put(s, out, &keyLength) }
                        }
                    }
                }
                if let words {
                    let length = count - wordCell
                    words[wordCount] = length <= 7 ? UInt64(length) << 56 | code : 0
                }
                if wordCount == 0 {
                    firstSpace = i
                    firstKeyWordLength = keyLength
                    firstFoldedWordLength = count
                }
                wordCount += 1
                if i == n { break }
                lastSpace = i
                out[keyLength] = 0x20
                keyLength += 1
                folded[count] = 0x20
                cells[count] = L.space
                count += 1
                i += 1
            }
            // A letter is non-ASCII exactly when it has a tone or a modifier (đ included).
            let hasDiacritics = marks & (L.toneMask | L.modifierMask) != 0
            return CleanNameScan(keyLength: keyLength, foldedStart: hasDiacritics ? 3 * n : 0, foldedLength: count,
                                 hasDiacritics: hasDiacritics, wordCount: wordCount, firstSpace: firstSpace,
                                 lastSpace: lastSpace, firstKeyWordLength: firstKeyWordLength,
                                 firstFoldedWordLength: firstFoldedWordLength)
        }
    }

    /// Whether the last toned cell of `cells[start..<end]` is also its last cell with a
    /// modifier (a toned cell is a vowel: then a modified vowel carries the tone).
    @inline(__always)
    static func toneOnLastModified(_ cells: UnsafeMutableBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Bool {
        var k = end - 1
        while k >= start {
            let c = cells[k]
            if c & L.modifierMask != 0 { return c & L.toneMask != 0 }
            if c & L.toneMask != 0 { return false }
            k -= 1
        }
        return false
    }

    /// A letter of the table (U+0080…U+1EFF: 2 or 3 bytes) as UTF-8.
    @inline(__always) static func put(_ s: UInt32, _ out: UnsafeMutablePointer<UInt8>, _ len: inout Int) {
        if s < 0x800 {
            out[len] = UInt8(truncatingIfNeeded: 0xC0 | (s >> 6))
            out[len + 1] = UInt8(truncatingIfNeeded: 0x80 | (s & 0x3F))
            len += 2
        } else {
            out[len] = UInt8(truncatingIfNeeded: 0xE0 | (s >> 12))
            out[len + 1] = UInt8(truncatingIfNeeded: 0x80 | ((s >> 6) & 0x3F))
            out[len + 2] = UInt8(truncatingIfNeeded: 0x80 | (s & 0x3F))
            len += 3
        }
    }
}
