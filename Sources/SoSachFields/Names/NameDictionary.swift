import SoSachMappings
import SoSachText

/// The known Vietnamese family names and middle names (`Mappings/text/family_names.tsv`,
/// `middle_names.tsv`), as exact keys ("nguyễn") and folded keys ("nguyen").
///
/// Loaded once, immutable, `Sendable`: ``shared`` is safe to use from every thread. When a
/// file cannot be read the set stays empty and names are still cleaned (the family name is then
/// the first word); ``loadError`` says why.
public struct NameDictionary: Sendable {
    /// Exact keys (lower case, traditional tones) of the family names.
    public let familyNames: Set<String>
    /// Folded keys (no diacritics) of the family names.
    public let foldedFamilyNames: Set<String>
    /// Exact keys of the middle names.
    public let middleNames: Set<String>
    /// Folded keys of the middle names.
    public let foldedMiddleNames: Set<String>
    /// Folded keys of the family and middle names that are written with diacritics
    /// ("nguyen", "van", "thi"): a name made only of ASCII letters that contains one was typed
    /// without diacritics.
    public let foldedNamesNeedingDiacritics: Set<String>
    /// Why a file could not be read, if one could not.
    public let loadError: String?
    /// ``foldedFamilyNames``, ``foldedMiddleNames`` and ``foldedNamesNeedingDiacritics`` for
    /// lookups by bytes (the name cleaner's fast path).
    let foldedFamilyWords: FoldedWordSet
    let foldedMiddleWords: FoldedWordSet
    let foldedWordsNeedingDiacritics: FoldedWordSet

    /// The dictionary loaded from `Mappings/`.
    public static let shared = NameDictionary()

    /// Loads the dictionaries from `Mappings/text/`.
    public init() {
        var error: String?
        let family = Self.firstColumn("text/family_names.tsv", &error)
        let middle = Self.firstColumn("text/middle_names.tsv", &error)
        self.init(familyNames: family, middleNames: middle, loadError: error)
    }

    /// A dictionary from explicit lists (any case and normal form).
    public init(familyNames: [String], middleNames: [String], loadError: String? = nil) {
        self.familyNames = Set(familyNames.map(VietnameseText.key))
        self.foldedFamilyNames = Set(familyNames.map(VietnameseText.foldKey))
        self.middleNames = Set(middleNames.map(VietnameseText.key))
        self.foldedMiddleNames = Set(middleNames.map(VietnameseText.foldKey))
        self.foldedNamesNeedingDiacritics = Set((familyNames + middleNames).filter(VietnameseText.hasDiacritics).map(VietnameseText.foldKey))
        self.loadError = loadError
        foldedFamilyWords = FoldedWordSet(foldedFamilyNames)
        foldedMiddleWords = FoldedWordSet(foldedMiddleNames)
        foldedWordsNeedingDiacritics = FoldedWordSet(foldedNamesNeedingDiacritics)
    }

    /// Whether `word` (any case or form) is a known family name; `folded` compares without
    /// diacritics.
    public func isFamilyName(_ word: String, folded: Bool = false) -> Bool {
        folded ? foldedFamilyNames.contains(VietnameseText.foldKey(word)) : familyNames.contains(VietnameseText.key(word))
    }

    /// The first column of a TSV mapping file (comment lines and the header skipped), with
    /// "Hoàng / Huỳnh" cells split in two.
    static func firstColumn(_ path: String, _ error: inout String?) -> [String] {
        let bytes: [UInt8]
        do { bytes = try Mappings.bytes(path) } catch let failure {
            error = "\(failure)"
            return []
        }
        var values: [String] = []
        var headerSeen = false
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("#") || line.isEmpty { continue }
            if !headerSeen { headerSeen = true; continue }
            let cell = line.split(separator: "\t", omittingEmptySubsequences: false)[0]
            for part in cell.split(separator: "/") {
                let name = VietnameseText.cleanup(String(part))
                if !name.isEmpty { values.append(name) }
            }
        }
        return values
    }
}
