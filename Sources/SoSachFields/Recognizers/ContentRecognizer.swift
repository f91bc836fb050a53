import SoSachText

/// Cheap guesses about what a cell holds, for layout detection (which column is the name, the
/// date of birth, the ID number, the phone) when headers are missing or ambiguous.
///
/// Each function looks at one cell and answers quickly (bytes, no allocation for the common
/// cases); callers vote over many cells of a column. The answers overlap on purpose: a
/// 9-digit number looks like a CMND and like a phone that lost its 0; a 4-digit year looks
/// like a date. Stateless and thread-safe.
public enum ContentRecognizer {
    /// A person's name: 2–6 words of letters (apostrophe, hyphen and a trailing abbreviation
    /// dot allowed), each word at most 8 letters with one vowel group, and a known family name
    /// first (or last, for Ê Đê/Jrai names starting with "Y" or "H'"), from the shared
    /// ``NameDictionary``.
    ///
    /// Names of letters and spaces are decided on their bytes (``fastLooksLikePersonName(_:)``),
    /// without copying the dictionary or making a String per word; the answer is the one of
    /// ``looksLikePersonName(_:dictionary:)`` with `.shared`.
    public static func looksLikePersonName(_ text: String) -> Bool {
        var copy = text
        if let answer = copy.withUTF8({ fastLooksLikePersonName($0) }) { return answer }
        return looksLikePersonName(text, dictionary: .shared)
    }

    /// ``looksLikePersonName(_:)`` for a caller that has scanned the cell already: `bytes` and
    /// `scan` are `text`'s UTF-8 bytes and their ``CellScan``.
    public static func looksLikePersonName(_ text: String, bytes: UnsafeBufferPointer<UInt8>, scan: CellScan) -> Bool {
        if let answer = fastLooksLikePersonName(bytes, scan: scan) { return answer }
        return looksLikePersonName(text, dictionary: .shared)
    }

    /// ``looksLikePersonName(_:)`` with a given dictionary (the reference definition).
    public static func looksLikePersonName(_ text: String, dictionary: NameDictionary) -> Bool {
        // Any ASCII byte other than a letter, a word separator or ' - . lies inside a word
        // and is not a letter: rule the cell out before splitting it into Characters.
        var plain = text
        let asciiOK = plain.withUTF8 { bytes in
            for b in bytes where b < 0x80 {
                switch b {
                case 0x41...0x5A, 0x61...0x7A, 0x20, 0x09, 0x27, 0x2D, 0x2E: continue
                default: return false
                }
            }
            return true
        }
        guard asciiOK else { return false }
        let words = splitWordsOnBytes(plain) ?? splitWordsByCharacters(plain)
        guard (2...6).contains(words.count) else { return false }
        for word in words {
            guard word.utf8.count <= 24 else { return false }
            var letters = 0
            for scalar in word.unicodeScalars {
                // ASCII scalars: the alphabetic ones are exactly the letters (no property lookup).
                if scalar.isASCII {
                    switch scalar.value {
                    case 0x41...0x5A, 0x61...0x7A: letters += 1; continue
                    case 0x27, 0x2D, 0x2E: continue
                    default: return false
                    }
                }
                if scalar.properties.isAlphabetic { letters += 1; continue }
                if scalar == "’" { continue }
                if scalar.value >= 0x300 && scalar.value <= 0x36F { continue }
                return false
            }
            guard letters > 0 && letters <= 8 else { return false }
        }
        let first = String(words[0]), last = String(words[words.count - 1])
        // Without diacritics ("NGUYEN VAN DUC") compare folded; with them exactly, so that
        // "Họ và tên" (a header) does not pass as the family name Hồ.
        let folded = !VietnameseText.hasDiacritics(text)
        if dictionary.isFamilyName(first, folded: folded) { return true }
        let edeJrai = first == "Y" || first.hasPrefix("H'") || first.hasPrefix("H’")
        return edeJrai && (dictionary.isFamilyName(last, folded: folded) || words.count <= 4)
    }

    /// The words of `text` split at " ", U+00A0 and tab on its bytes: the same words as
    /// ``splitWordsByCharacters(_:)``, or nil when that cannot be decided on bytes alone.
    /// The two splits agree when no separator is joined with a neighbour into one Character:
    /// every scalar is ASCII other than CR, in U+0080–U+02FF or U+1E00–U+1EFF (none of these is
    /// a Prepend, Extend, ZWJ or SpacingMark, and the controls among them never join), or a
    /// combining mark U+0300–U+036F that does not directly follow a separator (it then extends
    /// a letter, not a separator). Any other text takes the Character split.
    static func splitWordsOnBytes(_ text: String) -> [Substring]? {
        var text = text
        let ranges: [Range<Int>]? = text.withUTF8 { bytes in
            var ranges: [Range<Int>] = []
            var start = 0, i = 0
            var inWord = false, afterSeparator = false
            let end = bytes.count
            while i < end {
                let b = bytes[i]
                var next = i + 1
                var separator = false
                if b == 0x20 || b == 0x09 {
                    separator = true
                } else if b == 0x0D {
                    return nil
                } else if b >= 0x80 {
                    // Decode the scalar (a String is valid UTF-8).
                    var value: UInt32
                    if b >= 0xF0 { value = UInt32(b & 0x07); next = i + 4 } else if b >= 0xE0 { value = UInt32(b & 0x0F); next = i + 3 } else { value = UInt32(b & 0x1F); next = i + 2 }
                    for k in (i + 1)..<next { value = (value << 6) | UInt32(bytes[k] & 0x3F) }
                    if value == 0xA0 {
                        separator = true
                    } else if value < 0x300 || (value >= 0x1E00 && value <= 0x1EFF) {
                        // Neither joins nor is joined.
                    } else if value <= 0x36F {
                        if afterSeparator { return nil }
                    } else {
                        return nil
                    }
                }
                if separator {
                    if inWord { ranges.append(start..<i); inWord = false }
                    afterSeparator = true
                } else {
                    if !inWord { start = i; inWord = true }
                    afterSeparator = false
                }
                i = next
            }
            if inWord { ranges.append(start..<end) }
            return ranges
        }
        guard let ranges else { return nil }
        let utf8 = text.utf8, base = utf8.startIndex
        return ranges.map { r in
            text[utf8.index(base, offsetBy: r.lowerBound)..<utf8.index(base, offsetBy: r.upperBound)]
        }
    }

