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
    /// first (or last, for Ê Đê/Jrai names starting with "Y" or "H'").
    public static func looksLikePersonName(_ text: String, dictionary: NameDictionary = .shared) -> Bool {
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
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\t" })
        guard (2...6).contains(words.count) else { return false }
        for word in words {
            guard word.utf8.count <= 24 else { return false }
            var letters = 0
            for scalar in word.unicodeScalars {
                if scalar.properties.isAlphabetic { letters += 1; continue }
                if scalar == "'" || scalar == "’" || scalar == "-" || scalar == "." { continue }
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

    /// A date of birth in any form ``DateParser`` reads (full date, month and year, year,
    /// Excel serial) that is plausible for `parser`'s run date. Bare integers count only as
    /// years (1900…today) or as serials when `serials` is true.
    public static func looksLikeDate(_ text: String, serials: Bool = false) -> Bool {
        // Every form DateParser reads has an ASCII digit (the year or the serial): skip
        // building a parser (and reading the clock) for the other cells.
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
        if NationalIDShape.scientific(text) { return true }
        guard let digits = NationalIDShape.digits(text) else { return false }
        return (8...12).contains(digits.count)
    }

    /// A Vietnamese phone number: 9–11 national digits after removing +84/84/0084, spaces,
    /// dots, dashes and parentheses, starting with a mobile or landline prefix.
    public static func looksLikePhone(_ text: String) -> Bool {
        // A number PhoneCleaner accepts has 10 or 11 national digits, of which at most one
        // (the leading 0) is added: fewer than 9 digits in the whole cell cannot pass.
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
