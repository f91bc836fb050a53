/// Scores decoded text (UTF-8) by how Vietnamese it looks: the share of its non-ASCII words that are
/// legal Vietnamese syllables, minus half the symbol characters glued to letters per word.
///
/// Words are split at ASCII non-letters (space, punctuation, digits, delimiters) and at NBSP; a
/// non-ASCII symbol inside a word (`V¨n`, `§øc` read the wrong way) stays in it and counts as glued.
/// A word that is not lower case, Title case or CAPITALS ("TrƠn", "HÂng") is not a syllable.
struct SyllableScore: Sendable, Equatable {
    /// Words with at least one non-ASCII character.
    var words = 0
    /// Of those, the legal Vietnamese syllables.
    var valid = 0
    /// Non-ASCII symbols glued to letters.
    var glued = 0

    /// `valid / words − 0.5 × glued / words`, 0 when there are no non-ASCII words.
    var value: Double {
        words == 0 ? 0 : (Double(valid) - 0.5 * Double(glued)) / Double(words)
    }

    static func += (lhs: inout SyllableScore, rhs: SyllableScore) {
        lhs.words += rhs.words
        lhs.valid += rhs.valid
        lhs.glued += rhs.glued
    }
}

enum SyllableScorer {
    /// The word being read: its letter codes (16, no allocation) and what was seen in it.
    private struct Word {
        var codes: (UInt64, UInt64) = (0, 0)
        var letters = 0, tones = 0, symbols = 0, tonePosition = -1
        var tone: UInt8 = 0
        var nonASCII = false, foreign = false
        var anyLower = false, upperAfterFirst = false

        /// Adds the word to `result` (if it has a non-ASCII character) and starts the next one.
        @inline(__always)
        mutating func finish(into result: inout SyllableScore) {
            if nonASCII {
                result.words += 1
                if letters > 0 { result.glued += symbols }
                if !foreign && !(anyLower && upperAfterFirst) && symbols == 0 && tones <= 1 && letters > 0 && letters <= 8 {
                    let (letters, tone, tonePosition) = (letters, tone, tonePosition)
                    let valid = withUnsafeBytes(of: &codes) { raw in
                        VietnameseSyllable.isValid(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: letters),
                                                   tone: tone, tonePosition: tonePosition)
                    }
                    if valid { result.valid += 1 }
                }
            }
            self = Word()
        }
    }

    /// Scores `text`, stopping after `maxWords` non-ASCII words (a few hundred decide any file).
    static func score(_ text: UnsafeBufferPointer<UInt8>, maxWords: Int = .max) -> SyllableScore {
        // The letter table is loaded once (not once per character).
        VietnameseLetters.info.withUnsafeBufferPointer { info in score(text, maxWords: maxWords, info: info) }
    }

    private static func score(_ text: UnsafeBufferPointer<UInt8>, maxWords: Int, info table: UnsafeBufferPointer<UInt16>) -> SyllableScore {
        var result = SyllableScore()
        let n = text.count
        var word = Word()
        var i = 0
        while i < n && result.words < maxWords {
            let b = text[i]
            var scalar: UInt32
            if b < 0x80 {
                scalar = UInt32(b)
                i += 1
            } else if b < 0xE0 && i + 1 < n {
                scalar = UInt32(b & 0x1F) << 6 | UInt32(text[i + 1] & 0x3F)
                i += 2
            } else if b < 0xF0 && i + 2 < n {
                scalar = UInt32(b & 0x0F) << 12 | UInt32(text[i + 1] & 0x3F) << 6 | UInt32(text[i + 2] & 0x3F)
                i += 3
            } else {
                scalar = 0xFFFD
                i += b >= 0xF0 ? min(4, n - i) : 1
            }
            // As `VietnameseLetters.infoOf`.
            let info = scalar < UInt32(VietnameseLetters.infoLimit) ? table[Int(scalar)] : 0
            if info != 0 {
                if word.letters < 16 {
                    let index = word.letters
                    withUnsafeMutableBytes(of: &word.codes) { $0[index] = UInt8(truncatingIfNeeded: info) }
                }
                word.letters += 1
                let t = UInt8((info >> 8) & 7)
                if t != 0 { word.tone = t; word.tones += 1; word.tonePosition = word.letters - 1 }
                // Words are lower case, Title case or CAPITALS: "TrƠn" or "HÂng" is a wrong reading.
                if info & 0x0800 == 0 { word.anyLower = true } else if word.letters > 1 { word.upperAfterFirst = true }
                if scalar >= 0x80 { word.nonASCII = true }
            } else if scalar < 0x80 || scalar == 0xA0 {
                word.finish(into: &result)
            } else {
                word.nonASCII = true
                if (0xC0...0x24F).contains(scalar) || (0x300...0x36F).contains(scalar) || (0x1E00...0x1EFF).contains(scalar) {
                    word.foreign = true
                    word.letters += 1
                } else {
                    word.symbols += 1
                }
            }
        }
        word.finish(into: &result)
        return result
    }

    static func score(_ bytes: [UInt8]) -> SyllableScore {
        bytes.withUnsafeBufferPointer { score($0) }
    }
}
