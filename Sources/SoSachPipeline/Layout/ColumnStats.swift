/// What the cells of one column look like over a sample of rows: the content evidence used to
/// map header-less columns, to settle ambiguous headers and to explain decisions.
struct ColumnStats: Sendable {
    /// Non-empty cells seen.
    var filled = 0
    var names = 0
    var dates = 0
    var years = 0
    var ids = 0
    var phones = 0
    var integers = 0
    /// Cells that are "Nam"/"Nữ".
    var genders = 0
    /// Cells that are a mark ("x", "✓" …).
    var marks = 0
    /// Cells that start with a hamlet word ("Thôn 3", "Bản Nà Sáy", "Tổ 5").
    var villages = 0
    /// Cells that start with a commune word ("Xã Quài Cang", "Phường 3").
    var communes = 0
    /// Cells that are one capitalised word of letters (given names: "Hùng", "Thảo").
    var singleWords = 0
    /// Integer cells that follow the previous integer cell by one (an STT sequence).
    var sequenceSteps = 0
    private var lastInteger: Int?

    /// Adds one cell.
    mutating func add(_ cell: String, text: LayoutText) {
        guard !cell.isEmpty else { return }
        count(text.usesContentRecognizer ? ColumnStats.fastEvidence(cell) : ColumnStats.evidence(cell, text: text))
    }

    /// Counts one non-empty cell's evidence.
    mutating func count(_ e: CellEvidence) {
        filled += 1
        if let n = e.integer {
            integers += 1
            if let last = lastInteger, n == last + 1 { sequenceSteps += 1 }
            lastInteger = n
        }
        if e.kinds.contains(.year) { years += 1 }
        if e.kinds.contains(.date) { dates += 1 }
        if e.kinds.contains(.phone) { phones += 1 }
        if e.kinds.contains(.id) { ids += 1 }
        if e.kinds.contains(.gender) { genders += 1 }
        if e.kinds.contains(.mark) { marks += 1 }
        if e.kinds.contains(.village) { villages += 1 }
        if e.kinds.contains(.commune) { communes += 1 }
        if e.kinds.contains(.name) { names += 1 }
        if e.kinds.contains(.singleWord) { singleWords += 1 }
    }

    /// `cell.first?.isUppercase == true`, answered on the bytes when the first Character is one
    /// ASCII scalar (an ASCII byte other than CR followed by an ASCII byte or the end: no ASCII
    /// scalar joins another into one Character except CR LF): then it is upper case exactly
    /// when it is A–Z. Most cells that get here (dates, numbers) start with a digit.
    static func startsWithUppercase(_ cell: String) -> Bool {
        var bytes = cell.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first < 0x80 && first != 0x0D, bytes.next().map({ $0 < 0x80 }) ?? true {
            return first >= 0x41 && first <= 0x5A
        }
        return cell.first?.isUppercase == true
    }

    /// `count` of `filled` as "n/m".
    func ratio(_ count: Int) -> String { "\(count)/\(filled)" }

    /// True when at least `share` of the filled cells (and at least one) are counted in `count`.
    func mostly(_ count: Int, _ share: Double = 0.6) -> Bool {
        filled > 0 && count > 0 && Double(count) >= share * Double(filled)
    }

    /// The words "Nam"/"Nữ" (and the unaccented "Nu") as exact keys.
    static let genderWords: Set<String> = ["nam", "nữ", "nu"]
    /// Marks written in the Nam/Nữ or Đạt/Chưa đạt columns.
    static let markWords: Set<String> = ["x", "X", "✓", "✔", "v", "V", "√", "+"]
    /// Hamlet words, exact keys (lower case, with and without diacritics).
    static let villageWords = ["thôn", "xóm", "bản", "ấp", "buôn", "làng", "plei", "sóc", "tổ", "khu", "khối",
                               "khóm", "đội", "tdp", "kp", "thon", "xom", "ban", "ap", "buon", "lang", "to", "khoi"]
    /// Commune words, exact keys.
    static let communeWords = ["xã", "phường", "thị trấn", "đặc khu", "xa", "phuong", "thi tran"]

    /// True when `key` starts with one of `words` followed by a space.
    static func startsWithAny(_ key: String, _ words: [String]) -> Bool {
        return words.contains { key.hasPrefix($0 + " ") }
    }

    /// A word followed by a space, with the bytes of its leading ASCII characters: a key that
    /// starts with the word (as `hasPrefix` compares, by Characters) starts with those bytes,
    /// since no other text is canonically equivalent to an ASCII character.
    struct WordPrefix: Sendable {
        var prefix: String
        var asciiHead: [UInt8]
        /// Whether the whole prefix is ASCII (then matching bytes followed by an ASCII byte or
        /// the end are a match: nothing can join the space into a longer Character).
        var isASCII: Bool
        init(_ word: String) {
            prefix = word + " "
            asciiHead = Array(prefix.prefix { $0.isASCII && $0.unicodeScalars.count == 1 && $0 != "\r" }.utf8)
            isASCII = asciiHead.count == prefix.utf8.count
        }
    }

    /// `villageWords` and `communeWords` as prefixes.
    static let villagePrefixes = villageWords.map(WordPrefix.init)
    static let communePrefixes = communeWords.map(WordPrefix.init)

    /// `startsWithAny` with the prefixes built once.
    static func startsWithAny(_ key: String, _ prefixes: [WordPrefix]) -> Bool {
        var utf8 = key
        return utf8.withUTF8 { bytes in
            prefixes.contains { p in
                let head = p.asciiHead
                guard bytes.count >= head.count else { return false }
                for i in 0..<head.count where bytes[i] != head[i] { return false }
                let n = head.count
                if p.isASCII, bytes.count == n || bytes[n] < 0x80 { return true }
                // The word goes on with a non-ASCII character: the key's character at `n` is
                // one ASCII scalar (an ASCII byte followed by an ASCII byte or the end) or the
                // key ended, it cannot match.
                if !p.isASCII, bytes.count == n || (bytes[n] < 0x80 && (bytes.count == n + 1 || bytes[n + 1] < 0x80)) { return false }
                return key.hasPrefix(p.prefix)
            }
        }
    }
}
