extension ContentRecognizer {
    /// ``looksLikePersonName(_:dictionary:)`` with the shared dictionary, decided on the bytes:
    /// false for a cell with an ASCII byte that no name holds, the answer for a cell of letters
    /// (ASCII and precomposed Vietnamese, see ``CellScan``) and spaces, nil for other cells.
    ///
    /// For letters and spaces the definition reads: the words are the runs between spaces,
    /// each scalar is a letter, the cell has diacritics exactly when it has a non-ASCII letter
    /// (each of them carries a tone or a modifier, and no ASCII character of such a cell is read
    /// as a tone), and the keys of a word are looked up by ``FamilyNameIndex``.
    static func fastLooksLikePersonName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        fastLooksLikePersonName(bytes, scan: CellScan(bytes))
    }

    /// ``fastLooksLikePersonName(_:)`` with the bytes' scan.
    static func fastLooksLikePersonName(_ bytes: UnsafeBufferPointer<UInt8>, scan: CellScan) -> Bool? {
        guard scan.isLettersAndSpaces else {
            // The definition's first rule: any ASCII byte other than a letter, a word separator
            // or ' - . lies inside a word and is not a letter.
            for b in bytes where b < 0x80 {
                switch b {
                case 0x41...0x5A, 0x61...0x7A, 0x20, 0x09, 0x27, 0x2D, 0x2E: continue
                default: return false
                }
            }
            return nil
        }
        // Word bounds: at most 6 words (a seventh rules the cell out).
        var starts = (0, 0, 0, 0, 0, 0), ends = (0, 0, 0, 0, 0, 0)
        var count = 0
        var i = 0
        let n = bytes.count
        while i < n {
            while i < n && bytes[i] == 0x20 { i += 1 }
            guard i < n else { break }
            let start = i
            var letters = 0
            while i < n && bytes[i] != 0x20 {
                if bytes[i] & 0xC0 != 0x80 { letters += 1 }
                i += 1
            }
            guard count < 6, i - start <= 24, letters <= 8 else { return false }
            switch count {
            case 0: (starts.0, ends.0) = (start, i)
            case 1: (starts.1, ends.1) = (start, i)
            case 2: (starts.2, ends.2) = (start, i)
            case 3: (starts.3, ends.3) = (start, i)
            case 4: (starts.4, ends.4) = (start, i)
            default: (starts.5, ends.5) = (start, i)
            }
            count += 1
        }
        guard count >= 2 else { return false }
        let folded = scan.isASCII
        let index = FamilyNameIndex.shared
        if isFamilyName(bytes, starts.0, ends.0, folded: folded, index) { return true }
        // Ê Đê / Jrai names start with "Y" (a word of letters cannot start with "H'").
        guard ends.0 - starts.0 == 1, bytes[starts.0] == 0x59 else { return false }
        if count <= 4 { return true }
        let (lastStart, lastEnd) = count == 5 ? (starts.4, ends.4) : (starts.5, ends.5)
        return isFamilyName(bytes, lastStart, lastEnd, folded: folded, index)
    }

    /// Whether the word `bytes[start..<end]` (letters) is a family name, lower-cased on the stack.
    private static func isFamilyName(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, folded: Bool,
                                     _ index: FamilyNameIndex) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { out -> Bool in
            var len = 0
            var i = start
            while i < end {
                let b = bytes[i]
                if b < 0x80 {
                    out[len] = b &- 0x41 < 26 ? b | 0x20 : b
                    len += 1
                    i += 1
                    continue
                }
                // A Vietnamese letter: two or three bytes, and so is its lower case.
                let (scalar, next) = CellScan.scalar(bytes, at: i)
                let lower = CellScan.lowercased(scalar)
                if lower < 0x800 {
                    out[len] = UInt8(0xC0 | (lower >> 6))
                    out[len + 1] = UInt8(0x80 | (lower & 0x3F))
                    len += 2
                } else {
                    out[len] = UInt8(0xE0 | (lower >> 12))
                    out[len + 1] = UInt8(0x80 | ((lower >> 6) & 0x3F))
                    out[len + 2] = UInt8(0x80 | (lower & 0x3F))
                    len += 3
                }
                i = next
            }
            return index.contains(lowercased: UnsafeBufferPointer(rebasing: out[0..<len])[...], folded: folded)
        }
    }
}
