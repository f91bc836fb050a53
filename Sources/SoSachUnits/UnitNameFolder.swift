import Foundation

/// Folds Vietnamese unit names into the two comparison keys the unit index uses.
///
/// This is a small, self-contained table over the Vietnamese letters (the 134 letters with
/// their tones, upper and lower case, plus đ/Đ), kept inside SoSachUnits until SoSachText's
/// folding key lands on main; the lead may later replace it by that one.
///
/// For every token (syllable) it produces:
/// - `folded`: lower case ASCII, tones and vowel marks removed, `đ` → `d` ("Thuỷ" → "thuy");
/// - `exact`: lower case with the vowel marks kept (ă â ê ô ơ ư đ) and the tone written once as a
///   digit at the end of the syllable ("Thuỷ" and "Thủy" → "thuy3"), so that the old and the new
///   tone placement compare equal while "Quỳ" and "Quý" stay apart.
///
/// Tone digits: 1 grave, 2 acute, 3 hook above, 4 tilde, 5 dot below.
struct UnitNameFolder: Sendable {
    /// What one letter contributes: its lower-case base with vowel marks (as a scalar), its ASCII
    /// fold, and its tone (0 = none).
    struct Letter: Sendable {
        var base: Unicode.Scalar
        var ascii: UInt8
        var tone: UInt8
    }

    /// Letters indexed by scalar value for the ranges Vietnamese uses (Latin-1, Latin Extended-A/B,
    /// Latin Extended Additional); `nil` for anything else.
    private let table: [Letter?]

    /// The shared folder (the table is built once).
    static let shared = UnitNameFolder()

    init() {
        var table = [Letter?](repeating: nil, count: 0x1F00)
        let bases: [(Character, UInt8)] = [
            ("a", 0x61), ("ă", 0x61), ("â", 0x61), ("e", 0x65), ("ê", 0x65), ("i", 0x69),
            ("o", 0x6F), ("ô", 0x6F), ("ơ", 0x6F), ("u", 0x75), ("ư", 0x75), ("y", 0x79),
        ]
        let tones: [String] = ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"]
        for (base, ascii) in bases {
            let baseScalar = String(base).unicodeScalars.first!
            for (tone, mark) in tones.enumerated() {
                let lower = (String(base) + mark).precomposedStringWithCanonicalMapping
                let upper = lower.uppercased().precomposedStringWithCanonicalMapping
                for form in [lower, upper] {
                    let scalars = Array(form.unicodeScalars)
                    guard scalars.count == 1, scalars[0].value < 0x1F00 else { continue }
                    table[Int(scalars[0].value)] = Letter(base: baseScalar, ascii: ascii, tone: UInt8(tone))
                }
            }
        }
        table[0x111] = Letter(base: "đ", ascii: 0x64, tone: 0)  // đ
        table[0x110] = Letter(base: "đ", ascii: 0x64, tone: 0)  // Đ
        // Non-Vietnamese accented letters seen in transliterated names fold to their base only.
        for (scalar, ascii) in [(0xE4, 0x61), (0xEB, 0x65), (0xEF, 0x69), (0xF6, 0x6F), (0xFC, 0x75), (0xF1, 0x6E), (0xE7, 0x63)] {
            table[scalar] = Letter(base: Unicode.Scalar(UInt8(ascii)), ascii: UInt8(ascii), tone: 0)
            table[scalar - 0x20] = Letter(base: Unicode.Scalar(UInt8(ascii)), ascii: UInt8(ascii), tone: 0)
        }
        self.table = table
    }

    /// The letter for a scalar, or `nil` when the scalar is not a letter this table knows.
    @inline(__always)
    func letter(_ scalar: Unicode.Scalar) -> Letter? {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A {
                return Letter(base: Unicode.Scalar(UInt8(value + 0x20)), ascii: UInt8(value + 0x20), tone: 0)
            }
            if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) {
                return Letter(base: scalar, ascii: UInt8(value), tone: 0)
            }
            return nil
        }
        return value < 0x1F00 ? table[Int(value)] : nil
    }

    /// The tone of a combining mark (decomposed input), or `nil` when the scalar is not a tone mark.
    @inline(__always)
    static func combiningTone(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x300: return 1
        case 0x301: return 2
        case 0x309: return 3
        case 0x303: return 4
        case 0x323: return 5
        default: return nil
        }
    }

    /// Both keys of a whole name: tokens split on anything that is not a letter or digit,
    /// apostrophes joining their neighbours ("H' Drai" = "H'Drai" = "hdrai"), digits without
    /// leading zeros. Tokens are joined by single spaces.
    func keys(_ text: String) -> (folded: String, exact: String, hasDiacritics: Bool) {
        var tokens = UnitTokenizer.tokenize(text, folder: self)
        UnitTokenizer.normaliseNumbers(&tokens)
        return (
            tokens.map(\.folded).joined(separator: " "),
            tokens.map(\.exact).joined(separator: " "),
            tokens.contains { $0.hasDiacritics }
        )
    }
}
