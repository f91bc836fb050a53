/// VIQR (RFC 1456): a vowel followed by a modifier (`(` breve, `^` circumflex, `+` or `*` horn)
/// and a tone (`'` acute, `` ` `` grave, `?` hook, `~` tilde, `.` dot below), in either order;
/// `dd`, `DD`, `Dd`, `dD`, `d-`, `D-` at the start of a word for đ/Đ; a backslash makes the next
/// mark character literal (`gi\`\?` is "gì?").
///
/// A word's marks are composed only when the composed word is a legal Vietnamese syllable
/// (`VietnameseSyllable`), so "Nguyen Van Duc." keeps its full stop and "H'Hen" its apostrophe;
/// otherwise the word is copied as it is. A mark character left after the letters (`Thi..` → "Thị.")
/// is literal.
extension DecoderKernel {
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
    }

    /// The mark characters ( ^ + * ' ` ? ~ . as bits: below 0x40, and 0x40-0x7F less 0x40.
    static let viqrMarksLow: UInt64 = 1 << 0x28 | 1 << 0x2B | 1 << 0x2A | 1 << 0x27 | 1 << 0x3F | 1 << 0x2E
    static let viqrMarksHigh: UInt64 = 1 << (0x5E - 0x40) | 1 << (0x60 - 0x40) | 1 << (0x7E - 0x40)

    /// True for ( ^ + * ' ` ? ~ . (a bit test, not a jump table: this runs for every byte of a word).
    @inline(__always) static func isVIQRMark(_ b: UInt8) -> Bool {
        let bits = b < 0x40 ? viqrMarksLow : b < 0x80 ? viqrMarksHigh : 0
        return (bits &>> UInt64(b & 0x3F)) & 1 != 0
    }

    @inline(__always) static func viqrTone(_ b: UInt8) -> UInt8 {
        switch b {
        case 0x60: return 1  // `
        case 0x3F: return 2  // ?
        case 0x7E: return 3  // ~
        case 0x27: return 4  // '
        case 0x2E: return 5  // .
        default: return 0
        }
    }

    /// The letter a vowel becomes with a modifier mark, or 0 if the pair is not a letter.
    @inline(__always) static func viqrModified(_ vowel: UInt8, _ mark: UInt8) -> UInt32 {
        switch (vowel, mark) {
        case (0x61, 0x28): return 0x0103  // ă
        case (0x41, 0x28): return 0x0102
        case (0x61, 0x5E): return 0x00E2  // â
        case (0x41, 0x5E): return 0x00C2
        case (0x65, 0x5E): return 0x00EA  // ê
        case (0x45, 0x5E): return 0x00CA
        case (0x6F, 0x5E): return 0x00F4  // ô
        case (0x4F, 0x5E): return 0x00D4
        case (0x6F, 0x2B), (0x6F, 0x2A): return 0x01A1  // ơ
        case (0x4F, 0x2B), (0x4F, 0x2A): return 0x01A0
        case (0x75, 0x2B), (0x75, 0x2A): return 0x01B0  // ư
        case (0x55, 0x2B), (0x55, 0x2A): return 0x01AF
        default: return 0
        }
    }

    @inline(__always) static func isASCIIVowel(_ b: UInt8) -> Bool {
        switch b | 0x20 {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true
        default: return false
        }
    }

    static func decodeVIQR(
        _ input: UnsafeBufferPointer<UInt8>, isFinal: Bool, into out: UTF8Buffer,
        statistics: inout DecodingStatistics, cache: VIQRWordCache.Storage? = nil
    ) -> Int {
        let n = input.count
        out.reserve(n + 16)
        var p = out.end
        var decoded = 0
        var consumed = n
        // Tables loaded once per chunk (not once per letter).
        let info = VietnameseLetters.info, baseSlot = VietnameseLetters.baseSlot, composed = VietnameseLetters.composed
        let scalars = UnsafeMutablePointer<UInt32>.allocate(capacity: maxHeldWord + 8)
        let codes = UnsafeMutablePointer<UInt8>.allocate(capacity: maxHeldWord + 8)
        defer { scalars.deallocate(); codes.deallocate() }
        var i = 0
        while i < n {
            let b = input[i]
            if b == 0x5C {  // backslash: escapes a mark character
                if i + 1 >= n {
                    if !isFinal { consumed = i; break }
                    p.pointee = b; p += 1; i += 1
                    continue
                }
                let next = input[i + 1]
                if isVIQRMark(next) || next == 0x5C {
                    p.pointee = next; p += 1; i += 2
                } else {
                    p.pointee = b; p += 1; i += 1
                }
                continue
            }
            guard isASCIILetter(b) else {
                p.pointee = b; p += 1; i += 1
                continue
            }
            // A word: letters and mark characters (and "d-" at its start).
            var end = i + 1
            var hasMark = false
            if (b | 0x20) == 0x64, end < n, input[end] == 0x2D { end += 1; hasMark = true }
            while end < n {
                let c = input[end]
                if isASCIILetter(c) { end &+= 1 } else if isVIQRMark(c) { hasMark = true; end &+= 1 } else { break }
            }
            if end == n && !isFinal && end - i < maxHeldWord {
                consumed = i
                break
            }
            let startsWithDD = end - i >= 3 && (b | 0x20) == 0x64 && ((input[i + 1] | 0x20) == 0x64 || input[i + 1] == 0x2D)
            if !hasMark && !startsWithDD || end - i > maxHeldWord {
                for k in i..<end { p[k - i] = input[k] }
                p += end - i
                i = end
                continue
            }
            // A word seen before: its output from the cache.
            var cacheKey: (UInt64, UInt64, Int)?
            if let cache, end - i <= VIQRWordCache.Storage.maxWord {
                let key = VIQRWordCache.Storage.key(input, i, end)
                if let (output, composed) = cache.lookup(key.0, key.1, length: end - i, slot: key.2) {
                    if output.count > end - i {
                        out.count = p - out.base
                        out.reserve(output.count + n - end)
                        p = out.end
                    }
                    if output.count <= 16 && n - end >= 16 {
                        // Two eight-byte moves: the slot has room, and the output has room for the
                        // rest of the input (at least 16 more bytes) plus 8.
                        let from = UnsafeRawPointer(output.baseAddress!)
                        UnsafeMutableRawPointer(p).storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
                        UnsafeMutableRawPointer(p + 8).storeBytes(of: from.loadUnaligned(fromByteOffset: 8, as: UInt64.self), as: UInt64.self)
                    } else {
                        for k in 0..<output.count { p[k] = output[k] }  // a few bytes: no memmove call
                    }
                    p += output.count
                    if composed { decoded += 1 }
                    i = end
                    continue
                }
                cacheKey = key
            }
            let wordOutput = p - out.base
            // Parse the word into letters.
            var count = 0, letters = 0, tones = 0
            var tone: UInt8 = 0
            var tonePosition = -1
            var composedAny = false, valid = true, trailing = false
            var k = i
            if startsWithDD {
                scalars[0] = b == 0x44 ? 0x0110 : 0x0111
                codes[0] = 7
                count = 1; letters = 1; k = i + 2
                composedAny = true
            }
            while k < end {
                let c = input[k]
                if isASCIILetter(c) {
                    if trailing { valid = false; break }
                    var scalar = UInt32(c)
                    var letterTone: UInt8 = 0
                    var used = 1
                    if isASCIIVowel(c) {
                        // Up to one modifier and one tone, in either order.
                        var m = k + 1
                        while m < end && m < k + 3 {
                            let mark = input[m]
                            let modified = scalar == UInt32(c) ? viqrModified(c, mark) : 0
                            if modified != 0 {
                                scalar = modified
                            } else if letterTone == 0, case let t = viqrTone(mark), t != 0 {
                                letterTone = t
                            } else {
                                break
                            }
                            m += 1
                        }
                        used = m - k
                    }
                    if letterTone != 0 {
                        let slot = scalar < 0x200 ? baseSlot[Int(scalar)] : 0xFF
                        let toned = slot == 0xFF ? 0 : composed[Int(slot) * 8 + Int(letterTone)]
                        guard toned != 0 else { valid = false; break }
                        scalar = toned
                        tone = letterTone
                        tonePosition = letters
                        tones += 1
                    }
                    if used > 1 { composedAny = true }
                    scalars[count] = scalar
                    codes[count] = UInt8(truncatingIfNeeded: scalar < 0x1F00 ? info[Int(scalar)] : 0)
                    count += 1; letters += 1
                    k += used
                } else {
                    trailing = true
                    scalars[count] = UInt32(c)
                    count += 1
                    k += 1
                }
            }
            if valid && composedAny && tones <= 1
                && VietnameseSyllable.isValid(UnsafeBufferPointer(start: codes, count: letters), tone: tone, tonePosition: tonePosition) {
                out.count = p - out.base
                out.reserve(count * 3 + n - end)
                p = out.end
                for s in 0..<count { UTF8Buffer.write(scalars[s], to: &p) }
                decoded += 1
                if let cache, let key = cacheKey {
                    cache.store(key.0, key.1, length: end - i, slot: key.2,
                                output: UnsafeBufferPointer(start: out.base + wordOutput, count: p - out.base - wordOutput), composed: true)
                }
            } else {
                for k in i..<end { p[k - i] = input[k] }
                p += end - i
                if let cache, let key = cacheKey {
                    cache.store(key.0, key.1, length: end - i, slot: key.2,
                                output: UnsafeBufferPointer(start: out.base + wordOutput, count: end - i), composed: false)
                }
            }
            i = end
        }
        out.count = p - out.base
        statistics.decodedUnits += decoded
        return consumed
    }
}
