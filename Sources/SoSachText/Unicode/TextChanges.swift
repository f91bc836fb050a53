/// What ``VietnameseText/normalize(_:options:)`` changed in a text: the raw material of the
/// `name.*` / `text.*` flags (see `NameFlag` in SoSachFields for the name codes).
public struct TextChanges: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Odd whitespace (NBSP, U+3000, tabs, …) replaced, or spaces collapsed/trimmed.
    public static let spacing = TextChanges(rawValue: 1 << 0)
    /// Invisible characters removed (zero-width, soft hyphen, BOM, controls).
    public static let invisible = TextChanges(rawValue: 1 << 1)
    /// Look-alike characters replaced (Ð/Ɖ/ð → Đ/đ, Cyrillic/Greek letters inside a Latin
    /// token, look-alike combining marks, apostrophe variants, spacing tone marks).
    public static let confusable = TextChanges(rawValue: 1 << 2)
    /// Not NFC: decomposed or "tổ hợp" letters composed, mis-ordered marks repaired, or
    /// deprecated marks (U+0340/U+0341) replaced.
    public static let composition = TextChanges(rawValue: 1 << 3)
    /// Tone moved between the styles of oa/oe/uy ("Hoà" → "Hòa").
    public static let toneStyle = TextChanges(rawValue: 1 << 4)
    /// Tone moved off a wrong vowel ("Qúy" → "Quý", "Gía" → "Giá").
    public static let toneMisplaced = TextChanges(rawValue: 1 << 5)
    /// Letter case changed.
    public static let letterCase = TextChanges(rawValue: 1 << 6)
    /// Digits removed (only with ``VietnameseTextOptions/stripDigits``).
    public static let digits = TextChanges(rawValue: 1 << 7)
    /// Punctuation or symbols removed (only with ``VietnameseTextOptions/stripPunctuation``).
    public static let punctuation = TextChanges(rawValue: 1 << 8)
}
