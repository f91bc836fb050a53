/// UTF-8 with mojibake, repaired cell by cell: the input is cut at ASCII delimiters (`,` `;` tab,
/// `"`, CR, LF), which no mojibake round trip creates or destroys, and each cell goes through
/// `MojibakeRepair`. A cell that may continue in the next chunk is held back (up to
/// `maxHeldSegment` bytes).
///
/// One pass over the input: ASCII that is no delimiter is copied eight bytes at a time, and each
/// run of non-ASCII characters is checked as UTF-8, mapped back to its Windows-1252 bytes and
/// repaired where it stands (the steps of `MojibakeRepair.byteRepair`, the UTF-8 check of its bytes fused in), with
/// the NFC check of what it writes on the way. Nothing is allocated per cell. A cell the fast
/// path does not settle without doubt (ill-formed or four-byte UTF-8, a run only Windows-1258
/// maps, a possible lost byte, text that may be legacy bytes) is taken back and goes through the
/// per-cell path: UTF-8 decoding with U+FFFD (an ill-formed sequence never spans a delimiter, as
/// an ASCII byte ends it), `MojibakeRepair.cannotChange`, then `MojibakeRepair.repair`. Both
/// give the same bytes and counts (`MojibakeStreamTests` holds the former per-cell step).
extension DecoderKernel {
    /// Bits 0x09, 0x0A, 0x0D, 0x22, 0x2C, 0x3B: the cell delimiters (all below 0x40).
    static let cellDelimiterMask: UInt64 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0D | 1 << 0x22 | 1 << 0x2C | 1 << 0x3B

    @inline(__always) static func isCellDelimiter(_ b: UInt8) -> Bool {
        b < 0x40 && (cellDelimiterMask >> UInt64(b)) & 1 != 0
    }