    /// The words of `text` split at " ", U+00A0 and tab as Characters (the reference split).
    static func splitWordsByCharacters(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\t" })
    }

    /// A date of birth in any form ``DateParser`` reads (full date, month and year, year,
    /// Excel serial) that is plausible for `parser`'s run date. Bare integers count only as
    /// years (1900…today) or as serials when `serials` is true.
    public static func looksLikeDate(_ text: String, serials: Bool = false) -> Bool {
        var copy = text
        if !serials { return copy.withUTF8 { looksLikeDate(text, utf8: $0) } }
        // Every form DateParser reads has an ASCII digit (the year or the serial): skip
        // building a parser (and reading the clock) for the other cells.
        guard copy.withUTF8({ $0.contains(where: { $0 &- 0x30 < 10 }) }) else { return false }
        return looksLikeDate(text, serials: true, parser: DateParser())
    }

    /// ``looksLikeDate(_:serials:)`` without serials for a caller that holds the cell's UTF-8
    /// bytes already (`bytes` are `text`'s).
    public static func looksLikeDate(_ text: String, utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Every form DateParser reads has an ASCII digit (the year or the serial): skip
        // building a parser (and reading the clock) for the other cells.
        guard bytes.contains(where: { $0 &- 0x30 < 10 }) else { return false }
        if let answer = fastLooksLikeDate(bytes) { return answer }
        return looksLikeDate(text, serials: false, parser: DateParser())
    }

    /// ``looksLikeDate(_:serials:)`` as defined: through ``DateParser`` for every cell with a
    /// digit (the reference for the byte paths).
    static func referenceLooksLikeDate(_ text: String, serials: Bool = false) -> Bool {
        guard asciiDigitCount(text) > 0 else { return false }
        return looksLikeDate(text, serials: serials, parser: DateParser())
    }

    /// ``looksLikeDate(_:serials:)`` with a given parser.
    public static func looksLikeDate(_ text: String, serials: Bool = false, parser: DateParser) -> Bool {
        let result = parser.parse(text)
        guard result.value != nil else { return false }
        return serials || !result.flags.contains("date.excel_serial")
    }

    /// A national ID number: after removing spaces, dots, dashes, a leading apostrophe and a
    /// trailing ".0", 9 or 12 digits (or 8 / 10–11 digits that Excel shortened), or the
    /// scientific notation of a shortened one ("7.9196E+10").
    public static func looksLikeNationalID(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { nationalIDOnBytes($0) }
    }

    /// ``looksLikeNationalID(_:)`` of a cell's UTF-8 bytes.
    public static func looksLikeNationalID(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool { nationalIDOnBytes(bytes) }

    /// ``looksLikeNationalID(_:)`` as defined on `NationalIDShape` (the reference).
    static func referenceLooksLikeNationalID(_ text: String) -> Bool {
        if NationalIDShape.scientific(text) { return true }
        guard let digits = NationalIDShape.digits(text) else { return false }
        return (8...12).contains(digits.count)
    }

    /// A Vietnamese phone number: 9–11 national digits after removing +84/84/0084, spaces,
    /// dots, dashes and parentheses, starting with a mobile or landline prefix.
    public static func looksLikePhone(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { looksLikePhone(text, utf8: $0) }
    }

    /// ``looksLikePhone(_:)`` for a caller that holds the cell's UTF-8 bytes already (`bytes`
    /// are `text`'s).
    public static func looksLikePhone(_ text: String, utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A number PhoneCleaner accepts has 10 or 11 national digits, of which at most one
        // (the leading 0) is added: fewer than 9 digits in the whole cell cannot pass.
        var digits = 0
        for b in bytes where b &- 0x30 < 10 { digits += 1 }
        guard digits >= 9 else { return false }
        if let answer = fastLooksLikePhone(bytes) { return answer }
        return PhoneCleaner().clean(text).value != nil
    }

    /// ``looksLikePhone(_:)`` as defined: through ``PhoneCleaner`` (the reference).
    static func referenceLooksLikePhone(_ text: String) -> Bool {
        guard asciiDigitCount(text) >= 9 else { return false }
        return PhoneCleaner().clean(text).value != nil
    }

    /// The number of ASCII digits in `text`.
    static func asciiDigitCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var n = 0
            for b in bytes where b &- 0x30 < 10 { n += 1 }
            return n
        }
    }

    /// A gender cell: Nam/Nữ and their variants (see ``GenderParser``).
    public static func looksLikeGender(_ text: String) -> Bool {
        GenderParser().parse(text).value != nil
    }
}
