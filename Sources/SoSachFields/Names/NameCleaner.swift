import SoSachText

/// Cleans person-name cells: the full name pipeline of SoSach (cleanup, NFC, tone placement,
/// title case, honorifics, split, keys) in one pass over the UTF-8 bytes.
///
/// Steps:
/// 1. ``VietnameseText/normalize(_:options:)`` with ``VietnameseTextOptions/personName(toneStyle:)``:
///    odd/invisible whitespace, repeated spaces, look-alikes (Ð/Ɖ/ð → Đ/đ, Cyrillic/Greek letters
///    inside Latin words, U+0340/U+0341, spacing tone marks), mark order and NFC, tone placement
///    (traditional "Hòa" by default), title case keeping "H'Hen" and "Kđăm", digits removed,
///    punctuation replaced by spaces.
/// 2. Leading honorifics (Ông, Bà, Cô, Anh, Chị, Em, Cụ, Bác, Chú, Thầy, …, and titles such as
///    BS., TS., ThS.) removed when a known family name follows (see ``stripsHonorific``).
/// 3. Split into family / middle / given: the first word is the family name ("Tôn Thất",
///    "Tôn Nữ", "Âu Dương", "Công Tằng Tôn Nữ", "Tư Mã" as compounds), the last word the given
///    name, the words between the middle name; a two-word name has no middle name; an Ê Đê/Jrai
///    name that starts with "Y" or "H'" ("H'Hen Niê", "Y Bih Niê") has its family name last; a
///    one-word name is a given name only.
/// 4. Keys: exact, folded and phonetic (see ``PersonName``).
///
/// Input typed without diacritics stays as given ("Nguyen Van Duc"): restoring diacritics is
/// the linker's job, with the other records of the person.
///
/// Flags:
/// | flag | meaning |
/// | --- | --- |
/// | `name.case` | letter case changed (e.g. all capitals) |
/// | `name.spacing` | odd whitespace replaced, repeated/leading/trailing spaces removed |
/// | `name.invisible` | invisible characters removed (zero-width, soft hyphen, controls) |
/// | `name.unicode` | not NFC: decomposed, "tổ hợp" or mis-ordered marks composed |
/// | `name.confusable` | look-alike letters, marks or apostrophes replaced |
/// | `name.tone_style` | tone moved between the oa/oe/uy styles |
/// | `name.tone_misplaced` | tone moved off the u of qu / the i of gi / a wrong vowel |
/// | `name.digits` | digits removed (e.g. a row number glued to the name) |
/// | `name.punctuation` | punctuation or symbols removed |
/// | `name.honorific` | a leading honorific or title removed |
/// | `name.no_diacritics` | typed without diacritics (kept as given) |
/// | `name.single_word` | only one word: no family name |
/// | `name.empty` | nothing left after cleaning (value nil) |
///
/// A `NameCleaner` is an immutable value (`Sendable`): share one across threads.
public struct NameCleaner: Sendable {
    /// The tone style of ``PersonName/full`` (keys always use the traditional style). The
    /// default is ``ToneStyle/traditional``.
    public var toneStyle: ToneStyle
    /// The known family and middle names.
    public let dictionary: NameDictionary
    private let options: VietnameseTextOptions

    public init(toneStyle: ToneStyle = .traditional, dictionary: NameDictionary = .shared) {
        self.toneStyle = toneStyle
        self.dictionary = dictionary
        self.options = .personName(toneStyle: toneStyle)
    }

    /// Cleans one name cell.
    public func clean(_ text: String) -> Cleaned<PersonName> {
        let normalized = VietnameseText.normalize(text, options: toneStyle == options.toneStyle ? options : .personName(toneStyle: toneStyle))
        var flags = Self.flags(of: normalized.changes)
        if normalized.text.isEmpty {
            let blank = text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
            return Cleaned(nil, flags: blank ? [] : flags + ["name.empty"])
        }
        var full = normalized.text, key = normalized.key, folded = normalized.foldedKey
        // Honorifics: only ever the first word(s).
        var removed = 0
        while let firstSpace = folded.utf8.firstIndex(of: 0x20), stripsHonorific(folded, firstSpace) {
            full = Self.dropFirstWord(full)
            key = Self.dropFirstWord(key)
            folded = Self.dropFirstWord(folded)
            removed += 1
            if removed == 2 { break }
        }
        if removed > 0 { flags.append("name.honorific") }
        let parts = split(full, key: key)
        if parts.family.isEmpty { flags.append("name.single_word") }
        if !normalized.hasDiacritics && needsDiacritics(folded) { flags.append("name.no_diacritics") }
        let name = PersonName(full: full, family: parts.family, middle: parts.middle, given: parts.given, key: key,
                              foldedKey: folded, phoneticKey: PhoneticKey.make(folded: folded),
                              hasDiacritics: normalized.hasDiacritics)
        return Cleaned(name, flags: flags)
    }

