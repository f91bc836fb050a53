import SoSachFields

extension ColumnStats {
    /// The evidence of one non-empty cell as defined, through `text`'s recognisers: the
    /// reference that `fastEvidence` must agree with.
    static func evidence(_ cell: String, text: LayoutText) -> CellEvidence {
        var e = CellEvidence()
        e.integer = LayoutText.smallInteger(cell)
        if LayoutText.year(cell) != nil { e.kinds.insert(.year) }
        if text.looksLikeDate(cell) { e.kinds.insert(.date) }
        // The recognisers overlap on purpose (a 10-digit number may be a shortened ID or a
        // phone): a cell that reads as a phone is not counted as an ID.
        if text.looksLikePhone(cell) {
            e.kinds.insert(.phone)
        } else if text.looksLikeNationalID(cell) {
            e.kinds.insert(.id)
        }
        e.kinds.formUnion(wordEvidence(cell, text: text))
        return e
    }

    /// The word evidence of a cell as defined (gender word, mark, hamlet or commune, name,
    /// single word); the first four exclude the others.
    static func wordEvidence(_ cell: String, text: LayoutText) -> CellEvidence.Kinds {
        let key = LayoutText.exactKey(cell)
        // Longer texts cannot equal a gender word or a mark (even decomposed, "nữ" is 6
        // bytes): skip hashing them.
        if key.utf8.count <= 8, ColumnStats.genderWords.contains(key) { return .gender }
        if cell.utf8.count <= 8, ColumnStats.markWords.contains(cell) { return .mark }
        if ColumnStats.startsWithAny(key, ColumnStats.villagePrefixes) { return .village }
        if ColumnStats.startsWithAny(key, ColumnStats.communePrefixes) { return .commune }
        var kinds: CellEvidence.Kinds = []
        if text.looksLikeName(cell) { kinds.insert(.name) }
        if ColumnStats.startsWithUppercase(cell), cell.allSatisfy(\.isLetter) { kinds.insert(.singleWord) }
        return kinds
    }

    /// `evidence(cell, text: .standard)` decided mostly on the cell's bytes, in one scan
    /// (`CellScan`) that rules out the recognisers that cannot match by their own rules:
    /// - no ASCII digit: no integer, year, date (every form `DateParser` reads has one), phone
    ///   or ID (`NationalIDShape` needs a digit before anything else); fewer than 9 digits: no
    ///   phone (`ContentRecognizer.looksLikePhone`);
    /// - a digit: no name (`looksLikePersonName` rejects any ASCII byte other than letters,
    ///   separators and ' - .), no single word (a digit is not a letter);
    /// - for a plain cell (ASCII and precomposed Vietnamese letters: NFC, one scalar per
    ///   Character, no other spelling canonically equivalent), the exact key is built on the
    ///   stack and the gender words, marks and hamlet/commune prefixes are compared as bytes;
    ///   other cells take `wordEvidence`.
    static func fastEvidence(_ cell: String) -> CellEvidence {
        var copy = cell
        return copy.withUTF8 { bytes -> CellEvidence in
            let scan = CellScan(bytes)
            var e = CellEvidence()
            if scan.digits > 0 {
                e.integer = LayoutText.smallInteger(bytes)
                if scan.byteCount == 4 && scan.digits == 4 {
                    let y = bytes.reduce(0) { $0 * 10 + Int($1 &- 0x30) }
                    if y >= 1900 && y <= 2099 { e.kinds.insert(.year) }
                }
                if ContentRecognizer.looksLikeDate(cell, utf8: bytes) { e.kinds.insert(.date) }
                if scan.digits >= 9 && ContentRecognizer.looksLikePhone(cell, utf8: bytes) {
                    e.kinds.insert(.phone)
                } else if ContentRecognizer.looksLikeNationalID(utf8: bytes) {
                    e.kinds.insert(.id)
                }
            }
            guard scan.isPlain else {
                e.kinds.formUnion(wordEvidence(cell, text: .standard))
                return e
            }
            // A plain cell starting with a digit has a key starting with it: no gender word,
            // mark, hamlet or commune word (they start with letters), no name or single word
            // (it has a digit).
            if let first = bytes.first, first &- 0x30 < 10 { return e }
            e.kinds.formUnion(plainWordEvidence(bytes, scan: scan, cell: cell))
            return e
        }
    }

    /// `wordEvidence` of a plain cell (see `fastEvidence`).
    private static func plainWordEvidence(_ bytes: UnsafeBufferPointer<UInt8>, scan: CellScan, cell: String) -> CellEvidence.Kinds {
        // Lower case keeps the byte length of every plain letter, so the key is never longer
        // than the cell.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { out -> CellEvidence.Kinds in
            let length = LayoutText.plainExactKey(bytes, into: out)
            let key = UnsafeBufferPointer(rebasing: out[0..<length])
            if equalsAny(key, genderKeys) { return .gender }
            if bytes.count == 1, markBytes.contains(bytes[0]) { return .mark }
            if startsWithAny(key, villagePrefixBytes) { return .village }
            if startsWithAny(key, communePrefixBytes) { return .commune }
            var kinds: CellEvidence.Kinds = []
            if scan.digits == 0, scan.asciiLetters + scan.vietnameseLetters > 0, ContentRecognizer.looksLikePersonName(cell, bytes: bytes, scan: scan) {
                kinds.insert(.name)
            }
            if scan.startsUppercase, scan.isLettersOnly { kinds.insert(.singleWord) }
            return kinds
        }
    }

    /// The gender words' bytes (NFC): a plain key equals a word exactly when its bytes do.
    static let genderKeys: [[UInt8]] = genderWords.map { Array($0.utf8) }
    /// The marks that are one ASCII byte; the others ("✓", "✔", "√") are not plain.
    static let markBytes: [UInt8] = markWords.filter { $0.utf8.count == 1 }.map { $0.utf8.first! }
    /// The hamlet and commune prefixes' bytes (NFC, a space at the end).
    static let villagePrefixBytes: [[UInt8]] = villageWords.map { Array(($0 + " ").utf8) }
    static let communePrefixBytes: [[UInt8]] = communeWords.map { Array(($0 + " ").utf8) }

    private static func equalsAny(_ key: UnsafeBufferPointer<UInt8>, _ words: [[UInt8]]) -> Bool {
        words.contains { word in word.count == key.count && word.withUnsafeBufferPointer { $0.elementsEqual(key) } }
    }

    /// The first bytes of the hamlet and commune prefixes, as a 256-bit set.
    static let prefixFirstBytes: [UInt64] = {
        var set = [UInt64](repeating: 0, count: 4)
        for p in villagePrefixBytes + communePrefixBytes { set[Int(p[0] >> 6)] |= 1 << UInt64(p[0] & 63) }
        return set
    }()

    private static func startsWithAny(_ key: UnsafeBufferPointer<UInt8>, _ prefixes: [[UInt8]]) -> Bool {
        guard let first = key.first, prefixFirstBytes[Int(first >> 6)] & (1 << UInt64(first & 63)) != 0 else { return false }
        return prefixes.contains { p in
            p[0] == first && p.count <= key.count && p.withUnsafeBufferPointer { $0.elementsEqual(UnsafeBufferPointer(rebasing: key[0..<p.count])) }
        }
    }
}
