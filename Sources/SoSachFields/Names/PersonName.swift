/// A cleaned person's name, split in Vietnamese order, with the keys the linker compares.
///
/// Invariant: `full` is `family`, `middle` and `given` joined by single spaces (empty parts
/// left out); the keys have the same words as `full`.
public struct PersonName: Hashable, Sendable, CustomStringConvertible {
    /// The clean full name: NFC, title case, single spaces, tones in the chosen style
    /// ("Nguyễn Thị Hòa").
    public var full: String
    /// The family name ("Nguyễn"; "Tôn Thất"; the last word of an Ê Đê/Jrai name such as
    /// "H'Hen Niê"); empty for a one-word name.
    public var family: String
    /// The middle name(s) ("Thị", "Văn Minh"); often empty.
    public var middle: String
    /// The given name ("Hòa"; "H'Hen").
    public var given: String
    /// Exact key: lower case, traditional tones, diacritics kept ("nguyễn thị hòa"). Equal
    /// for names that differ only in case, normal form, tone style, look-alikes, spacing or
    /// honorifics; different for names that differ in a letter or a tone ("Thị"/"Thi",
    /// "Hoàng"/"Huỳnh").
    public var key: String
    /// Diacritics-insensitive key ("nguyen thi hoa"): also equal for a name typed without
    /// diacritics or with a missing horn or a hỏi/ngã typo.
    public var foldedKey: String
    /// Phonetic blocking key (see ``PhoneticKey``): also merges the regional confusions
    /// d/gi/r/v, s/x, ch/tr, l/n, i/y, final n/ng/nh and t/c/ch. For blocking only: it merges
    /// different names too.
    public var phoneticKey: String
    /// Whether the name carries any diacritic (false for "Nguyen Van Duc").
    public var hasDiacritics: Bool

    public var description: String { full }
}
