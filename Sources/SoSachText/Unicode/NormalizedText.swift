/// The result of ``VietnameseText/normalize(_:options:)``.
public struct NormalizedText: Hashable, Sendable {
    /// The clean text: NFC, single spaces, no invisible characters, tones and case as asked.
    public var text: String
    /// What was changed.
    public var changes: TextChanges
    /// Lower case, traditional tone placement, NFC, single spaces: equal for two texts that
    /// differ only in case, normal form, tone style, look-alikes or spacing. Keeps the
    /// diacritics (so "Thị" and "Thi" differ). Empty unless ``VietnameseTextOptions/keys``.
    public var key: String
    /// ``key`` without diacritics: the 134 Vietnamese letters folded by table (đ → d), other
    /// letters through ICU "Any-Latin; Latin-ASCII". Empty unless ``VietnameseTextOptions/keys``.
    public var foldedKey: String
    /// Whether any letter carries a tone or a modifier (ă â ê ô ơ ư đ), i.e. the text was not
    /// typed without diacritics.
    public var hasDiacritics: Bool
}
