import CICU

/// NFC on UTF-8 bytes, with a fast path that skips ICU.
///
/// Invariants:
/// - Text is cut into runs at ASCII bytes: an ASCII character never combines with what precedes
///   it, so NFC of the whole equals the concatenation of NFC of runs that each start at an ASCII
///   byte (the ASCII letter may be the base of marks that follow it).
/// - A run whose scalars are all "safe" (below U+0300, the precomposed letters U+1E00–U+1EFF, and
///   a few punctuation marks) is already NFC and is copied. A run with combining marks that only
///   compose Vietnamese letters (NFD from macOS, "Unicode tổ hợp") is composed from the letter
///   tables; anything else (other marks, U+0340/0341, exotic scalars) goes through ICU
///   (`cicu_nfc`, UTF-16).
/// - Before ICU, a circumflex or breve that follows a tone mark is moved in front of it: both have
///   combining class 230, so NFC would not reorder them and `a + ́ + ̂` would not become `ấ`.
/// - Streaming: unless `isFinal`, the bytes from the last ASCII byte on are held back (a following
///   chunk may continue the run).
enum UTF8Normalizer {
    @inline(__always) static func isSafe(_ scalar: UInt32) -> Bool {
        scalar < 0x300 || (scalar >= 0x1E00 && scalar <= 0x1EFF)
            || (scalar >= 0x2010 && scalar <= 0x206F) || scalar == 0x20AB || scalar == 0x20AC || scalar == 0x2122
            || scalar == 0xFFFD || scalar == 0xFEFF
    }

