/// Splits what a list writes about a unit into typed parts (`UnitSegment`s).
///
/// Parts are separated by commas, semicolons, line breaks, parentheses, by a spaced hyphen
/// before a type word, and by a type word inside a part ("Phường Đồng Tâm Quận Hai Bà Trưng")
/// when the word is unmistakable: written with its diacritics, a dotted abbreviation ("Q."),
/// or an unambiguous word ("huyen", "thi tran", "tp"). Folded "xa", "quan", "tinh", "phuong"
/// occur inside names, so without diacritics they only count at the start of a part. The
/// resolver later splits a part that names no unit at a known name ("Dong Tam Hai Ba Trung").
enum UnitAddressParser {
    /// The parts of one text; untyped parts get `columnRole`.
    static func segments(of text: String, columnRole: UnitSegment.Role) -> [UnitSegment] {
        var tokens = UnitTokenizer.tokenize(text)
        guard !tokens.isEmpty else { return [] }
        UnitTokenizer.normaliseNumbers(&tokens)
        var result: [UnitSegment] = []
        var start = 0
        var index = 1
        while index <= tokens.count {
            if index == tokens.count || startsNewSegment(tokens, at: index, segmentStart: start) {
                result.append(makeSegment(tokens[start..<index], columnRole: columnRole))
                start = index
            }
            index += 1
        }
        return result
    }

    /// Whether a new part begins at `index` (inside a part that began at `segmentStart`).
    private static func startsNewSegment(_ tokens: [UnitToken], at index: Int, segmentStart: Int) -> Bool {
        let token = tokens[index]
        if token.breakBefore { return true }
        let slice = tokens[...]
        // The type word of the current part and one name word must come before a split.
        var nameStart = segmentStart
        if let word = UnitTypeWord.match(slice, at: segmentStart), segmentStart + word.folded.count < tokens.count {
            nameStart = segmentStart + word.folded.count
        }
        guard index > nameStart else { return false }
        guard let word = UnitTypeWord.match(slice, at: index), index + word.folded.count < tokens.count else {
            return false
        }
        if tokens[index + word.folded.count].breakBefore { return false }
        if token.softBreakBefore { return word.meaning != .village || token.hasDiacritics }
        if word.meaning == .village { return false }
        if word.isAbbreviation { return token.dotAfter || ["tp", "tx", "tt"].contains(word.folded[0]) }
        if token.hasDiacritics { return true }
        return !word.foldedIsAmbiguous
    }

    /// A part from its tokens: reads a leading type word and normalises a numbered name.
    static func makeSegment(_ tokens: ArraySlice<UnitToken>, columnRole: UnitSegment.Role) -> UnitSegment {
        var role = columnRole
        var type: UnitType?
        var nameStart = tokens.startIndex
        if let word = UnitTypeWord.match(tokens, at: tokens.startIndex),
           tokens.startIndex + word.folded.count < tokens.endIndex {
            let first = tokens[tokens.startIndex]
            // A bare single letter ("T Hà Nội"?) is accepted only before a name, never alone.
            let acceptable = !(word.isAbbreviation && word.folded[0].count == 1 && !first.dotAfter
                               && tokens.endIndex - tokens.startIndex < 2)
            if acceptable {
                nameStart = tokens.startIndex + word.folded.count
                switch word.meaning {
                case .village: role = .village
                case .unit(let unitType):
                    type = unitType
                    switch unitType {
                    case .tinh: role = .province
                    case .thanhPho: role = .city
                    case .quan, .huyen, .thiXa: role = .district
                    case .phuong, .xa, .thiTran, .dacKhu: role = .commune
                    }
                }
            }
        }
        var name = Array(tokens[nameStart...])
        // "Phường IV", "Quận II": a lone Roman numeral after a type word (or alone in a commune
        // column, where GSO's short name of "Phường I" is "I") is a number.
        if type != nil || columnRole == .commune, name.count == 1, !name[0].hasDiacritics, let value = UnitTokenizer.romanValue(name[0].folded) {
            name[0].folded = String(value)
            name[0].exact = String(value)
        }
        // House numbers and lone numbers without a type word name no unit.
        if type == nil, role != .village, let first = name.first, first.isNumber, columnRole == .any {
            role = .village
        }
        return UnitSegment(role: role, type: type, tokens: name, allTokens: Array(tokens), columnRole: columnRole)
    }
}
