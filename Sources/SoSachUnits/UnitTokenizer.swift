import Foundation

/// Splits a unit name, an address or a title row into `UnitToken`s.
///
/// Letters and digits make words; a change from letters to digits or back starts a new word
/// ("P5" → "p" "5"); apostrophes join their neighbours ("H' Drai" → "hdrai"); commas,
/// semicolons, line breaks, parentheses and bars mark segment breaks; a hyphen with spaces on
/// both sides marks a soft break; everything else separates words.
enum UnitTokenizer {
    static func tokenize(_ text: String, folder: UnitNameFolder = .shared) -> [UnitToken] {
        var source = text
        // Decomposed input (NFD, from some Mac exports) is composed first; tone marks that do not
        // compose are still read below.
        if source.unicodeScalars.contains(where: { $0.value >= 0x300 && $0.value < 0x370 }) {
            source = source.precomposedStringWithCanonicalMapping
        }
        var tokens: [UnitToken] = []
        var folded: [UInt8] = []
        var exact: [UInt8] = []
        folded.reserveCapacity(16)
        exact.reserveCapacity(24)
        var tone: UInt8 = 0
        var marked = false
        var lastWasDigit = false
        var pendingBreak = false
        var pendingSoft = false
        var joinNext = false
        var lastSpace = false
        // A hyphen waiting for the next word: whether a space came before it, and after it.
        var hyphenSpacedBefore: Bool? = nil
        var hyphenSpacedAfter = false

        func flush() {
            guard !folded.isEmpty else { return }
            if tone > 0 { exact.append(0x30 + tone) }
            tokens.append(UnitToken(
                folded: String(decoding: folded, as: UTF8.self), exact: String(decoding: exact, as: UTF8.self),
                hasDiacritics: marked, breakBefore: pendingBreak, softBreakBefore: pendingSoft))
            folded.removeAll(keepingCapacity: true)
            exact.removeAll(keepingCapacity: true)
            tone = 0
            marked = false
            pendingBreak = false
            pendingSoft = false
        }

        for scalar in source.unicodeScalars {
            if let letter = folder.letter(scalar) {
                let isDigit = letter.ascii >= 0x30 && letter.ascii <= 0x39
                if !folded.isEmpty && isDigit != lastWasDigit && !joinNext { flush() }
                if let spacedBefore = hyphenSpacedBefore {
                    // Only " - " (spaces on both sides) separates parts; "Rang-Tháp" is one name.
                    if spacedBefore && hyphenSpacedAfter && !tokens.isEmpty { pendingSoft = true }
                    hyphenSpacedBefore = nil
                    hyphenSpacedAfter = false
                }
                joinNext = false
                lastSpace = false
                folded.append(letter.ascii)
                let base = letter.base.value
                if base < 0x80 {
                    exact.append(UInt8(base))
                } else {
                    // Every base letter is below U+0800: two UTF-8 bytes.
                    exact.append(UInt8(0xC0 | (base >> 6)))
                    exact.append(UInt8(0x80 | (base & 0x3F)))
                }
                if letter.tone != 0 { tone = letter.tone }
                if scalar.value >= 0x80 { marked = true }
                lastWasDigit = isDigit
                continue
            }
            if let combiningTone = UnitNameFolder.combiningTone(scalar) {
                tone = combiningTone
                marked = true
                continue
            }
            if scalar.value >= 0x300 && scalar.value < 0x370 { marked = true; continue }
            switch scalar.value {
            case 0x27, 0x2019, 0x2018, 0x60, 0xB4, 0x2BC:
                // Apostrophe inside a name: keep the word open, skipping spaces after it.
                if !folded.isEmpty { joinNext = true }
                lastSpace = false
            case 0x2C, 0x3B, 0x0A, 0x0D, 0x28, 0x29, 0x7C, 0x5B, 0x5D:
                flush()
                joinNext = false
                hyphenSpacedBefore = nil
                pendingBreak = true
                lastSpace = false
            case 0x2E:
                if !joinNext {
                    flush()
                    if let last = tokens.indices.last { tokens[last].dotAfter = true }
                }
                lastSpace = false
            case 0x2D, 0x2013, 0x2014:
                flush()
                joinNext = false
                hyphenSpacedBefore = lastSpace
                hyphenSpacedAfter = false
                lastSpace = false
            case 0x20, 0x09, 0xA0:
                if joinNext { continue }
                flush()
                if hyphenSpacedBefore != nil { hyphenSpacedAfter = true }
                lastSpace = true
            default:
                if !joinNext { flush() }
                lastSpace = false
            }
        }
        flush()
        return tokens
    }

    /// Drops leading zeros of number words ("05" → "5") so "P.05" and "Phường 5" meet.
    static func normaliseNumbers(_ tokens: inout [UnitToken]) {
        for index in tokens.indices where tokens[index].isNumber && tokens[index].folded.count > 1 {
            var digits = Substring(tokens[index].folded)
            while digits.count > 1 && digits.first == "0" { digits = digits.dropFirst() }
            tokens[index].folded = String(digits)
            tokens[index].exact = String(digits)
        }
    }

    /// The value of a Roman numeral word from 1 to 39 ("iv" → 4), or `nil`.
    static func romanValue(_ word: String) -> Int? {
        let values: [UInt8: Int] = [0x69: 1, 0x76: 5, 0x78: 10]
        var total = 0
        var previous = 0
        let bytes = Array(word.utf8)
        guard !bytes.isEmpty, bytes.count <= 6 else { return nil }
        for byte in bytes.reversed() {
            guard let value = values[byte] else { return nil }
            if value < previous { total -= value } else { total += value; previous = value }
        }
        // Reject non-canonical spellings such as "iiii" or "vx".
        guard total > 0, total < 40, romanString(total) == word else { return nil }
        return total
    }

    private static func romanString(_ value: Int) -> String {
        let tens = ["", "x", "xx", "xxx"]
        let ones = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
        return tens[value / 10] + ones[value % 10]
    }
}
