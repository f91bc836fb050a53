/// A cleaned person's name, split in Vietnamese order, with the keys the linker compares.
///
/// Invariant: `full` is `family`, `middle` and `given` joined by single spaces (empty parts
/// left out; for an Ê Đê/Jrai name the given name comes first); the keys have the same words
/// as `full`.
public struct PersonName: Hashable, Sendable, CustomStringConvertible {
    /// The clean full name: NFC, title case, single spaces, tones in the chosen style
    /// ("Nguyễn Thị Hòa").
    public var full: String
    /// The family name ("Nguyễn"; "Tôn Thất"; the last word of an Ê Đê/Jrai name such as
    /// "H'Hen Niê"); empty for a one-word name.
    public var family: String { part(familyRange) }
    /// The middle name(s) ("Thị", "Văn Minh"); often empty.
    public var middle: String { part(middleRange) }
    /// The given name ("Hòa"; "H'Hen").
    public var given: String { part(givenRange) }
    /// Where ``family``, ``middle`` and ``given`` are in the UTF-8 of ``full`` (byte offsets):
    /// the split is computed once, and the strings are made only when asked for (a writer can
    /// copy the bytes from `full.utf8` directly).
    public var familyRange: Range<Int>
    public var middleRange: Range<Int>
    public var givenRange: Range<Int>
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

    /// A name from its clean full form, the byte ranges of its parts and its keys.
    public init(full: String, familyRange: Range<Int>, middleRange: Range<Int>, givenRange: Range<Int>,
                key: String, foldedKey: String, phoneticKey: String, hasDiacritics: Bool) {
        self.full = full
        self.familyRange = familyRange
        self.middleRange = middleRange
        self.givenRange = givenRange
        self.key = key
        self.foldedKey = foldedKey
        self.phoneticKey = phoneticKey
        self.hasDiacritics = hasDiacritics
    }

    /// The part at `range`, copied from the bytes of `full` (a part is whole words, so its
    /// bytes are valid UTF-8 on their own); no `Substring` and index arithmetic per part.
    private func part(_ range: Range<Int>) -> String {
        if range.isEmpty { return "" }
        if let part = full.utf8.withContiguousStorageIfAvailable({ String(utf8Bytes: UnsafeBufferPointer(rebasing: $0[range])) }) {
            return part
        }
        let utf8 = full.utf8
        return String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]))
    }
}
