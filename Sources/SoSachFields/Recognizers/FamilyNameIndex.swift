import SoSachText

/// The family names of a ``NameDictionary`` looked up by the UTF-8 bytes of one word of
/// letters (ASCII and precomposed Vietnamese letters, see ``CellScan``), without a String:
/// the name recogniser's fast path.
///
/// `isFamilyName(word, folded: false)` looks up `VietnameseText.key(word)`. For a word of
/// letters that key is the word in lower case with its tone moved by the traditional placement
/// rule: placement only moves a word's single tone to another vowel of it (several tones stay
/// where they are), and it does not depend on case. So the key of `word` is a family name
/// exactly when the lower-case word is a family name with its tone on some vowel whose key is a
/// family name: `exact` holds those spellings, each checked through `VietnameseText.key` when
/// built. Folded lookups compare the lower-case ASCII word with the folded names.
final class FamilyNameIndex: Sendable {
    // A class: the shared index is used without copying (and retaining) its tables.

    /// Spellings of up to 16 bytes, packed (`code`) and sorted.
    private let exact: [Code]
    /// Longer spellings.
    private let exactLong: Set<[UInt8]>
    let folded: FoldedWordSet

    struct Code: Comparable, Sendable {
        var high: UInt64, low: UInt64
        static func < (a: Code, b: Code) -> Bool { (a.high, a.low) < (b.high, b.low) }
    }

    /// The index of the shared dictionary.
    static let shared = FamilyNameIndex(.shared)

    init(_ dictionary: NameDictionary) {
        var spellings = Set<[UInt8]>()
        for name in dictionary.familyNames {
            for variant in FamilyNameIndex.toneVariants(name) where dictionary.familyNames.contains(VietnameseText.key(variant)) {
                spellings.insert(Array(variant.utf8))
            }
        }
        exact = spellings.filter { $0.count <= 16 }.map { bytes in bytes.withUnsafeBufferPointer { FamilyNameIndex.code($0[...]) } }.sorted()
        exactLong = spellings.filter { $0.count > 16 }
        folded = dictionary.foldedFamilyWords
    }

    /// Whether `word` (letters, any case) is a family name: lower-case bytes in `lower`.
    func contains(lowercased word: Slice<UnsafeBufferPointer<UInt8>>, folded isFolded: Bool) -> Bool {
        if isFolded { return folded.contains(word) }
        guard word.count <= 16 else { return exactLong.contains(Array(word)) }
        let code = FamilyNameIndex.code(word)
        var low = 0, high = exact.count
        while low < high {
            let mid = (low + high) / 2
            if exact[mid] < code { low = mid + 1 } else { high = mid }
        }
        return low < exact.count && exact[low] == code
    }

    /// Up to 16 bytes (no NUL) as two words: different byte strings give different codes.
    static func code(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Code {
        var code = Code(high: 0, low: 0)
        for (k, b) in bytes.enumerated() {
            if k < 8 { code.high |= UInt64(b) << UInt64(56 - 8 * k) } else { code.low |= UInt64(b) << UInt64(56 - 8 * (k - 8)) }
        }
        return code
    }

    /// `name` with its tone (when it has exactly one) on each of its vowels in turn, `name`
    /// itself included; `name` alone when it has no tone or several.
    static func toneVariants(_ name: String) -> [String] {
        let scalars = Array(name.unicodeScalars)
        let places = scalars.map { vowelPlace[$0] }
        let toned = places.indices.filter { (places[$0]?.tone ?? 0) != 0 }
        guard toned.count == 1, let from = places[toned[0]] else { return [name] }
        var variants: [String] = []
        for (k, place) in places.enumerated() {
            guard let place else { continue }
            var copy = scalars
            copy[toned[0]] = vowelRows[from.row][0]
            copy[k] = vowelRows[place.row][from.tone]
            variants.append(String(String.UnicodeScalarView(copy)))
        }
        return variants
    }

    /// The lower-case vowels: a row per vowel with its modifier, a column per tone (none,
    /// grave, hook, tilde, acute, dot below).
    static let vowelRows: [[Unicode.Scalar]] = ["aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị",
                                               "oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ", "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ"]
        .map { Array($0.unicodeScalars) }
    /// Each lower-case vowel's row and tone.
    static let vowelPlace: [Unicode.Scalar: (row: Int, tone: Int)] = {
        var places: [Unicode.Scalar: (row: Int, tone: Int)] = [:]
        for (row, forms) in vowelRows.enumerated() {
            for (tone, scalar) in forms.enumerated() { places[scalar] = (row, tone) }
        }
        return places
    }()
}
