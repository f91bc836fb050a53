/// A byte-level fast path in front of `fastRepair`: each run of non-ASCII characters is mapped back
/// to its Windows-1252 bytes straight from its UTF-8 (scalar → byte through the raw
/// `windows1252Flat` table), written into the output buffer and checked as UTF-8 there; the
/// double-mojibake rounds reuse a spare area of the same buffer. Whenever it meets a case it does
/// not settle the way `fastRepair` does without doubt (a run that maps only through
/// Windows-1258, a run that may have lost bytes, a `?` between runs, an unexpected sequence
/// shape), it returns nil and writes nothing, so `fastRepair` decides: same bytes and outcome by
/// construction.
extension MojibakeRepair {
    /// `windows1252Flat` / `windows1258Flat` as raw pointers (built once, never freed): no array
    /// retain or bounds check in the hot loop.
    nonisolated(unsafe) static let flat1252Pointer: UnsafePointer<UInt16> = pointerCopy(windows1252Flat)
    nonisolated(unsafe) static let flat1258Pointer: UnsafePointer<UInt16> = pointerCopy(windows1258Flat)

    private static func pointerCopy(_ table: [UInt16]) -> UnsafePointer<UInt16> {
        let p = UnsafeMutablePointer<UInt16>.allocate(capacity: table.count)
        p.initialize(from: table, count: table.count)
        return UnsafePointer(p)
    }

    /// The table entry (byte + 1, 0: none) of the character at `p[i]` and its length; length 0
    /// for a shape the fast path leaves to `fastRepair` (4-byte, truncated, stray continuation).
    @inline(__always)
    private static func mappedEntry(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int, _ table: UnsafePointer<UInt16>) -> (UInt16, Int) {
        let b = p[i]
        if b < 0x80 { return (table[Int(b)], 1) }
        if b >= 0xC2 && b <= 0xDF {
            guard i + 1 < n, p[i + 1] & 0xC0 == 0x80 else { return (0, 0) }
            return (table[Int(b & 0x1F) << 6 | Int(p[i + 1] & 0x3F)], 2)  // below U+0800 < reverseLimit
        }
        if b >= 0xE0 && b <= 0xEF {
            guard i + 2 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 else { return (0, 0) }
            let scalar = Int(b & 0x0F) << 12 | Int(p[i + 1] & 0x3F) << 6 | Int(p[i + 2] & 0x3F)
            return (scalar < reverseLimit ? table[scalar] : 0, 3)
        }
        return (0, 0)
    }

    /// Strict UTF-8 check of `p[0..<n]`: true when valid with at least one multi-byte character
    /// (the check `fastRepair` makes).
    @inline(__always)
    static func isMultiByteUTF8(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var i = 0
        var multiByte = false
        while i < n {
            let b = p[i]
            if b < 0x80 { i += 1; continue }
            multiByte = true
            if b >= 0xC2 && b <= 0xDF {
                guard i + 1 < n, p[i + 1] & 0xC0 == 0x80 else { return false }
                i += 2
                continue
            }
            // Three bytes with no range restriction on the second (most Vietnamese letters: E1 BA/BB xx).
            if b >= 0xE1 && b <= 0xEF && b != 0xED {
                guard i + 2 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 else { return false }
                i += 3
                continue
            }
            var subpart = 0
            let length = DecoderKernel.utf8SequenceLength(UnsafeBufferPointer(start: p, count: n), at: i, subpart: &subpart)
            guard length > 0 else { return false }
            i += length
        }
        return multiByte
    }

    /// Maps `p[0..<n]` (valid UTF-8) through Windows-1252 into `target`; nil if a character has
    /// no byte.
    @inline(__always)
    static func reencode1252(_ p: UnsafePointer<UInt8>, _ n: Int, into target: UnsafeMutablePointer<UInt8>) -> Int? {
        let table = flat1252Pointer
        var i = 0, w = 0
        while i < n {
            let (entry, length) = mappedEntry(p, i, n, table)
            guard length > 0, entry != 0 else { return nil }
            target[w] = UInt8(truncatingIfNeeded: entry &- 1)
            w += 1
            i += length
        }
        return w
    }

    /// `fastRepair` for the common cases, byte by byte; nil (nothing written) when `fastRepair`
    /// must decide.
    static func byteRepair(_ segment: UnsafeBufferPointer<UInt8>, into out: UTF8Buffer) -> Outcome? {
        let n = segment.count
        guard n > 0 else { return nil }
        let src = segment.baseAddress!
        // The result is never longer than the segment; the spare area holds the repeat rounds.
        out.reserve(2 * n + 8)
        let dst = out.base + out.count
        let spare = dst + n + 4
        let table1252 = flat1252Pointer
        var outcome = Outcome()
        var allMappable = true
        var i = 0, w = 0
        while i < n {
            let b = src[i]
            if b < 0x80 {
                dst[w] = b
                w += 1
                i += 1
                continue
            }
            // A run of non-ASCII characters: its Windows-1252 bytes go to dst[w...].
            let runStart = i
            var k = w
            var scalars = 0
            var mapped = true
            while i < n, src[i] >= 0x80 {
                let (entry, length) = mappedEntry(src, i, n, table1252)
                guard length > 0 else { return nil }
                if entry == 0 { mapped = false; break }
                dst[k] = UInt8(truncatingIfNeeded: entry &- 1)
                k += 1
                scalars += 1
                i += length
            }
            if !mapped {
                // No Windows-1252 byte: fastRepair tries Windows-1258 next; only "neither" is settled here.
                var j = runStart
                let table1258 = flat1258Pointer
                var mapped1258 = true
                while j < n, src[j] >= 0x80 {
                    let (entry, length) = mappedEntry(src, j, n, table1258)
                    guard length > 0 else { return nil }
                    if entry == 0 { mapped1258 = false }
                    j += length
                }
                if mapped1258 { return nil }
                if j + 1 < n, src[j] == 0x3F, src[j + 1] >= 0x80 { return nil }
                allMappable = false
                (dst + w).update(from: src + runStart, count: j - runStart)
                w += j - runStart
                i = j
                continue
            }
            if i + 1 < n, src[i] == 0x3F, src[i + 1] >= 0x80 { return nil }  // "Ä?áº·ng"
            guard isMultiByteUTF8(dst + w, k - w) else {
                if scalars >= 2 { return nil }  // maybe a lost byte: the general path tries
                (dst + w).update(from: src + runStart, count: i - runStart)
                w += i - runStart
                continue
            }
            // Repaired once; repeat while the result is itself mojibake (double encoding).
            for _ in 0..<2 {
                let current = k - w
                guard let again = reencode1252(dst + w, current, into: spare), again < current,
                      isMultiByteUTF8(spare, again) else { break }
                (dst + w).update(from: spare, count: again)
                k = w + again
            }
            w = k
            outcome.changed = true
            outcome.runs += 1
        }
        if !(outcome.changed || !allMappable) {
            // Nothing changed and every character has a byte: legacy text unless it reads as Vietnamese.
            let score = SyllableScorer.score(segment)
            guard score.words == 0 || score.value >= 0.75 else { return nil }
        }
        out.count += w
        return outcome
    }
}
