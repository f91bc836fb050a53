/// A cheap proof that `MojibakeRepair.repair(segment:into:)` would leave a segment unchanged, so
/// clean UTF-8 fields skip the repair (its temporary buffers, re-encoding and general path).
///
/// Why it is sound (each step of the repair, see `MojibakeRepair`):
/// - Steps 1-2 work on runs of non-ASCII characters, each re-encoded to one byte per character
///   through Windows-1252 or else Windows-1258. A run changes only if those bytes hold a complete
///   UTF-8 sequence: a lead byte followed by a continuation byte (0x80-0xBF). So a run cannot
///   change when it has a character that neither code page has (re-encoding fails), or when no
///   character after its first maps to a continuation byte in either code page (the Vietnamese
///   letters map to 0xC0-0xFF; only symbols, C1 controls and Windows-1252 punctuation map to
///   0x80-0xBF). A `?` between two non-ASCII characters joins runs: not proved.
/// - Step 3 (legacy bytes) needs every character of the segment to have a byte. One character
///   that neither code page has (every precomposed letter U+1E00-U+1EFF: ạ ầ ễ ị ọ ữ …) rules it
///   out. Without one, step 3 is ruled out by the same syllable score the repair uses (≥ 0.75 or
///   no non-ASCII word), unless the segment has combining marks (the repair then scores NFC).
/// - Scalars from U+2200 up (and U+FFFD) are not proved: the precheck says "unknown".
extension MojibakeRepair {
    /// Per scalar below `reverseLimit`: bit 0 = neither code page has it, bit 1 = it maps to
    /// 0x80-0xBF in one of them, bit 2 = a combining mark (U+0300-U+036F).
    static let precheckClass: [UInt8] = (0..<reverseLimit).map { s in
        let b1252 = windows1252Byte(UInt32(s)), b1258 = windows1258Byte(UInt32(s))
        var cls: UInt8 = 0
        if b1252 == nil && b1258 == nil { cls |= 1 }
        if let b = b1252, b >= 0x80 && b <= 0xBF { cls |= 2 }
        if let b = b1258, b >= 0x80 && b <= 0xBF { cls |= 2 }
        if s >= 0x300 && s <= 0x36F { cls |= 4 }
        return cls
    }

    /// True when `repair(segment:into:)` certainly leaves `segment` (valid UTF-8) unchanged;
    /// false when it may change it (then run the repair).
    static func cannotChange(_ segment: UnsafeBufferPointer<UInt8>) -> Bool {
        precheckClass.withUnsafeBufferPointer { classes in
            let n = segment.count
            var i = 0
            var unmappable = false, marks = false, hasHigh = false
            var inRun = false, runFirst = false, runUnmappable = false, runContinues = false
            while i < n {
                let b = segment[i]
                if b < 0x80 {
                    if inRun {
                        if runContinues && !runUnmappable { return false }
                        inRun = false
                        if b == 0x3F, i + 1 < n, segment[i + 1] >= 0x80 { return false }
                    }
                    i += 1
                    continue
                }
                var scalar: Int
                if b < 0xE0 {
                    guard b >= 0xC2, i + 1 < n else { return false }
                    scalar = Int(b & 0x1F) << 6 | Int(segment[i + 1] & 0x3F)
                    i += 2
                } else if b < 0xF0 {
                    guard i + 2 < n else { return false }
                    scalar = Int(b & 0x0F) << 12 | Int(segment[i + 1] & 0x3F) << 6 | Int(segment[i + 2] & 0x3F)
                    i += 3
                } else {
                    return false
                }
                guard scalar < classes.count else { return false }
                let cls = classes[scalar]
                hasHigh = true
                if !inRun {
                    inRun = true; runFirst = true; runUnmappable = false; runContinues = false
                } else {
                    runFirst = false
                }
                if cls & 1 != 0 { runUnmappable = true; unmappable = true }
                if cls & 2 != 0 && !runFirst { runContinues = true }
                if cls & 4 != 0 { marks = true }
            }
            if inRun && runContinues && !runUnmappable { return false }
            if unmappable || !hasHigh { return true }
            if marks { return false }
            let score = SyllableScorer.score(segment)
            return score.words == 0 || score.value >= 0.75
        }
    }
}
