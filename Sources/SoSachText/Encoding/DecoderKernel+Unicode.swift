/// UTF-8 (validated; ill-formed sequences become one U+FFFD per maximal subpart, as the Unicode
/// standard recommends) and UTF-16 (either byte order; unpaired surrogates become U+FFFD).
extension DecoderKernel {
    /// Length of the valid UTF-8 sequence starting at `i`, 0 if it is ill-formed, or -1 if the
    /// input ends inside a sequence that could still be valid. `subpart` is the number of bytes of
    /// the ill-formed prefix to replace with one U+FFFD.
    @inline(__always)
    static func utf8SequenceLength(_ input: UnsafeBufferPointer<UInt8>, at i: Int, subpart: inout Int) -> Int {
        let n = input.count
        let b = input[i]
        var need = 0
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: need = 2
        case 0xED: need = 2; high = 0x9F
        case 0xF0: need = 3; low = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; high = 0x8F
        default: subpart = 1; return 0
        }
        for k in 1...need {
            if i + k >= n { return -1 }
            let c = input[i + k]
            let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            if c < lo || c > hi { subpart = k; return 0 }
        }
        return need + 1
    }

    /// Where a non-final chunk of UTF-8 may end: before its last ASCII byte (an ASCII character
    /// never combines with what precedes it, so marks in the next chunk stay with their base);
    /// without ASCII in a long chunk, before its last lead byte that is not a combining mark.
    static func utf8HoldPoint(_ input: UnsafeBufferPointer<UInt8>) -> Int {
        var k = input.count
        while k > 0 && input.count - k < 4096 {
            k -= 1
            if input[k] < 0x80 { return k }
        }
        guard input.count >= 4096 else { return 0 }
        k = input.count
        while k > 0 {
            k -= 1
            if input[k] >= 0xC0 && input[k] != 0xCC && input[k] != 0xCD { return k }
        }
        return 0
    }

    /// Decodes UTF-8. With `composeRuns` (streams, whose output goes to the normaliser), a run
    /// holding a combining mark is composed here when `UTF8Normalizer.composeVietnamese` takes it:
    /// the same bytes the normaliser would write, without a second pass over the chunk. A run is
    /// the normaliser's: from the ASCII byte before it to the next ASCII byte (or an end that is
    /// a run boundary, `endIsBoundary`). Runs it cannot settle are counted as unnormalised and
    /// left to the normaliser as before.
    static func decodeUTF8(
        _ input: UnsafeBufferPointer<UInt8>, isFinal: Bool, into out: UTF8Buffer,
        statistics: inout DecodingStatistics, composeRuns: Bool = false, endIsBoundary: Bool = true
    ) -> Int {
        guard isFinal else {
            let limit = utf8HoldPoint(input)
            guard limit > 0 else { return 0 }
            // The hold point is before an ASCII byte unless a long chunk had none.
            return decodeUTF8(UnsafeBufferPointer(rebasing: input[0..<limit]), isFinal: true, into: out, statistics: &statistics,
                              composeRuns: composeRuns, endIsBoundary: input[limit] < 0x80)
        }
        let n = input.count
        out.reserve(n + n / 2 + 16)
        var p = out.end
        var decoded = 0, invalid = 0, unnormalized = 0
        var consumed = n
        var i = 0
        var composedRuns = 0
        var composeFrom = 0  // runs before this index are left to the normaliser
        var lastInvalid = -1  // after a U+FFFD, output no longer mirrors input: no composing
        let tables = UTF8Normalizer.LetterTables.shared
        while i < n {
            // ASCII, eight bytes at a time.
            while i + 8 <= n {
                let word = UnsafeRawPointer(input.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                UnsafeMutableRawPointer(p).storeBytes(of: word, as: UInt64.self)
                p += 8
                i += 8
            }
            guard i < n else { break }
            let b = input[i]
            if b < 0x80 {
                p.pointee = b
                p += 1
                i += 1
                continue
            }
            // The common well-formed cases first: two-byte letters and marks (C2-DF 80-BF) and
            // three-byte E1 sequences (the precomposed letters U+1E00-U+1EFF and their neighbours).
            if b >= 0xC2 && b <= 0xDF && i + 1 < n && input[i + 1] & 0xC0 == 0x80 {
                if (b == 0xCC || b == 0xCD) && composeRuns && i >= composeFrom && lastInvalid < 0 {
                    // NFD's usual shape first: an ASCII base, one or two marks, then ASCII.
                    if i > 0 && input[i - 1] < 0x80 {
                        let mark = composeMarksAt(input, i, endIsBoundary: endIsBoundary, tables: tables)
                        if mark.letter != 0 {
                            p -= 1  // the base, copied just before
                            UTF8Buffer.write(mark.letter, to: &p)
                            decoded += mark.marks
                            i = mark.next
                            composedRuns += 1
                            continue
                        }
                    }
                    let end = composeRunAt(input, i, output: p, endIsBoundary: endIsBoundary, tables: tables)
                    if end.written >= 0 {
                        p = p - end.taken + end.written
                        decoded += end.scalars
                        i = end.next
                        composedRuns += 1
                        continue
                    }
                    composeFrom = end.next  // this run goes to the normaliser
                }
                if b >= 0xCC { unnormalized += 1 }
                p[0] = b; p[1] = input[i + 1]
                p += 2
                i += 2
                decoded += 1
                continue
            }
            if b == 0xE1 && i + 2 < n && input[i + 1] & 0xC0 == 0x80 && input[i + 2] & 0xC0 == 0x80 {
                if input[i + 1] < 0xB8 || input[i + 1] > 0xBB { unnormalized += 1 }
                p[0] = b; p[1] = input[i + 1]; p[2] = input[i + 2]
                p += 3
                i += 3
                decoded += 1
                continue
            }
            var subpart = 0
            let length = utf8SequenceLength(input, at: i, subpart: &subpart)
            if length > 0 {
                // U+0300 and up may need NFC, except the precomposed letters U+1E00-U+1EFF.
                if b >= 0xCC && !(b == 0xE1 && input[i + 1] >= 0xB8 && input[i + 1] <= 0xBB) { unnormalized += 1 }
                for k in 0..<length { p[k] = input[i + k] }
                p += length
                i += length
                decoded += 1
            } else if length < 0 && !isFinal {
                consumed = i
                break
            } else {
                if length < 0 { subpart = n - i }
                lastInvalid = i
                p[0] = 0xEF; p[1] = 0xBF; p[2] = 0xBD
                p += 3
                // A replacement character needs more room than the bytes it replaces when subpart is 1 or 2.
                out.count = p - out.base
                out.reserve(n - i + n / 2 + 16)
                p = out.end
                i += subpart
                invalid += 1
            }
        }
        out.count = p - out.base
        statistics.decodedUnits += decoded
        statistics.invalidSequences += invalid
        statistics.unnormalized += unnormalized
        statistics.normalizedRuns += composedRuns
        return consumed
    }

    /// The letter an ASCII base (`input[i - 1]`) makes with the combining marks from `i` when they
    /// are the whole run (an ASCII byte, or an end that is a boundary, follows), or 0 when the
    /// run has another shape or makes no letter (then `composeRunAt` decides). Same letter as
    /// `UTF8Normalizer.composeVietnamese` on the run: at most one modifier (breve, circumflex,
    /// horn) and one tone mark, in any order.
    @inline(__always)
    static func composeMarksAt(
        _ input: UnsafeBufferPointer<UInt8>, _ i: Int, endIsBoundary: Bool, tables: UTF8Normalizer.LetterTables
    ) -> (letter: UInt32, marks: Int, next: Int) {
        let n = input.count
        let markClass = tables.markClass
        var j = i
        var modifier = 0
        var tone: UInt8 = 0
        while j + 1 < n {
            let b = input[j], c = input[j + 1]
            guard (b == 0xCC || b == 0xCD) && c & 0xC0 == 0x80 else { break }
            let cls = markClass[Int(b & 0x01) << 6 | Int(c & 0x3F)]  // U+0300-U+037F
            if cls >= 0x10 {
                guard modifier == 0 else { return (0, 0, 0) }
                modifier = Int(cls & 0x03)
            } else {
                guard cls != 0, tone == 0 else { return (0, 0, 0) }
                tone = cls
            }
            j &+= 2
        }
        guard j < n ? input[j] < 0x80 : endIsBoundary else { return (0, 0, 0) }
        // As `UTF8Normalizer.composedLetter` for an ASCII base.
        let base = Int(input[i - 1])
        let letter = modifier == 0 ? UInt32(base) : tables.modifiedASCII[base << 2 | modifier]
        guard letter != 0 else { return (0, 0, 0) }
        guard tone != 0 else { return (letter, (j - i) / 2, j) }
        guard letter < 0x200 else { return (0, 0, 0) }
        let slot = tables.baseSlot[Int(letter)]
        guard slot != 0xFF else { return (0, 0, 0) }
        return (tables.composed[Int(slot) * 8 + Int(tone)], (j - i) / 2, j)
    }

    /// Composes the run around the combining mark at `i` (valid UTF-8 copied verbatim so far, so
    /// the run's bytes before `i` are the `taken` bytes just before `output`). Returns how many
    /// bytes were written from `output - taken` (-1: not composed, nothing written that counts),
    /// the non-ASCII scalars after `i` (for `decodedUnits`), and where decoding goes on (on
    /// failure: the run's end, so the run is not tried again).
    @inline(__always)
    static func composeRunAt(
        _ input: UnsafeBufferPointer<UInt8>, _ i: Int, output: UnsafeMutablePointer<UInt8>, endIsBoundary: Bool,
        tables: UTF8Normalizer.LetterTables
    ) -> (written: Int, taken: Int, scalars: Int, next: Int) {
        let n = input.count
        var start = i
        while start > 0 && input[start - 1] >= 0x80 { start -= 1 }
        var end = i
        var scalars = 0
        var valid = true
        while end < n && input[end] >= 0x80 {
            let b = input[end]
            // Marks and two-byte letters first.
            if b >= 0xC2 && b <= 0xDF && end + 1 < n && input[end + 1] & 0xC0 == 0x80 {
                end += 2
                scalars += 1
                continue
            }
            var subpart = 0
            let length = utf8SequenceLength(input, at: end, subpart: &subpart)
            if length <= 0 { valid = false; break }
            end += length
            scalars += 1
        }
        // The run must start after an ASCII byte and end at one (or at a boundary), as the normaliser's.
        guard valid, start > 0, end < n || endIsBoundary else {
            while end < n && input[end] >= 0x80 { end += 1 }
            return (-1, 0, 0, end)
        }
        start -= 1  // the ASCII base
        var q = output - (i - start)
        let run = UnsafeBufferPointer(rebasing: input[start..<end])
        guard UTF8Normalizer.composeVietnamese(run, to: &q, baseSlot: tables.baseSlot, composed: tables.composed) else {
            // What it wrote over the run's first bytes is garbage: put them back.
            (output - (i - start)).update(from: input.baseAddress! + start, count: i - start)
            return (-1, 0, 0, end)
        }
        return (q - (output - (i - start)), i - start, scalars, end)
    }

    static func decodeUTF16(
        _ input: UnsafeBufferPointer<UInt8>, bigEndian: Bool, isFinal: Bool, into out: UTF8Buffer,
        statistics: inout DecodingStatistics
    ) -> Int {
        guard isFinal else {
            // A non-final chunk ends before its last ASCII unit (see `utf8HoldPoint`).
            var k = input.count & ~1
            while k >= 2 && input.count - k < 8192 {
                k -= 2
                let high = bigEndian ? input[k] : input[k + 1], low = bigEndian ? input[k + 1] : input[k]
                if high == 0 && low < 0x80 {
                    guard k > 0 else { return 0 }
                    return decodeUTF16(UnsafeBufferPointer(rebasing: input[0..<k]), bigEndian: bigEndian, isFinal: true,
                                       into: out, statistics: &statistics)
                }
            }
            guard input.count >= 8192 else { return 0 }
            var cut = (input.count - 4) & ~1
            let high = bigEndian ? input[cut - 2] : input[cut - 1]
            if high >= 0xD8 && high <= 0xDB { cut -= 2 }  // keep a surrogate pair together
            return decodeUTF16(UnsafeBufferPointer(rebasing: input[0..<cut]), bigEndian: bigEndian,
                               isFinal: true, into: out, statistics: &statistics)
        }
        let n = input.count
        out.reserve(n / 2 * 3 + 16)
        var p = out.end
        var decoded = 0, invalid = 0, unnormalized = 0
        var consumed = n
        var i = 0
        @inline(__always) func unit(_ k: Int) -> UInt32 {
            bigEndian ? UInt32(input[k]) << 8 | UInt32(input[k + 1]) : UInt32(input[k + 1]) << 8 | UInt32(input[k])
        }
        while i < n {
            if i + 1 >= n {
                if !isFinal { consumed = i; break }
                UTF8Buffer.write(0xFFFD, to: &p)
                invalid += 1
                i += 1
                continue
            }
            let u = unit(i)
            if u < 0x80 {
                p.pointee = UInt8(u)
                p += 1
                i += 2
                continue
            }
            decoded += 1
            if u >= 0x300 && (u < 0x1E00 || u > 0x1EFF) { unnormalized += 1 }
            if u < 0xD800 || u > 0xDFFF {
                UTF8Buffer.write(u, to: &p)
                i += 2
            } else if u <= 0xDBFF {
                if i + 3 >= n {
                    if !isFinal { consumed = i; break }
                    UTF8Buffer.write(0xFFFD, to: &p)
                    invalid += 1
                    i += 2
                    continue
                }
                let v = unit(i + 2)
                if v >= 0xDC00 && v <= 0xDFFF {
                    UTF8Buffer.write(0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00), to: &p)
                    i += 4
                } else {
                    UTF8Buffer.write(0xFFFD, to: &p)
                    invalid += 1
                    i += 2
                }
            } else {
                UTF8Buffer.write(0xFFFD, to: &p)
                invalid += 1
                i += 2
            }
        }
        out.count = p - out.base
        statistics.decodedUnits += decoded
        statistics.invalidSequences += invalid
        statistics.unnormalized += unnormalized
        return consumed
    }
}
