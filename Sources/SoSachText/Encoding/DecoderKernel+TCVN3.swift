/// TCVN3 with the capital-font rule.
///
/// TCVN3 has no codes for 60 upper-case toned letters: text typed for an all-capital font
/// (`.VnTimeH`) uses the lower-case codes, so `NGUYỄN` is stored as `NGUYÔN` (0xD4 = ễ). A word
/// that has a lower-case TCVN3 letter, an upper-case letter after its first letter and no ASCII
/// lower-case letter can only be such text: it is decoded through the capital table. Words typed
/// all in lower case for a capital font (`nguyÔn`) look exactly like lower-case text; only the
/// font tells, so those need `TextEncoding.tcvn3Capital`.
extension DecoderKernel {
    /// Byte classes: bit 0 = letter (ASCII or TCVN3), bit 1 = TCVN3 lower-case letter,
    /// bit 2 = upper-case letter (ASCII or TCVN3).
    static let tcvn3Classes: [UInt8] = {
        var classes = [UInt8](repeating: 0, count: 256)
        for b in 0x41...0x5A { classes[b] = 0b101 }
        for b in 0x61...0x7A { classes[b] = 0b001 }
        for b in 0xA1...0xFF {
            let scalar = EncodingTables.tcvn3[b]
            let info = VietnameseLetters.infoOf(scalar)
            guard info & 0x8000 != 0, scalar >= 0x80 else { continue }
            classes[b] = info & 0x0800 != 0 ? 0b101 : 0b011
            if info & 0x0700 != 0 && info & 0x0800 == 0 { classes[b] |= 0b1000 }  // toned: no capital code
        }
        return classes
    }()

    /// True when the word before or after (in the same cell) is certainly in capitals: two or more
    /// letters, none ASCII lower case, and a capital after the first letter.
    static func neighbourIsCapitals(
        _ input: UnsafeBufferPointer<UInt8>, wordStart: Int, wordEnd: Int, classes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        func isCapitals(_ start: Int, _ end: Int) -> Bool {
            guard end - start >= 2 else { return false }
            var upperAfterFirst = false
            for k in start..<end {
                let c = classes[Int(input[k])]
                if c == 0b001 { return false }
                if k > start && c & 0b100 != 0 { upperAfterFirst = true }
            }
            return upperAfterFirst
        }
        var k = wordStart
        if k > 0, input[k - 1] == 0x20 {
            while k > 0, input[k - 1] == 0x20 { k -= 1 }
            let end = k
            while k > 0, classes[Int(input[k - 1])] & 1 != 0 { k -= 1 }
            if isCapitals(k, end) { return true }
        }
        k = wordEnd
        if k < input.count, input[k] == 0x20 {
            while k < input.count, input[k] == 0x20 { k += 1 }
            let start = k
            while k < input.count, classes[Int(input[k])] & 1 != 0 { k += 1 }
            if isCapitals(start, k) { return true }
        }
        return false
    }

    /// True when a word starting with a lower-case toned letter sits among capitalised words of
    /// the same cell ("Nguyễn Thị ánh", "ấp Mỹ Phước"): TCVN3 has no code for the capital, so the
    /// typist's "Ánh" was stored with the lower-case code.
    static func titleCaseContext(
        _ input: UnsafeBufferPointer<UInt8>, wordStart: Int, wordEnd: Int, classes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        var previousUpper: Bool?
        var k = wordStart
        if k > 0, input[k - 1] == 0x20 {
            while k > 0, input[k - 1] == 0x20 { k -= 1 }
            if k > 0, classes[Int(input[k - 1])] & 1 != 0 {
                while k > 0, classes[Int(input[k - 1])] & 1 != 0 { k -= 1 }
                previousUpper = classes[Int(input[k])] & 0b100 != 0
            }
        }
        var nextUpper: Bool?
        k = wordEnd
        if k < input.count, input[k] == 0x20 {
            while k < input.count, input[k] == 0x20 { k += 1 }
            if k < input.count, classes[Int(input[k])] & 1 != 0 {
                nextUpper = classes[Int(input[k])] & 0b100 != 0
            }
        }
        switch (previousUpper, nextUpper) {
        case (true?, nil), (true?, true?), (nil, true?): return true
        default: return false
        }
    }

