extension ContentRecognizer {
    /// ``looksLikeNationalID(_:)`` on the UTF-8 bytes, without an array: `NationalIDShape`'s
    /// two readings (`scientific`, `digits`) are functions of the bytes alone, done here in
    /// place.
    static func nationalIDOnBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if scientificOnBytes(bytes) { return true }
        // `NationalIDShape.digits`: trailing spaces and tabs off, then a final ".0"/".00"
        // after its last dot, then only digits and separators.
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        var dot = end - 1
        while dot >= 0, bytes[dot] != 0x2E { dot -= 1 }
        if dot > 0, end - dot <= 3, end - dot >= 2 {
            var zeros = true
            for k in (dot + 1)..<end where bytes[k] != 0x30 { zeros = false }
            if zeros { end = dot }
        }
        var digits = 0
        for k in 0..<end {
            switch bytes[k] {
            case 0x30...0x39: digits += 1
            case 0x20, 0x09, 0x2E, 0x2C, 0x2D, 0x27, 0xA0, 0xC2: continue
            default: return false
            }
        }
        return digits >= 8 && digits <= 12
    }

    /// `NationalIDShape.scientific` on the bytes ("1.08501E+11").
    static func scientificOnBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        NationalIDShape.scientific(bytes: bytes)
    }

    /// Whether `PhoneCleaner().clean(text)` gives a number, decided on the bytes when the cell
    /// is one number (only digits and the separators the cleaner removes: no letter, so no
    /// scientific notation, and nothing that would split it into several numbers); nil for
    /// other cells.
    ///
    /// The cleaner's steps for one number, with no data year: trailing spaces and a final ".0"
    /// off; the digits; "0084", or "84" with a "+" or 11–12 digits, removed; a 0 put in front
    /// when missing. Then 10 digits are a number when the 3-digit prefix is a mobile prefix, the
    /// 3- or 2-digit prefix an old area code that changed (subscriber of 7 or 8 digits), or the
    /// second digit 3, 5, 7, 8 or 9; 11 digits when the 4-digit prefix migrated in 2018, the
    /// 3- or 4-digit prefix is a landline code with 2 as second digit, or the 4-digit prefix an
    /// old area code that changed (subscriber of 7 digits). Nothing else is.
    static func fastLooksLikePhone(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        if end >= 2, bytes[end - 2] == 0x2E, bytes[end - 1] == 0x30 { end -= 2 }
        // At most 16 digits are kept: more cannot end as 10 or 11 (at most 4 are removed).
        var digits: (UInt64, UInt64) = (0, 0)   // digit k in byte k % 8 of word k / 8
        var count = 0
        var plus = false
        for k in 0..<end {
            let b = bytes[k]
            switch b {
            case 0x30...0x39:
                if count < 16 {
                    let shift = UInt64((count & 7) * 8)
                    if count < 8 { digits.0 |= UInt64(b &- 0x30) << shift } else { digits.1 |= UInt64(b &- 0x30) << shift }
                }
                count += 1
            case 0x2B: plus = true
            case 0x20, 0x09, 0x2E, 0x2D, 0x28, 0x29, 0x27, 0xC2, 0xA0: continue
            default: return nil
            }
        }
        // A cell of only spaces or with no digit takes the general path (no number either way).
        guard count > 0 else { return nil }
        if count > 16 { return false }
        func digit(_ k: Int) -> Int {
            Int(truncatingIfNeeded: ((k < 8 ? digits.0 : digits.1) >> UInt64((k & 7) * 8)) & 0xFF)
        }
        var start = 0
        if count >= 4, digit(0) == 0, digit(1) == 0, digit(2) == 8, digit(3) == 4 {
            start = 4
        } else if count >= 2, digit(0) == 8, digit(1) == 4, plus || count == 11 || count == 12 {
            start = 2
        }
        // The national number: a 0, then the digits from `start` (the 0 is there or added).
        let leadingZero = start < count && digit(start) == 0
        let length = count - start + (leadingZero ? 0 : 1)
        func national(_ k: Int) -> Int { leadingZero ? digit(start + k) : (k == 0 ? 0 : digit(start + k - 1)) }
        func prefix(_ length: Int) -> Int {
            var value = 0
            for k in 0..<length { value = value * 10 + national(k) }
            return value
        }
        let index = PhonePrefixIndex.shared
        switch length {
        case 10:
            let second = national(1)
            return index.mobile3[prefix(3)] || index.changedArea3[prefix(3)] || index.changedArea2[prefix(2)]
                || second == 3 || second == 5 || second == 7 || second == 8 || second == 9
        case 11:
            let p4 = prefix(4)
            return index.migratedMobile4[p4] || index.changedArea4[p4]
                || (national(1) == 2 && (index.landline3[prefix(3)] || index.landline4[p4]))
        default:
            return false
        }
    }
}
