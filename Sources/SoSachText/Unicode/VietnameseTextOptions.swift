/// What ``VietnameseText/normalize(_:options:)`` does besides the always-on cleanup (odd and
/// invisible whitespace, repeated spaces, NFC with the Vietnamese mark-order repair).
public struct VietnameseTextOptions: Hashable, Sendable {
    /// How letters are cased in the output.
    public enum Casing: Hashable, Sendable {
        /// Case as given. The default.
        case keep
        /// All lower case.
        case lower
        /// All upper case.
        case upper
        /// Name title case: the first letter of each word upper case, the rest lower case, and
        /// the letter after the apostrophe of "H'", "Y'", "K'" (Ê Đê/Jrai: "H'Hen", "Ksor
        /// H'Blin") and after a hyphen upper case. "Kđăm" keeps its lower-case đ.
        case title
    }

    /// Tone placement of the output; nil keeps the tones where they are. The default is
    /// ``ToneStyle/traditional``.
    public var toneStyle: ToneStyle? = .traditional
    /// Letter case of the output. The default is ``Casing/keep``.
    public var casing: Casing = .keep
    /// Replace look-alikes: Ð U+00D0 and Ɖ U+0189 → Đ, ð U+00F0 and ɖ U+0256 → đ, D/d + U+0335
    /// → Đ/đ, Cyrillic/Greek look-alike letters only inside a token that also has Latin
    /// letters, look-alike combining marks (U+0342 → tilde, U+0313/U+0315 → hook, U+0307/U+0358
    /// → dot below, U+0328 → horn), apostrophe variants (’ ʼ ‘) between letters → '. The
    /// default is true.
    public var confusables: Bool = true
    /// Treat spacing tone marks typed after a vowel inside a word (´ ˊ ˋ ˜ ˀ ` ~ ? .) as tones,
    /// and ´/` after the H/Y/K of "H'Hen" as the apostrophe. Only for names: in addresses a
    /// dot between words is punctuation. The default is false.
    public var spacingMarks: Bool = false
    /// Remove digits. The default is false.
    public var stripDigits: Bool = false
    /// Replace punctuation and symbols by a space (keeping an apostrophe or hyphen between two
    /// letters). The default is false.
    public var stripPunctuation: Bool = false
    /// Also compute ``NormalizedText/key`` and ``NormalizedText/foldedKey``. The default is false.
    public var keys: Bool = false

    /// The defaults: cleanup, NFC, traditional tone placement, case kept, no keys.
    public init() {}

    /// The options of the person-name pipeline: title case, spacing marks, digits and
    /// punctuation stripped, keys computed, with the given tone style.
    public static func personName(toneStyle: ToneStyle = .traditional) -> VietnameseTextOptions {
        var options = VietnameseTextOptions()
        options.toneStyle = toneStyle
        options.casing = .title
        options.spacingMarks = true
        options.stripDigits = true
        options.stripPunctuation = true
        options.keys = true
        return options
    }
}