    static func decodeTCVN3(
        _ whole: UnsafeBufferPointer<UInt8>, isFinal: Bool, into out: UTF8Buffer,
        statistics: inout DecodingStatistics,
        lower: SingleByteTable = .tcvn3, capital: SingleByteTable = .tcvn3Capital
    ) -> Int {
        // Whole lines at a time, so the title-case rule sees the words around each word.
        var isFinal = isFinal
        var lineEnd = whole.count
        if !isFinal {
            while lineEnd > 0, whole[lineEnd - 1] != 0x0A { lineEnd -= 1 }
            if lineEnd > 0 {
                isFinal = true
            } else if whole.count < maxHeldSegment {
                return 0
            } else {
                lineEnd = whole.count
            }
        }
        let input = UnsafeBufferPointer(rebasing: whole[0..<lineEnd])
        let n = input.count
        out.reserve(n * 3)
        var p = out.end
        var decoded = 0, invalid = 0, capitalized = 0
        var consumed = n
        tcvn3Classes.withUnsafeBufferPointer { classes in
            lower.packed.withUnsafeBufferPointer { lowerPacked in
                capital.packed.withUnsafeBufferPointer { capitalPacked in
                    lower.lengths.withUnsafeBufferPointer { lowerLengths in
                        capital.lengths.withUnsafeBufferPointer { capitalLengths in
                            var i = 0
                            var wordIn = 0          // input index where the current word starts
                            var wordOut = p         // output position where it starts
                            while i < n {
                                let b = input[i]
                                let c = classes[Int(b)]
                                if b < 0x80 {
                                    p.pointee = b
                                    p += 1
                                    i += 1
                                    if c & 1 == 0 { wordIn = i; wordOut = p }
                                    continue
                                }
                                if c & 0b010 == 0 {
                                    let value = lowerPacked[Int(b)]
                                    UnsafeMutableRawPointer(p).storeBytes(of: value, as: UInt32.self)
                                    p += Int(lowerLengths[Int(b)])
                                    decoded += 1
                                    if value == 0xBDBFEF { invalid += 1 }
                                    i += 1
                                    if c & 1 == 0 { wordIn = i; wordOut = p }
                                    continue
                                }
                                // A lower-case TCVN3 letter. If its word already has an ASCII small
                                // letter ("Nguyễn"), no capital rule applies: decode it as it is.
                                var plain = false
                                for k in wordIn..<i where classes[Int(input[k])] == 0b001 { plain = true; break }
                                if plain {
                                    let value = lowerPacked[Int(b)]
                                    UnsafeMutableRawPointer(p).storeBytes(of: value, as: UInt32.self)
                                    p += Int(lowerLengths[Int(b)])
                                    decoded += 1
                                    i += 1
                                    continue
                                }
                                // Otherwise look at the whole word.
                                var end = i + 1
                                while end < n, classes[Int(input[end])] & 1 != 0 { end += 1 }
                                if end == n && !isFinal && end - wordIn < maxHeldWord {
                                    p = wordOut
                                    consumed = wordIn
                                    break
                                }
                                var upperAfterFirst = false, lowerASCII = false
                                for k in wordIn..<end {
                                    let ck = classes[Int(input[k])]
                                    if ck & 0b100 != 0 && k > wordIn { upperAfterFirst = true }
                                    if ck == 0b001 { lowerASCII = true }
                                }
                                var useCapital = upperAfterFirst && !lowerASCII
                                if !useCapital && !lowerASCII && classes[Int(input[wordIn])] & 0b100 != 0 {
                                    // "X·" between "HßA" and "HéI": a capital word among capital words.
                                    useCapital = neighbourIsCapitals(input, wordStart: wordIn, wordEnd: end, classes: classes)
                                }
                                var capitalFirst = false
                                if !useCapital && classes[Int(input[wordIn])] & 0b1000 != 0 {
                                    capitalFirst = titleCaseContext(input, wordStart: wordIn, wordEnd: end, classes: classes)
                                }
                                if useCapital || capitalFirst { capitalized += 1 }
                                p = wordOut
                                for k in wordIn..<end {
                                    let ck = input[k]
                                    if ck < 0x80 { p.pointee = ck; p += 1; continue }
                                    let capital = useCapital || (capitalFirst && k == wordIn)
                                    let value = capital ? capitalPacked[Int(ck)] : lowerPacked[Int(ck)]
                                    UnsafeMutableRawPointer(p).storeBytes(of: value, as: UInt32.self)
                                    p += Int(capital ? capitalLengths[Int(ck)] : lowerLengths[Int(ck)])
                                    if k >= i { decoded += 1 }
                                }
                                i = end
                                wordIn = i
                                wordOut = p
                            }
                            if consumed == n && !isFinal && wordIn < n && n - wordIn < maxHeldWord {
                                // The last word may continue with TCVN3 letters in the next chunk.
                                p = wordOut
                                consumed = wordIn
                            }
                        }
                    }
                }
            }
        }
        out.count = p - out.base
        statistics.decodedUnits += decoded
        statistics.invalidSequences += invalid
        statistics.capitalizedWords += capitalized
        return consumed
    }
}
