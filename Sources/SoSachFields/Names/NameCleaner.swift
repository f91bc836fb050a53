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
/// A name that is already clean (NFC, title case, single spaces, tones in place: most cells of
/// a list) takes a byte-level fast path with the same result (see ``cleanAlreadyClean(_:)``).
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
/// | `name.order` | maybe given name first ("Ánh Nguyễn Thị"): flagged, not reordered |
/// | `name.empty` | nothing left after cleaning (value nil) |
///
/// A `NameCleaner` is an immutable value (`Sendable`): share one across threads.
public struct NameCleaner: Sendable {
    /// The tone style of ``PersonName/full`` (keys always use the traditional style). The
    /// default is ``ToneStyle/traditional``.
    public var toneStyle: ToneStyle
    /// The known family and middle names.
    public let dictionary: NameDictionary
    /// Whether ``PersonName/phoneticKey`` is computed. When false it is the empty string and
    /// everything else is the same: a caller that never reads the key (the `clean` pipeline
    /// links on the folded key) skips its work. The default is true.
    public var makesPhoneticKey: Bool
    /// Whether ``PersonName/key`` (the exact key) is kept. When false it is the empty string and
    /// everything else is the same (the `clean` pipeline never reads it). The default is true.
    public var makesExactKey: Bool
    private let options: VietnameseTextOptions

    public init(toneStyle: ToneStyle = .traditional, dictionary: NameDictionary = .shared,
                makesPhoneticKey: Bool = true, makesExactKey: Bool = true) {
        self.toneStyle = toneStyle
        self.dictionary = dictionary
        self.makesPhoneticKey = makesPhoneticKey
        self.makesExactKey = makesExactKey
        self.options = .personName(toneStyle: toneStyle)
    }

    /// Cleans one name cell.
    public func clean(_ text: String) -> Cleaned<PersonName> {
        // Most cells of a list are already clean: recognised and keyed on bytes in one pass.
        if let clean = cleanAlreadyClean(text) { return clean }
        return cleanGeneral(text)
    }

