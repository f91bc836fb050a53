/// UTF-8 with mojibake, repaired cell by cell: the input is cut at ASCII delimiters (`,` `;` tab,
/// `"`, CR, LF), which no mojibake round trip creates or destroys, and each cell goes through
/// `MojibakeRepair`. A cell that may continue in the next chunk is held back (up to
/// `maxHeldSegment` bytes).
///
/// One pass over the input: cells are cut from the raw bytes (an ill-formed UTF-8 sequence never
/// spans a delimiter, as an ASCII byte ends it, so decoding cell by cell gives the bytes that
/// decoding the whole chunk gives); a cell with high bytes is checked as UTF-8 in place and only
/// an ill-formed one is decoded (U+FFFD) into a scratch buffer before its repair.
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
        let base = input.baseAddress!
        out.reserve(limit + 16)
        var scratch: UTF8Buffer?
        var start = 0
        while true {
            var k = start
            var high: UInt8 = 0
            // Eight bytes at a time while no byte is a delimiter.
            var highWord: UInt64 = 0
            while k + 8 <= limit {
                let word = UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)
                if Self.hasCellDelimiter(word) { break }
                highWord |= word
                k += 8
            }
            if highWord & 0x8080_8080_8080_8080 != 0 { high = 0x80 }
            while k < limit {
                let b = base[k]
                if b < 0x40 && (Self.cellDelimiterMask >> UInt64(b)) & 1 != 0 { break }
                high |= b
                k += 1
            }
            if k > start {
                var cell = UnsafeBufferPointer(start: base + start, count: k - start)
                if high >= 0x80 {
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
                } else {
                    out.append(cell)
                }
            }
            if k == limit { break }
            out.append(base[k])
            start = k + 1
        }
        return limit
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