    static func flags(of changes: TextChanges) -> [Flag] {
        if changes.isEmpty { return [] }
        var flags: [Flag] = []
        if changes.contains(.letterCase) { flags.append("name.case") }
        if changes.contains(.spacing) { flags.append("name.spacing") }
        if changes.contains(.invisible) { flags.append("name.invisible") }
        if changes.contains(.composition) { flags.append("name.unicode") }
        if changes.contains(.confusable) { flags.append("name.confusable") }
        if changes.contains(.toneStyle) { flags.append("name.tone_style") }
        if changes.contains(.toneMisplaced) { flags.append("name.tone_misplaced") }
        if changes.contains(.digits) { flags.append("name.digits") }
        if changes.contains(.punctuation) { flags.append("name.punctuation") }
        return flags
    }

    /// Folded honorifics and titles that may precede a name.
    static let honorifics: Set<String> = [
        "ong", "ba", "co", "anh", "chi", "em", "cu", "bac", "chu", "thim", "cau", "di", "mo", "thay", "ni", "su",
        "o", "b", "bs", "ts", "ths", "gs", "pgs", "ks", "ls", "cn", "nsnd", "nsut", "dc", "dong chi",
    ]

    /// Whether the first word of `folded` (ending at `space`) is an honorific to remove: it is
    /// in ``honorifics`` and the next word is a known family name — unless that word is also a
    /// common middle name (Văn, Thị, Hoàng …) and only two words would remain ("Ông Văn Tú" is
    /// the family name Ông).
    func stripsHonorific(_ folded: String, _ space: String.Index) -> Bool {
        let first = folded[..<space]
        guard Self.honorifics.contains(String(first)) else { return false }
        let rest = folded[folded.utf8.index(after: space)...]
        let words = rest.split(separator: " ")
        guard words.count >= 2, let next = words.first else { return false }
        let nextWord = String(next)
        guard dictionary.foldedFamilyNames.contains(nextWord) else { return false }
        return !(dictionary.foldedMiddleNames.contains(nextWord) && words.count == 2)
    }

    private static func dropFirstWord(_ text: String) -> String {
        guard let space = text.utf8.firstIndex(of: 0x20) else { return "" }
        return String(text[text.utf8.index(after: space)...])
    }

    /// Compound family names (exact keys) and how many words they take.
    static let compoundFamilies: [String] = ["công tằng tôn nữ", "tôn thất", "tôn nữ", "âu dương", "tư mã"]

    private func split(_ full: String, key: String) -> (family: String, middle: String, given: String) {
        let utf8 = full.utf8
        guard let firstSpace = utf8.firstIndex(of: 0x20) else { return ("", "", full) }
        let lastSpace = utf8.lastIndex(of: 0x20)!
        // Ê Đê / Jrai: "Y Bih Niê", "H'Hen Niê": family name last.
        let firstWord = full[..<firstSpace]
        if firstWord == "Y" || (firstWord.utf8.count > 2 && firstWord.hasPrefix("H'")) {
            return (String(full[utf8.index(after: lastSpace)...]), "", String(full[..<lastSpace]))
        }
        var familyEnd = firstSpace
        if key.utf8.first.map({ $0 == 0x74 || $0 == 0x63 || $0 >= 0x80 }) ?? false {   // t…, c…, â…, ư… only
            for compound in Self.compoundFamilies where key.hasPrefix(compound + " ") {
                let words = compound.split(separator: " ").count
                var index = utf8.startIndex
                for _ in 0..<words { index = utf8.index(after: utf8[index...].firstIndex(of: 0x20)!) }
                let end = utf8.index(before: index)
                if end < lastSpace || (end == lastSpace) { familyEnd = end }
                break
            }
        }
        let family = String(full[..<familyEnd])
        let given = String(full[utf8.index(after: lastSpace)...])
        let middle = familyEnd < lastSpace ? String(full[utf8.index(after: familyEnd)..<lastSpace]) : ""
        return (family, middle, given)
    }

    /// Whether a name with no diacritics contains a word that is normally written with them
    /// ("nguyen", "van", "thi").
    private func needsDiacritics(_ folded: String) -> Bool {
        for word in folded.split(separator: " ") where dictionary.foldedNamesNeedingDiacritics.contains(String(word)) {
            return true
        }
        return false
    }
}
