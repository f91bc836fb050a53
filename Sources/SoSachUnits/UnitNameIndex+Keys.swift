extension UnitNameIndex {
    /// The folded and exact keys of an official name without its type word, in one pass and
    /// without intermediate tokens: the loader's fast path for the ~36,000 names of the
    /// tables. Gives the same keys as joining `coreTokens(of:type:)` (checked by the tests);
    /// table names are clean (no dots, commas or decomposed marks), which is all it handles.
    static func coreKeys(of name: String, type: UnitType?) -> (folded: String, exact: String) {
        var scratch = KeyScratch()
        return coreKeys(of: name, type: type, scratch: &scratch)
    }

    /// Buffers reused across `coreKeys` calls while the index is built.
    struct KeyScratch {
        var folded: [UInt8] = []
        var exact: [UInt8] = []
        var starts: [(Int, Int, Bool)] = []

        init() {
            folded.reserveCapacity(64)
            exact.reserveCapacity(96)
            starts.reserveCapacity(12)
        }
    }

    static func coreKeys(of name: String, type: UnitType?, scratch: inout KeyScratch) -> (folded: String, exact: String) {
        let folder = UnitNameFolder.shared
        var folded = scratch.folded, exact = scratch.exact
        folded.removeAll(keepingCapacity: true)
        exact.removeAll(keepingCapacity: true)
        scratch.folded = []
        scratch.exact = []
        defer {
            scratch.folded = folded
            scratch.exact = exact
        }
        var wordStartFolded = 0, wordStartExact = 0
        var tone: UInt8 = 0
        var inWord = false, lastWasDigit = false, joinNext = false
        var words = 0, marked = false, wordIsNumber = true
        /// Word starts (folded, exact) for stripping the type word and leading zeros.
        var starts = scratch.starts
        starts.removeAll(keepingCapacity: true)
        scratch.starts = []
        defer { scratch.starts = starts }

        func endWord() {
            guard inWord else { return }
            if tone > 0 { exact.append(0x30 + tone) }
            // Leading zeros of a number word ("05" → "5").
            if wordIsNumber {
                var zeros = 0
                while wordStartFolded + zeros < folded.count - 1 && folded[wordStartFolded + zeros] == 0x30 { zeros += 1 }
                if zeros > 0 {
                    folded.removeSubrange(wordStartFolded..<(wordStartFolded + zeros))
                    exact.removeSubrange(wordStartExact..<(wordStartExact + zeros))
                }
            }
            starts.append((wordStartFolded, wordStartExact, wordIsNumber))
            words += 1
            inWord = false
            tone = 0
        }
        func beginWord() {
            if !folded.isEmpty { folded.append(0x20); exact.append(0x20) }
            wordStartFolded = folded.count
            wordStartExact = exact.count
            inWord = true
            wordIsNumber = true
        }

        for scalar in name.unicodeScalars {
            if let letter = folder.letter(scalar) {
                let isDigit = letter.ascii >= 0x30 && letter.ascii <= 0x39
                if inWord && isDigit != lastWasDigit && !joinNext { endWord() }
                if !inWord { beginWord() }
                joinNext = false
                folded.append(letter.ascii)
                let base = letter.base.value
                if base < 0x80 { exact.append(UInt8(base)) } else {
                    exact.append(UInt8(0xC0 | (base >> 6)))
                    exact.append(UInt8(0x80 | (base & 0x3F)))
                }
                if letter.tone != 0 { tone = letter.tone }
                if scalar.value >= 0x80 { marked = true }
                if !isDigit { wordIsNumber = false }
                lastWasDigit = isDigit
                continue
            }
            switch scalar.value {
            case 0x27, 0x2019, 0x2018, 0x60, 0xB4, 0x2BC:
                if inWord { joinNext = true }
            case 0x20 where joinNext:
                continue
            default:
                joinNext = false
                endWord()
            }
        }
        endWord()

        // Drop the type word ("Thị trấn Tuần Giáo" → "tuan giao").
        var dropFolded = 0, dropExact = 0
        if let type, case let typeWords = typeTokens(type), words > typeWords.count {
            var matches = true
            for (offset, word) in typeWords.enumerated() {
                let start = starts[offset].0
                let end = offset + 1 < starts.count ? starts[offset + 1].0 - 1 : folded.count
                if !folded[start..<end].elementsEqual(word.folded.utf8) { matches = false; break }
            }
            if matches {
                dropFolded = starts[typeWords.count].0
                dropExact = starts[typeWords.count].1
                words -= typeWords.count
            }
        }
        var foldedKey = String(decoding: folded[dropFolded...], as: UTF8.self)
        var exactKey = String(decoding: exact[dropExact...], as: UTF8.self)
        // A lone Roman numeral is a number ("Phường IV" → "4").
        let coreMarked = marked && exact[dropExact...].contains { $0 >= 0x80 }
        if words == 1, !coreMarked, let value = UnitTokenizer.romanValue(foldedKey) {
            foldedKey = String(value)
            exactKey = foldedKey
        }
        return (foldedKey, exactKey)
    }
}
