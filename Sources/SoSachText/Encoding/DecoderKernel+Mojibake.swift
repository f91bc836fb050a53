/// UTF-8 with mojibake, repaired cell by cell: the input is cut at ASCII delimiters (`,` `;` tab,
/// `"`, CR, LF), which no mojibake round trip creates or destroys, and each cell goes through
/// `MojibakeRepair`. A cell that may continue in the next chunk is held back (up to
/// `maxHeldSegment` bytes).
extension DecoderKernel {
    @inline(__always) static func isCellDelimiter(_ b: UInt8) -> Bool {
        b == 0x2C || b == 0x3B || b == 0x09 || b == 0x22 || b == 0x0A || b == 0x0D
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
        let decoded = UTF8Buffer(capacity: limit + limit / 2 + 16)
        var local = DecodingStatistics()
        let prefix = UnsafeBufferPointer(rebasing: input[0..<limit])
        _ = Self.decodeUTF8(prefix, isFinal: true, into: decoded, statistics: &local)
        statistics.invalidSequences += local.invalidSequences
        let text = decoded.bytes
        var start = 0
        for k in 0...text.count {
            guard k == text.count || Self.isCellDelimiter(text[k]) else { continue }
            if k > start {
                let cell = UnsafeBufferPointer(rebasing: text[start..<k])
                var hasHigh = false
                for b in cell where b >= 0x80 { hasHigh = true; break }
                if hasHigh {
                    let cellOutput = out.count
                    if MojibakeRepair.cannotChange(cell) {
                        out.append(cell)
                    } else {
                        let outcome = MojibakeRepair.repair(segment: cell, into: out)
                        statistics.mojibakeRepairs += outcome.runs
                        statistics.lossyRepairs += outcome.lossy
                        statistics.decodedUnits += outcome.changed ? 1 : 0
                    }
                    // A cell (repaired or not) may hold decomposed text; one that is certainly
                    // NFC lets a chunk of such cells skip the normaliser.
                    if !UTF8Normalizer.isFastNFC(UnsafeBufferPointer(start: out.base + cellOutput, count: out.count - cellOutput)) {
                        statistics.unnormalized += 1
                    }
                } else {
                    out.append(cell)
                }
            }
            if k < text.count { out.append(text[k]) }
            start = k + 1
        }
        return limit
    }
}