    /// True when one of the eight bytes of `word` is a cell delimiter (the exact "has a zero
    /// byte" test on `word` XOR each delimiter repeated).
    @inline(__always) static func hasCellDelimiter(_ word: UInt64) -> Bool {
        @inline(__always) func hasZero(_ x: UInt64) -> UInt64 { (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 }
        let ones: UInt64 = 0x0101_0101_0101_0101
        return hasZero(word ^ (ones &* 0x09)) | hasZero(word ^ (ones &* 0x0A)) | hasZero(word ^ (ones &* 0x0D))
            | hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x2C)) | hasZero(word ^ (ones &* 0x3B)) != 0
    }

    /// True when `cell` is well-formed UTF-8 (so decoding it would copy it unchanged).
    @inline(__always)
    static func isWellFormedUTF8(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = cell.count
        var i = 0
        while i < n {
            let b = cell[i]
            if b < 0x80 { i += 1; continue }
            if b >= 0xC2 && b <= 0xDF {
                guard i + 1 < n, cell[i + 1] & 0xC0 == 0x80 else { return false }
                i += 2
                continue
            }
            // Three bytes with no range restriction on the second (most Vietnamese letters).
            if b >= 0xE1 && b <= 0xEF && b != 0xED {
                guard i + 2 < n, cell[i + 1] & 0xC0 == 0x80, cell[i + 2] & 0xC0 == 0x80 else { return false }
                i += 3
                continue
            }
            var subpart = 0
            let length = utf8SequenceLength(cell, at: i, subpart: &subpart)
            guard length > 0 else { return false }
            i += length
        }
        return true
    }

    mutating func decodeMojibake(_ input: UnsafeBufferPointer<UInt8>, isFinal: Bool, into out: UTF8Buffer) -> Int {
        let n = input.count
        var limit = n
        if !isFinal {
            var k = n
            while k > 0, !Self.isCellDelimiter(input[k - 1]) { k -= 1 }
            if k > 0 || n < Self.maxHeldSegment { limit = k }
        }
        guard limit > 0 else { return 0 }
        let src = input.baseAddress!
        let table1252 = MojibakeRepair.flat1252Pointer, table1258 = MojibakeRepair.flat1258Pointer
        var scratch: UTF8Buffer?
        // The fast path never writes more than it reads: room for the rest of the input, then a
        // spare area as large for the repeat rounds of a double-encoded run.
        out.reserve(2 * limit + 32)
        var dst = out.base
        var w = out.count
        var spare = dst + w + limit + 16
        var i = 0
        // The cell being written: where it starts in the input and the output, what its runs did.
        var cellStart = 0, cellOut = w
        var hasRun = false, changed = false, allMappable = true, safe = true
        var runs = 0
        var undecided = false
        while true {
            // ASCII that is no delimiter, eight bytes at a time.
            while i + 8 <= limit {
                let word = UnsafeRawPointer(src + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 || Self.hasCellDelimiter(word) { break }
                UnsafeMutableRawPointer(dst + w).storeBytes(of: word, as: UInt64.self)
                i += 8
                w += 8
            }
            if i < limit {
                let b = src[i]
                if b < 0x80 {
                    if !Self.isCellDelimiter(b) {
                        dst[w] = b
                        w &+= 1
                        i &+= 1
                        continue
                    }
                } else {
                    // A run of non-ASCII characters, as `MojibakeRepair.byteRepair` takes it.
                    hasRun = true
                    run: do {
                        let runStart = i
                        var k = w
                        var scalars = 0
                        var mapped = true
                        // Its Windows-1252 bytes go to dst[w...], checked as UTF-8 on the way: `need`
                        // continuation bytes in low...high still to come, `spells` while well-formed.
                        var need = 0
                        var low: UInt8 = 0x80, high: UInt8 = 0xBF
                        var spells = true
                        // Every character Windows-1252 maps is NFC-safe (below U+0300, or its
                        // punctuation, € and ™), so a run it maps is kept as NFC.
                        while i < limit && src[i] >= 0x80 {
                            let (scalar, length) = Self.strictScalar(src, i, limit)
                            if length == 0 { undecided = true; break run }
                            let entry = scalar < MojibakeRepair.reverseLimit ? table1252[scalar] : 0
                            if entry == 0 { mapped = false; break }
                            let m = UInt8(truncatingIfNeeded: entry &- 1)  // 0x80 and up
                            dst[k] = m
                            k &+= 1
                            scalars &+= 1
                            i &+= length
                            if need > 0 {
                                if m < low || m > high { spells = false }
                                need -= 1
                                low = 0x80; high = 0xBF
                            } else {
                                switch m {
                                case 0xC2...0xDF: need = 1
                                case 0xE0: need = 2; low = 0xA0
                                case 0xE1...0xEC, 0xEE, 0xEF: need = 2
                                case 0xED: need = 2; high = 0x9F
                                case 0xF0: need = 3; low = 0x90
                                case 0xF1...0xF3: need = 3
                                case 0xF4: need = 3; high = 0x8F
                                default: spells = false
                                }
                            }
                        }
                        if !mapped {
                            // No Windows-1252 byte: a run Windows-1258 maps is the per-cell path's; one
                            // neither maps is kept.
                            var j = runStart
                            var mapped1258 = true
                            var runSafe = true
                            while j < limit && src[j] >= 0x80 {
                                let (scalar, length) = Self.strictScalar(src, j, limit)
                                if length == 0 { undecided = true; break run }
                                if scalar >= 0x300 && !UTF8Normalizer.isSafe(UInt32(scalar)) { runSafe = false }
                                if scalar >= MojibakeRepair.reverseLimit || table1258[scalar] == 0 { mapped1258 = false }
                                j += length
                            }
                            if mapped1258 || (j + 1 < limit && src[j] == 0x3F && src[j + 1] >= 0x80) { undecided = true; break run }
                            Self.copy(src + runStart, j - runStart, to: dst + w)
                            w += j - runStart
                            i = j
                            if !runSafe { safe = false }
                            allMappable = false
                            continue
                        }
                        if i + 1 < limit && src[i] == 0x3F && src[i + 1] >= 0x80 { undecided = true; break run }  // "Ä?áº·ng"
                        guard spells && need == 0 else {
                            if scalars >= 2 { undecided = true; break run }  // maybe a lost byte: the general path tries
                            Self.copy(src + runStart, i - runStart, to: dst + w)
                            w += i - runStart
                            continue
                        }
                        // Repaired once; repeat while the result is itself mojibake (double encoding).
                        for _ in 0..<2 {
                            let current = k - w
                            var q = w, again = 0
                            var remapped = true
                            while q < k {
                                let (scalar, length) = Self.strictScalar(dst, q, k)
                                let entry = length > 0 && scalar < MojibakeRepair.reverseLimit ? table1252[scalar] : 0
                                if entry == 0 { remapped = false; break }
                                spare[again] = UInt8(truncatingIfNeeded: entry &- 1)
                                again += 1
                                q += length
                            }
                            guard remapped, again >= 2, again < current, MojibakeRepair.isMultiByteUTF8(spare, again) else { break }
                            Self.copy(spare, again, to: dst + w)
                            k = w + again
                        }
                        // What the repair wrote is valid UTF-8; the precomposed letters (E1 B8-BB xx) are NFC.
                        var q = w
                        while q < k {
                            let b = dst[q]
                            if b < 0xCC { q += 1; continue }
                            if b == 0xE1 && dst[q + 1] >= 0xB8 && dst[q + 1] <= 0xBB { q += 3; continue }
                            let (scalar, length) = UTF8Normalizer.scalarAt(UnsafeBufferPointer(start: dst + q, count: k - q), 0)
                            if !UTF8Normalizer.isSafe(scalar) { safe = false }
                            q += length
                        }
                        w = k
                        changed = true
                        runs += 1
                        continue
                    }
                }
            }
            // Here the cell ends at i (a delimiter or the limit), or a run was left undecided.
            if hasRun && !undecided && !changed && allMappable {
                // Nothing changed and every character has a byte: legacy text unless it reads as Vietnamese.
                let score = SyllableScorer.score(UnsafeBufferPointer(start: src + cellStart, count: i - cellStart))
                if !(score.words == 0 || score.value >= 0.75) { undecided = true }
            }
            if undecided {
                // The cell goes through the general per-cell path, from its start to its end.
                while i < limit && !Self.isCellDelimiter(src[i]) { i += 1 }
                out.count = cellOut
                repairCellGenerally(UnsafeBufferPointer(start: src + cellStart, count: i - cellStart), into: out, scratch: &scratch)
                w = out.count
                out.reserve(2 * (limit - i) + 32)
                dst = out.base
                spare = dst + w + (limit - i) + 16
            } else if hasRun {
                statistics.mojibakeRepairs += runs
                statistics.decodedUnits += changed ? 1 : 0
                if !safe { statistics.unnormalized += 1 }
            }
            if i == limit { break }
            dst[w] = src[i]
            w += 1
            i += 1
            cellStart = i
            cellOut = w
            hasRun = false; changed = false; allMappable = true; safe = true; undecided = false
            runs = 0
        }
        out.count = w
        return limit
    }

    /// The scalar of the well-formed two- or three-byte UTF-8 sequence at `p[i]` (`i < limit`) and
    /// its length; length 0 for anything else (ill-formed, truncated, four bytes), which the
    /// per-cell path decodes.
    @inline(__always)
    static func strictScalar(_ p: UnsafePointer<UInt8>, _ i: Int, _ limit: Int) -> (scalar: Int, length: Int) {
        let b = p[i]
        if b >= 0xC2 && b <= 0xDF {
            guard i + 1 < limit, p[i + 1] & 0xC0 == 0x80 else { return (0, 0) }
            return (Int(b & 0x1F) << 6 | Int(p[i + 1] & 0x3F), 2)
        }
        if b >= 0xE0 && b <= 0xEF {
            guard i + 2 < limit else { return (0, 0) }
            let c1 = p[i + 1], c2 = p[i + 2]
            let low: UInt8 = b == 0xE0 ? 0xA0 : 0x80, high: UInt8 = b == 0xED ? 0x9F : 0xBF
            guard c1 >= low && c1 <= high && c2 & 0xC0 == 0x80 else { return (0, 0) }
            return (Int(b & 0x0F) << 12 | Int(c1 & 0x3F) << 6 | Int(c2 & 0x3F), 3)
        }
        return (0, 0)
    }

    /// Copies `count` bytes (a run: a few bytes, not worth a call to memmove).
    @inline(__always)
    static func copy(_ from: UnsafePointer<UInt8>, _ count: Int, to: UnsafeMutablePointer<UInt8>) {
        var k = 0
        while k < count {
            to[k] = from[k]
            k += 1
        }
    }

    /// The per-cell path the one-pass loop leaves its undecided cells to: an ill-formed cell is
    /// decoded first (U+FFFD), then the cell is repaired (`repairCell`).
    private mutating func repairCellGenerally(_ cell: UnsafeBufferPointer<UInt8>, into out: UTF8Buffer, scratch: inout UTF8Buffer?) {
        var cell = cell
        var high: UInt8 = 0
        for b in cell { high |= b }
        guard high >= 0x80 else {
            out.append(cell)
            return
        }
        if !Self.isWellFormedUTF8(cell) {
            let decoded = scratch ?? UTF8Buffer(capacity: cell.count * 3 + 16)
            scratch = decoded
            decoded.removeAll()
            var local = DecodingStatistics()
            _ = Self.decodeUTF8(cell, isFinal: true, into: decoded, statistics: &local)
            statistics.invalidSequences += local.invalidSequences
            cell = decoded.bytes
        }
        repairCell(cell, into: out)
    }

    /// Repairs one cell of well-formed UTF-8 with high bytes.
    @inline(__always)
    private mutating func repairCell(_ cell: UnsafeBufferPointer<UInt8>, into out: UTF8Buffer) {
        let cellOutput = out.count
        if MojibakeRepair.cannotChange(cell) {
            out.append(cell)
        } else {
            let outcome = MojibakeRepair.repair(segment: cell, into: out)
            statistics.mojibakeRepairs += outcome.runs
            statistics.lossyRepairs += outcome.lossy
            statistics.decodedUnits += outcome.changed ? 1 : 0
        }
        // A cell (repaired or not) may hold decomposed text; one that is certainly NFC lets a
        // chunk of such cells skip the normaliser.
        if !UTF8Normalizer.isFastNFC(UnsafeBufferPointer(start: out.base + cellOutput, count: out.count - cellOutput)) {
            statistics.unnormalized += 1
        }
    }
}
