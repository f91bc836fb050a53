/// One word of a unit name or address, in the two comparison forms of `UnitNameFolder`.
struct UnitToken: Sendable, Hashable {
    /// Lower-case ASCII without marks ("thuy").
    var folded: String
    /// Lower case with vowel marks, tone as a final digit ("thuy3").
    var exact: String
    /// Whether the written word carried a tone or vowel mark (or đ).
    var hasDiacritics: Bool
    /// Whether a dot followed the word ("P." "TP."), which marks abbreviations.
    var dotAfter: Bool = false
    /// Whether a segment break (comma, semicolon, line break, parenthesis) precedes the word.
    var breakBefore: Bool = false
    /// Whether a spaced hyphen (" - ") precedes the word: a break only before a type word.
    var softBreakBefore: Bool = false

    /// Whether the word is all digits.
    var isNumber: Bool { folded.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
}
