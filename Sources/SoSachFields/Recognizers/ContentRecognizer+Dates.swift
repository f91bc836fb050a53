extension ContentRecognizer {
    /// ``looksLikeDate(_:serials:)`` without serials, answered on the bytes for the common
    /// shapes; nil when the cell has another shape (then ``DateParser`` decides).
    ///
    /// Each answer is what `DateParser().parse(text)` (day-first column, no swap) gives:
    /// - Digits only: one number. A number of more than 9 digits is no date shape (wherever it
    ///   stands: the parser gives up when it reads it); 4 digits from 1000 to
    ///   2999 are a year, plausible from 1900 to the run year; anything else is an Excel serial,
    ///   which does not count without `serials`.
    /// - `d[d] s d[d] s dddd` (s one of `/ - .`): day, month, year with 0 as a placeholder. A
    ///   placeholder month leaves the year; a placeholder day leaves month and year; else the
    ///   day comes first unless only the second number can be a day (> 12, the first ≤ 12).
    ///   The month must be 1–12, the day exist in it, the date lie from 1900 to the run date.
    ///   No `.` is taken for a decimal fraction: that needs the first number to run to the end.
    /// - `dddd s d[d] s d[d]`: ISO year, month, day (0 is invalid here, not a placeholder),
    ///   with the same checks.
    static func fastLooksLikeDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        if let answer = fastDateShape(bytes) { return answer }
        return readsNoDateShape(bytes) ? false : nil
    }

    /// The common shapes of ``fastLooksLikeDate(_:)``.
    private static func fastDateShape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        let n = bytes.count
        guard n > 0 else { return nil }
        // Numbers and separators in one pass: at most three numbers, each a run of digits.
        var values = (0, 0, 0), lengths = (0, 0, 0)
        var count = 0, run = 0, value = 0
        // A number of more than 9 digits makes the parser give up: no date whatever follows.
        var tooLong = false
        for b in bytes {
            if b &- 0x30 < 10 {
                run += 1
                if run > 9 { tooLong = true } else { value = value * 10 + Int(b &- 0x30) }
                continue
            }
            guard b == 0x2F || b == 0x2D || b == 0x2E, run > 0, count < 2 else { return nil }
            if count == 0 { values.0 = value; lengths.0 = run } else { values.1 = value; lengths.1 = run }
            count += 1
            run = 0
            value = 0
        }
        guard run > 0 else { return nil }
        if tooLong { return false }
        if count == 0 {
            // Digits only.
            return n == 4 && value >= 1900 && value <= CivilDate.today().year
        }
        guard count == 2 else { return nil }
        values.2 = value
        lengths.2 = run
        let year: Int, month: Int, day: Int?
        if lengths.0 <= 2 && lengths.1 <= 2 && lengths.2 == 4 {
            year = values.2
            let a = values.0, b = values.1
            if b == 0 {
                return year >= 1900 && year <= CivilDate.today().year
            } else if a == 0 {
                (month, day) = (b, nil)
            } else if b > 12 && a <= 12 {
                (month, day) = (a, b)
            } else {
                (month, day) = (b, a)
            }
        } else if lengths.0 == 4 && lengths.1 <= 2 && lengths.2 <= 2 {
            (year, month, day) = (values.0, values.1, values.2)
            if day == 0 { return false }
        } else {
            return nil
        }
        guard month >= 1 && month <= 12 else { return false }
        if let day, day > CivilDate.daysIn(month: month, year: year) { return false }
        guard year >= 1900 else { return false }
        let today = CivilDate.today()
        return !(today < CivilDate(year: year, month: month, day: day ?? 1))
    }

    /// True when `DateShape` certainly reads no date in a cell of printable ASCII (spaces
    /// included) and Vietnamese letters, by its tokens alone: a byte it does not take, a word
    /// other than ngày, tháng, năm, t and sinh, a number of more than 9 digits, no number or
    /// more than 7. It reads ASCII cells as they are and other cells folded (`foldKey`: each
    /// Vietnamese letter becomes its base letter, spaces are collapsed, the rest is kept), which
    /// gives the same tokens: spaces only separate them. False when the tokens may be a date.
    static func readsNoDateShape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        // The letter at `i` as `DateShape` sees it (lower case), with the index after it;
        // 0 for other characters.
        func letter(at i: Int) -> (UInt8, Int) {
            let b = bytes[i]
            if b < 0x80 { return ((b | 0x20) &- 0x61 < 26 ? b | 0x20 : 0, i + 1) }
            let (scalar, next) = CellScan.scalar(bytes, at: i)
            return (CellScan.baseLetter(scalar), next)
        }
        // Other scalars fold in other ways (a combining mark joins the letter before it, ICU
        // may write letters or digits), controls are dropped: undecided.
        for b in bytes where b < 0x80 && (b < 0x20 || b == 0x7F) { return false }
        guard CellScan(bytes).isPlain else { return false }
        var numbers = 0
        var i = 0
        while i < n {
            let b = bytes[i]
            if b &- 0x30 < 10 {
                var digits = 0
                while i < n, bytes[i] &- 0x30 < 10 { digits += 1; i += 1 }
                if digits > 9 { return true }
                // "1980.0": a fraction only when its digits run to the end after a first number.
                if i + 1 < n, bytes[i] == 0x2E || bytes[i] == 0x2C, bytes[i + 1] &- 0x30 < 10 {
                    var j = i + 1
                    while j < n, bytes[j] &- 0x30 < 10 { j += 1 }
                    if j == n && numbers == 0 { i = j }
                }
                numbers += 1
                continue
            }
            if b == 0x78 || b == 0x58 || b == 0x3F {
                while i < n, bytes[i] == 0x78 || bytes[i] == 0x58 || bytes[i] == 0x3F { i += 1 }
                numbers += 1
                continue
            }
            var (first, next) = letter(at: i)
            if first != 0 {
                // The word, compared with the five the parser knows as it is read.
                var word: UInt64 = 0, length = 0
                while first != 0 {
                    if length < 8 { word = word << 8 | UInt64(first) }
                    length += 1
                    i = next
                    guard i < n else { break }
                    (first, next) = letter(at: i)
                }
                guard length <= 5, ContentRecognizer.dateWords.contains(word) else { return true }
                continue
            }
            switch b {
            case 0x2F, 0x2D, 0x2E, 0x3A, 0x20, 0x09, 0x2C, 0x27, 0x22: i += 1
            default: return true
            }
        }
        return numbers == 0 || numbers > 7
    }

    /// "ngay", "thang", "nam", "t", "sinh" packed as `readsNoDateShape` packs a word.
    static let dateWords: [UInt64] = ["ngay", "thang", "nam", "t", "sinh"].map { $0.utf8.reduce(0) { $0 << 8 | UInt64($1) } }
}