    /// The general pipeline (every repair), for any text; ``clean(_:)`` gives the same result.
    func cleanGeneral(_ text: String) -> Cleaned<PersonName> {
        let normalized = VietnameseText.normalize(text, options: toneStyle == options.toneStyle ? options : .personName(toneStyle: toneStyle))
        var flags = Self.flags(of: normalized.changes)
        if normalized.text.isEmpty {
            let blank = text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
            return Cleaned(nil, flags: blank ? [] : flags + ["name.empty"])
        }
        var full = normalized.text, key = normalized.key, folded = normalized.foldedKey
        // Honorifics: only ever the first word(s).
        var removed = 0
        while let firstSpace = folded.utf8.firstIndex(of: 0x20),
              stripsHonorific(normalized.hasDiacritics ? key : folded, exact: normalized.hasDiacritics, folded: folded, firstSpace) {
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
        if parts.middle.count > 0 && looksGivenNameFirst(folded) { flags.append("name.order") }
        let name = PersonName(full: full, familyRange: parts.family, middleRange: parts.middle, givenRange: parts.given,
                              key: makesExactKey ? key : "", foldedKey: folded, phoneticKey: makesPhoneticKey ? PhoneticKey.make(folded: folded) : "",
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

    /// Honorifics and titles that may precede a name, as exact keys (compared with diacritics,
    /// so that the given name "Ánh" is not the honorific "Anh") and folded (for names typed
    /// without diacritics).
    static let honorifics: [String] = [
        "ông", "bà", "cô", "anh", "chị", "em", "cụ", "bác", "chú", "thím", "cậu", "dì", "mợ", "thầy", "ni", "sư",
        "ô", "b", "bs", "ts", "ths", "gs", "pgs", "ks", "ls", "cn", "nsnd", "nsưt", "đc",
    ]

    /// The first 8 bytes of a short word as one integer (a cheap exact-match key).
    static func code<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
        var value: UInt64 = 0
        for b in bytes.prefix(8) { value = value << 8 | UInt64(b) }
        return value
    }

    static let honorificCodes: [UInt64] = honorifics.filter { $0.utf8.count <= 8 }.map { code($0.utf8) }
    /// Folded codes of the most frequent family names (README §4: about 90 % of people).
    static let commonFamilyCodes: [UInt64] = [
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly",
    ].map { code($0.utf8) }

    static let foldedHonorificCodes: [UInt64] = honorifics.map(VietnameseText.foldKey).map { code($0.utf8) }

    /// Whether the first word of `probe` (the exact key when `exact`, or the folded key for a
    /// name without diacritics) is an honorific to remove: it is in ``honorifics`` and the next word is a
    /// known family name — unless that word is also a common middle name (Văn, Thị, Hoàng …)
    /// and only two words would remain ("Ông Văn Tú" is the family name Ông). `space` is the
    /// end of the first word in `folded`.
    func stripsHonorific(_ probe: String, exact: Bool, folded: String, _ space: String.Index) -> Bool {
        guard let probeSpace = probe.utf8.firstIndex(of: 0x20) else { return false }
        let first = probe.utf8[..<probeSpace]
        guard first.count <= 8, (exact ? Self.honorificCodes : Self.foldedHonorificCodes).contains(Self.code(first)) else {
            return false
        }
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

    private func split(_ full: String, key: String) -> (family: Range<Int>, middle: Range<Int>, given: Range<Int>) {
        var full = full, key = key
        return full.withUTF8 { f in
            key.withUTF8 { k in Self.split(f, k) }
        }
    }

    /// The split on UTF-8 bytes (no `Character` work), as byte ranges of `f`: family = the
    /// first word (or a compound family name), given = the last word, middle = the words
    /// between; an Ê Đê/Jrai name ("Y Bih Niê", "H'Hen Niê") has its family name last.
    static func split(_ f: UnsafeBufferPointer<UInt8>, _ k: UnsafeBufferPointer<UInt8>)
        -> (family: Range<Int>, middle: Range<Int>, given: Range<Int>) {
        guard let firstSpace = f.firstIndex(of: 0x20) else { return (0..<0, 0..<0, 0..<f.count) }
        return split(f, k, firstSpace: firstSpace, lastSpace: f.lastIndex(of: 0x20)!)
    }

    /// ``split(_:_:)`` of a name of several words whose first and last spaces in `f` are known.
    @inline(__always)
    static func split(_ f: UnsafeBufferPointer<UInt8>, _ k: UnsafeBufferPointer<UInt8>, firstSpace: Int, lastSpace: Int)
        -> (family: Range<Int>, middle: Range<Int>, given: Range<Int>) {
        let empty = 0..<0
        if (firstSpace == 1 && f[0] == 0x59) || (firstSpace > 2 && f[0] == 0x48 && f[1] == 0x27) {
            return ((lastSpace + 1)..<f.count, empty, 0..<lastSpace)
        }
        var familyEnd = firstSpace
        // Only a key whose first word starts a compound ("công", "tôn", "âu", "tư") is compared
        // with the compounds.
        if let c = k.first, c == 0x74 || c == 0x63 || c >= 0x80, let kSpace = k.firstIndex(of: 0x20), kSpace <= 8,
           compoundFirstWordCodes.contains(code(k[..<kSpace])) {
            for compound in compoundFamilyBytes where k.count > compound.count && k[compound.count] == 0x20
                && k.starts(with: compound) {
                let words = compound.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) }
                var spaces = 0
                for j in 0..<f.count where f[j] == 0x20 {
                    spaces += 1
                    if spaces == words { familyEnd = j; break }
                }
                break
            }
        }
        let middle = familyEnd < lastSpace ? (familyEnd + 1)..<lastSpace : empty
        return (0..<familyEnd, middle, (lastSpace + 1)..<f.count)
    }

    static let compoundFamilyBytes: [[UInt8]] = compoundFamilies.map { Array($0.utf8) }
    /// The first words of ``compoundFamilies`` as codes.
    static let compoundFirstWordCodes = WordCodeSet(compoundFamilies.map { code($0.utf8.prefix { $0 != 0x20 }) })

    /// Whether the name may be in Western order ("Ánh Nguyễn Thị"): its first word is not a
    /// known family name but its second word is. Only flagged, never reordered.
    private func looksGivenNameFirst(_ folded: String) -> Bool {
        let utf8 = folded.utf8
        guard let first = utf8.firstIndex(of: 0x20) else { return false }
        // The most frequent family names (90 % of people) answer without hashing.
        if utf8.distance(from: utf8.startIndex, to: first) <= 8, Self.commonFamilyCodes.contains(Self.code(utf8[..<first])) {
            return false
        }
        if dictionary.foldedFamilyNames.contains(String(folded[..<first])) { return false }
        let secondStart = utf8.index(after: first)
        let secondEnd = utf8[secondStart...].firstIndex(of: 0x20) ?? folded.endIndex
        let second = String(folded[secondStart..<secondEnd])
        return dictionary.foldedFamilyNames.contains(second) && !dictionary.foldedMiddleNames.contains(second)
    }

    /// Whether a name with no diacritics contains a word that is normally written with them
    /// ("nguyen", "van", "thi").
    private func needsDiacritics(_ folded: String) -> Bool {
        var start = folded.startIndex
        let utf8 = folded.utf8
        while start < folded.endIndex {
            let end = utf8[start...].firstIndex(of: 0x20) ?? folded.endIndex
            if dictionary.foldedNamesNeedingDiacritics.contains(String(folded[start..<end])) { return true }
            start = end < folded.endIndex ? utf8.index(after: end) : end
        }
        return false
    }
}