    /// True when `bytes` (valid UTF-8) is certainly NFC by the fast rule.
    static func isFastNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0xCC { i += 1; continue }
            let (scalar, length) = scalarAt(bytes, i)
            if !isSafe(scalar) { return false }
            i += length
        }
        return true
    }

    @inline(__always) static func scalarAt(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b = bytes[i]
        let n = bytes.count
        if b < 0x80 { return (UInt32(b), 1) }
        if b < 0xE0, i + 1 < n { return (UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b < 0xF0, i + 2 < n {
            return (UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if i + 3 < n {
            return (UInt32(b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, n - i)
    }

    /// Appends the NFC form of a prefix of `input` (valid UTF-8) to `out`; returns the number of
    /// bytes consumed (all of them when `isFinal`). `runs` counts the runs that changed.
    @discardableResult
    static func normalize(_ input: UnsafeBufferPointer<UInt8>, isFinal: Bool, into out: UTF8Buffer, runs: UnsafeMutablePointer<Int>? = nil) -> Int {
        var limit = input.count
        if !isFinal {
            var k = input.count
            while k > 0, input[k - 1] >= 0x80 { k -= 1 }
            limit = k > 0 ? k - 1 : 0
            if limit == 0 && input.count > 1 << 16 { limit = input.count }  // no ASCII at all: give up holding
            if limit == 0 { return 0 }
        }
        let n = limit
        let tables = LetterTables.shared
        // Bytes are copied as they are scanned; a run that needs NFC is taken back and written
        // composed. Composing never lengthens a run, so n bytes of room suffice until ICU runs.
        out.reserve(n + 16)
        var p = out.end
        var copied = 0  // end of the last normalised run
        var i = 0
        var lastASCII = -1
        while i < n {
            // ASCII eight bytes at a time.
            while i + 8 <= n {
                let word = UnsafeRawPointer(input.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                UnsafeMutableRawPointer(p).storeBytes(of: word, as: UInt64.self)
                p += 8
                i += 8
                lastASCII = i - 1
            }
            guard i < n else { break }
            let b = input[i]
            if b < 0x80 { p.pointee = b; p += 1; lastASCII = i; i += 1; continue }
            if b < 0xCC { p.pointee = b; p += 1; i += 1; continue }
            // The precomposed letters U+1E00-U+1EFF are safe.
            if b == 0xE1, i + 2 < n, input[i + 1] >= 0xB8, input[i + 1] <= 0xBB {
                p[0] = b; p[1] = input[i + 1]; p[2] = input[i + 2]
                p += 3
                i += 3
                continue
            }
            let (scalar, length) = scalarAt(input, i)
            if isSafe(scalar) {
                for k in 0..<length { p[k] = input[i + k] }
                p += length
                i += length
                continue
            }
            // Unsafe: normalise the run from the last ASCII byte to the next ASCII byte.
            let runStart = max(lastASCII, copied)
            var runEnd = i + length
            while runEnd < n, input[runEnd] >= 0x80 { runEnd += 1 }
            p -= i - runStart  // the run's bytes copied so far are taken back
            let runOutput = p
            let run = UnsafeBufferPointer(rebasing: input[runStart..<runEnd])
            if composeVietnamese(run, to: &p, baseSlot: tables.baseSlot, composed: tables.composed) {
                // Composed: the run had a combining mark and now has none, so it changed.
                runs?.pointee += 1
            } else {
                out.count = runOutput - out.base
                let before = out.count
                normalizeRunWithICU(run, into: out)
                if let runs, out.count - before != runEnd - runStart || !equal(out, from: before, input, runStart, runEnd) {
                    runs.pointee += 1
                }
                out.reserve(n - runEnd + 16)
                p = out.end
            }
            copied = runEnd
            i = runEnd
        }
        out.count = p - out.base
        return n
    }

    private static func equal(_ out: UTF8Buffer, from: Int, _ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        for k in 0..<(end - start) where out.base[from + k] != input[start + k] { return false }
        return true
    }

    /// The letter a base becomes with a combining modifier (breve, circumflex, horn), or 0.
    @inline(__always) static func modified(_ base: UInt32, _ mark: UInt32) -> UInt32 {
        switch (base, mark) {
        case (0x61, 0x306): return 0x103
        case (0x41, 0x306): return 0x102
        case (0x61, 0x302): return 0xE2
        case (0x41, 0x302): return 0xC2
        case (0x65, 0x302): return 0xEA
        case (0x45, 0x302): return 0xCA
        case (0x6F, 0x302): return 0xF4
        case (0x4F, 0x302): return 0xD4
        case (0x6F, 0x31B): return 0x1A1
        case (0x4F, 0x31B): return 0x1A0
        case (0x75, 0x31B): return 0x1B0
        case (0x55, 0x31B): return 0x1AF
        default: return 0
        }
    }

    /// Composes a run of Vietnamese text in NFD, "tổ hợp" or mis-ordered form (base + at most one
    /// modifier + at most one tone, marks in any order) without ICU. Returns false, writing
    /// nothing, when the run holds anything else; ICU then does it.
    static func composeVietnamese(_ run: UnsafeBufferPointer<UInt8>, into out: UTF8Buffer) -> Bool {
        let tables = LetterTables.shared
        out.reserve(run.count + 8)
        var p = out.end
        guard composeVietnamese(run, to: &p, baseSlot: tables.baseSlot, composed: tables.composed) else { return false }
        out.count = p - out.base
        return true
    }

    /// `composeVietnamese` writing at `p` (room for `run.count` bytes) with the letter tables at
    /// hand; on false, what it wrote at `p` is garbage and `p` must be reset.
    @inline(__always)
    static func composeVietnamese(
        _ run: UnsafeBufferPointer<UInt8>, to p: inout UnsafeMutablePointer<UInt8>,
        baseSlot: UnsafePointer<UInt8>, composed: UnsafePointer<UInt32>
    ) -> Bool {
        var base: UInt32 = 0
        var hasBase = false
        var modifier: UInt32 = 0
        var tone: UInt8 = 0
        var i = 0
        while i < run.count {
            let (scalar, length) = scalarAt(run, i)
            i += length
            if scalar >= 0x300 && scalar <= 0x36F {
                guard hasBase else { return false }
                if scalar == 0x302 || scalar == 0x306 || scalar == 0x31B {
                    guard modifier == 0 else { return false }
                    modifier = scalar
                } else {
                    let t = VietnameseLetters.toneOfMark(scalar)
                    guard t != 0, tone == 0 else { return false }
                    tone = t
                }
                continue
            }
            guard isSafe(scalar) else { return false }
            if hasBase {
                let letter = composedLetter(base, modifier, tone, baseSlot: baseSlot, composed: composed)
                guard letter != 0 else { return false }
                UTF8Buffer.write(letter, to: &p)
            }
            base = scalar
            hasBase = true
            modifier = 0
            tone = 0
        }
        if hasBase {
            let letter = composedLetter(base, modifier, tone, baseSlot: baseSlot, composed: composed)
            guard letter != 0 else { return false }
            UTF8Buffer.write(letter, to: &p)
        }
        return true
    }

    /// A base with an optional modifier and tone as one precomposed letter, or 0.
    @inline(__always)
    static func composedLetter(
        _ base: UInt32, _ modifier: UInt32, _ tone: UInt8, baseSlot: UnsafePointer<UInt8>, composed: UnsafePointer<UInt32>
    ) -> UInt32 {
        var letter = base
        if modifier != 0 {
            letter = modified(letter, modifier)
            if letter == 0 { return 0 }
        }
        guard tone != 0 else { return letter }
        // As `VietnameseLetters.compose`: bases below U+0200 with a slot.
        guard letter < 0x200 else { return 0 }
        let slot = baseSlot[Int(letter)]
        guard slot != 0xFF else { return 0 }
        return composed[Int(slot) * 8 + Int(tone)]
    }

    /// `VietnameseLetters.baseSlot` and `.composed`, and the mark and modifier tables of the
    /// decoder's NFD fast path (`DecoderKernel.composeMarksAt`), made once in memory that is never
    /// freed, so the hot loops hold plain pointers (no array access per letter).
    final class LetterTables: @unchecked Sendable {
        static let shared = LetterTables()
        let baseSlot: UnsafePointer<UInt8>
        let composed: UnsafePointer<UInt32>
        /// Per combining mark U+0300-U+037F: the tone (1-5, `VietnameseLetters.toneOfMark`), or
        /// 0x10 | modifier (1 circumflex, 2 breve, 3 horn), or 0 (neither).
        let markClass: UnsafePointer<UInt8>
        /// `modified(base, modifier)` for an ASCII base: `[base << 2 | modifier]`, 0 if none.
        let modifiedASCII: UnsafePointer<UInt32>

        /// The modifiers in the order of their codes 1-3.
        static let modifiers: [UInt32] = [0x302, 0x306, 0x31B]

        private init() {
            let slots = VietnameseLetters.baseSlot, letters = VietnameseLetters.composed
            let slotMemory = UnsafeMutablePointer<UInt8>.allocate(capacity: slots.count)
            slotMemory.initialize(from: slots, count: slots.count)
            let letterMemory = UnsafeMutablePointer<UInt32>.allocate(capacity: letters.count)
            letterMemory.initialize(from: letters, count: letters.count)
            baseSlot = UnsafePointer(slotMemory)
            composed = UnsafePointer(letterMemory)
            let classMemory = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x80)
            for k in 0..<0x80 {
                let scalar = UInt32(0x300 + k)
                let modifier = Self.modifiers.firstIndex(of: scalar)
                classMemory[k] = modifier.map { 0x10 | UInt8($0 + 1) } ?? VietnameseLetters.toneOfMark(scalar)
            }
            markClass = UnsafePointer(classMemory)
            let modifiedMemory = UnsafeMutablePointer<UInt32>.allocate(capacity: 0x80 * 4)
            for base in 0..<0x80 {
                modifiedMemory[base << 2] = 0
                for (code, modifier) in Self.modifiers.enumerated() {
                    modifiedMemory[base << 2 | (code + 1)] = UTF8Normalizer.modified(UInt32(base), modifier)
                }
            }
            modifiedASCII = UnsafePointer(modifiedMemory)
        }
    }

    /// NFC of one run: Vietnamese letters directly, anything else through ICU.
    static func normalizeRun(_ run: UnsafeBufferPointer<UInt8>, into out: UTF8Buffer) {
        if composeVietnamese(run, into: out) { return }
        normalizeRunWithICU(run, into: out)
    }

    /// NFC of one run through ICU.
    static func normalizeRunWithICU(_ run: UnsafeBufferPointer<UInt8>, into out: UTF8Buffer) {
        var units: [UInt16] = []
        units.reserveCapacity(run.count + 4)
        var i = 0
        while i < run.count {
            let (scalar, length) = scalarAt(run, i)
            i += length
            if scalar >= 0x10000 {
                let v = scalar - 0x10000
                units.append(UInt16(0xD800 + (v >> 10)))
                units.append(UInt16(0xDC00 + (v & 0x3FF)))
            } else {
                units.append(UInt16(scalar))
            }
        }
        // Move a circumflex/breve in front of a tone mark it follows.
        if units.count > 2 {
            for k in 1..<units.count where units[k] == 0x0302 || units[k] == 0x0306 {
                var j = k
                while j > 0, VietnameseLetters.toneOfMark(UInt32(units[j - 1])) != 0 {
                    units.swapAt(j, j - 1)
                    j -= 1
                }
            }
        }
        var capacity = units.count * 2 + 8
        var result = [UInt16](repeating: 0, count: capacity)
        var status: Int32 = 0
        var length = units.withUnsafeBufferPointer { src in
            result.withUnsafeMutableBufferPointer { dst in
                cicu_nfc(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(capacity), &status)
            }
        }
        if status == 15 {  // buffer overflow: retry with the size ICU asked for
            capacity = Int(length) + 8
            result = [UInt16](repeating: 0, count: capacity)
            status = 0
            length = units.withUnsafeBufferPointer { src in
                result.withUnsafeMutableBufferPointer { dst in
                    cicu_nfc(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(capacity), &status)
                }
            }
        }
        if status > 0 {  // ICU failed: keep the run as it was
            out.append(run)
            return
        }
        out.reserve(Int(length) * 3)
        var p = out.end
        var k = 0
        while k < Int(length) {
            var scalar = UInt32(result[k])
            if scalar >= 0xD800 && scalar <= 0xDBFF && k + 1 < Int(length) {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(result[k + 1]) - 0xDC00)
                k += 1
            }
            UTF8Buffer.write(scalar, to: &p)
            k += 1
        }
        out.count = p - out.base
    }

    /// NFC of UTF-8 bytes (tests and small callers).
    static func nfc(_ bytes: [UInt8]) -> [UInt8] {
        let out = UTF8Buffer(capacity: bytes.count + 16)
        bytes.withUnsafeBufferPointer { _ = normalize($0, isFinal: true, into: out) }
        return out.array
    }
}
