/// Type words and abbreviations officers write before unit names, and the words that start a
/// village or street part ("Thôn", "Bản", "Tổ", "Ấp" …), which are kept out of unit matching.
struct UnitTypeWord: Sendable {
    /// What the word announces.
    enum Meaning: Sendable, Equatable {
        case unit(UnitType)
        case village
    }

    /// Words as written (with diacritics), or abbreviations (ASCII).
    let words: [String]
    let meaning: Meaning
    /// Folded and exact keys of each word.
    let folded: [String]
    let exact: [String]
    /// Abbreviations ("P", "TP", …) are recognised inside a segment only when a dot follows.
    let isAbbreviation: Bool
    /// Full words whose folded form is common inside names ("xa", "quan", "tinh", "phuong"):
    /// without diacritics they only count at the start of a segment.
    let foldedIsAmbiguous: Bool

    init(_ text: String, _ meaning: Meaning, abbreviation: Bool = false, ambiguous: Bool = false) {
        let tokens = UnitTokenizer.tokenize(text)
        words = tokens.map(\.folded)
        folded = tokens.map(\.folded)
        exact = tokens.map(\.exact)
        self.meaning = meaning
        isAbbreviation = abbreviation
        foldedIsAmbiguous = ambiguous
    }

    /// All known words, longest first so "thị trấn" wins over "thị".
    static let all: [UnitTypeWord] = {
        let list: [UnitTypeWord] = [
            UnitTypeWord("tổ dân phố", .village),
            UnitTypeWord("thị trấn", .unit(.thiTran)),
            UnitTypeWord("thị xã", .unit(.thiXa)),
            UnitTypeWord("thành phố", .unit(.thanhPho)),
            UnitTypeWord("đặc khu", .unit(.dacKhu)),
            UnitTypeWord("khu phố", .village),
            UnitTypeWord("tiểu khu", .village),
            UnitTypeWord("khu vực", .village),
            UnitTypeWord("số nhà", .village),
            UnitTypeWord("t t", .unit(.thiTran), abbreviation: true),
            UnitTypeWord("t x", .unit(.thiXa), abbreviation: true),
            UnitTypeWord("t p", .unit(.thanhPho), abbreviation: true),
            UnitTypeWord("xã", .unit(.xa), ambiguous: true),
            UnitTypeWord("phường", .unit(.phuong), ambiguous: true),
            UnitTypeWord("quận", .unit(.quan), ambiguous: true),
            UnitTypeWord("huyện", .unit(.huyen)),
            UnitTypeWord("tỉnh", .unit(.tinh), ambiguous: true),
            UnitTypeWord("tp", .unit(.thanhPho), abbreviation: true),
            UnitTypeWord("tx", .unit(.thiXa), abbreviation: true),
            UnitTypeWord("tt", .unit(.thiTran), abbreviation: true),
            UnitTypeWord("ph", .unit(.phuong), abbreviation: true),
            UnitTypeWord("p", .unit(.phuong), abbreviation: true),
            UnitTypeWord("f", .unit(.phuong), abbreviation: true),
            UnitTypeWord("x", .unit(.xa), abbreviation: true),
            UnitTypeWord("q", .unit(.quan), abbreviation: true),
            UnitTypeWord("h", .unit(.huyen), abbreviation: true),
            UnitTypeWord("t", .unit(.tinh), abbreviation: true),
            UnitTypeWord("thôn", .village), UnitTypeWord("xóm", .village), UnitTypeWord("bản", .village),
            UnitTypeWord("ấp", .village), UnitTypeWord("tổ", .village), UnitTypeWord("khóm", .village),
            UnitTypeWord("buôn", .village), UnitTypeWord("làng", .village), UnitTypeWord("plei", .village),
            UnitTypeWord("sóc", .village), UnitTypeWord("số", .village), UnitTypeWord("đường", .village),
            UnitTypeWord("ngõ", .village), UnitTypeWord("ngách", .village), UnitTypeWord("hẻm", .village),
            UnitTypeWord("kiệt", .village), UnitTypeWord("khu", .village), UnitTypeWord("khối", .village),
            UnitTypeWord("đội", .village), UnitTypeWord("cụm", .village), UnitTypeWord("phum", .village),
            UnitTypeWord("kp", .village, abbreviation: true), UnitTypeWord("tdp", .village, abbreviation: true),
            UnitTypeWord("sn", .village, abbreviation: true),
        ]
        return list
    }()

    /// Words grouped by their first folded token, for a quick check per token.
    static let byFirstToken: [String: [UnitTypeWord]] = Dictionary(grouping: all, by: { $0.folded[0] })

    /// Whether this word is written at `tokens[start...]`: exact keys when the input has
    /// diacritics on the word, folded keys otherwise; dotted single-letter forms ("T.T") too.
    func matches(_ tokens: ArraySlice<UnitToken>, at start: Int) -> Bool {
        guard tokens.endIndex - start >= folded.count else { return false }
        for offset in 0..<folded.count {
            let token = tokens[start + offset]
            if token.hasDiacritics {
                if token.exact != exact[offset] { return false }
            } else if token.folded != folded[offset] {
                return false
            }
            // Inside a multi-word form, only the first word may follow a segment break.
            if offset > 0 && (token.breakBefore || token.softBreakBefore) { return false }
        }
        // The spaced forms "t t", "t x", "t p" exist only as dotted abbreviations ("T.T").
        if isAbbreviation && folded.count > 1 && !tokens[start].dotAfter { return false }
        return true
    }

    /// The longest word written at `tokens[start...]`, if any.
    static func match(_ tokens: ArraySlice<UnitToken>, at start: Int) -> UnitTypeWord? {
        guard start < tokens.endIndex, let group = byFirstToken[tokens[start].folded] else { return nil }
        return group.first { $0.matches(tokens, at: start) }
    }
}
