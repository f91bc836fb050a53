/// Decides the encoding of a file from a sample of its first bytes, and re-decides per column for
/// files that mix encodings. No off-the-shelf detector knows TCVN3, VNI or VISCII; this one works
/// as follows (a user override always wins):
///
/// 1. A byte order mark (EF BB BF, FF FE, FE FF): confidence 1.
/// 2. NUL bytes on one side only (at least one pair in 20): UTF-16 BE or LE.
/// 3. UTF-8 with non-ASCII characters: UTF-8, or `utf-8-mojibake` when its non-ASCII runs
///    are mostly mojibake (`MojibakeRepair`). A few invalid bytes are tolerated when ≥ 90 % of the
///    bytes above 0x7F form valid sequences and the text reads as Vietnamese (confidence lowered).
/// 4. Pure ASCII: VIQR when more than 15 % of its words compose into Vietnamese letters, else
///    ASCII (plain unaccented Vietnamese stays as it is).
/// 5. Otherwise each single-byte candidate (TCVN3, VNI, Windows-1258, VISCII) decodes the sample
///    and is scored by the share of its non-ASCII words that are legal Vietnamese syllables
///    (`SyllableScorer`); the best wins, ties go TCVN3 > VNI > Windows-1258 > VISCII. When none
///    reads as Vietnamese (best < 0.5) the text is Windows-1252 (Latin-1 names).
///
/// Detection reads only the sample (64 KiB by default), so it costs well under 5 % of decoding a
/// large file.
public struct EncodingDetector: Sendable {
    /// The user's choice; when set, every detection returns it.
    public var override: TextEncoding?
    /// How many bytes of a file `detect(path:)` reads. The default is 64 KiB.
    public var sampleSize: Int

    /// A detector; `override` skips detection.
    public init(override: TextEncoding? = nil, sampleSize: Int = 64 * 1024) {
        self.override = override
        self.sampleSize = sampleSize
    }

    /// Non-ASCII words scored per candidate, and non-ASCII cells checked for mojibake: enough to
    /// decide, and it keeps detection cheap.
    static let maxScoredWords = 600
    static let maxCheckedCells = 300
    /// Valid multi-byte sequences a sample with invalid UTF-8 needs before it may still read as
    /// UTF-8: a couple of accidental pairs in a short legacy column decide nothing.
    static let minDamagedUTF8Sequences = 8

    /// Legacy candidates in order of preference for ties.
    static let legacyCandidates: [TextEncoding] = [.tcvn3, .vni, .windows1258, .viscii]

    /// Detects the encoding of the file at `path` from its first `sampleSize` bytes.
    public func detect(path: String) throws -> EncodingDetection {
        let source = try FileByteSource(path: path)
        let sample = try ReplayByteSource.readPrefix(of: source, count: sampleSize)
        return detect(sample: sample, isComplete: sample.count < sampleSize)
    }

    /// Detects the encoding of `sample` (the first bytes of a file; `isComplete` when it is the
    /// whole file, so a sequence cut at its end is an error rather than the sample's edge).
    public func detect(sample: [UInt8], isComplete: Bool = true) -> EncodingDetection {
        var cellsUnchanged = false
        return detect(sample: sample, isComplete: isComplete, cellsUnchanged: &cellsUnchanged)
    }

    /// `detect(sample:isComplete:)`, also telling whether the sample's cells are proved clean:
    /// `cellsUnchanged` is set when the detection is UTF-8 (no override, no BOM), the sample is
    /// valid UTF-8 and `MojibakeRepair` leaves every one of its non-ASCII cells (cut at the cell
    /// delimiters , ; tab " CR LF) unchanged. Then `detectColumn` decides UTF-8 (the file's
    /// encoding) for any column of fields whose cells are cells of the sample, which it finds
    /// on the way (the mojibake count reads them anyway).
    public func detect(sample: [UInt8], isComplete: Bool, cellsUnchanged: inout Bool) -> EncodingDetection {
        cellsUnchanged = false
        if let override {
            return EncodingDetection(encoding: override, confidence: 1, isOverride: true, evidence: ["chosen by the user"])
        }
        return sample.withUnsafeBufferPointer { detect($0, isComplete: isComplete, cellsUnchanged: &cellsUnchanged) }
    }

    func detect(_ sample: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> EncodingDetection {
        var cellsUnchanged = false
        return detect(sample, isComplete: isComplete, cellsUnchanged: &cellsUnchanged)
    }

    private func detect(_ sample: UnsafeBufferPointer<UInt8>, isComplete: Bool, cellsUnchanged: inout Bool) -> EncodingDetection {
        let n = sample.count
        if n >= 3, sample[0] == 0xEF, sample[1] == 0xBB, sample[2] == 0xBF {
            var detection = detectUTF8(UnsafeBufferPointer(rebasing: sample[3...]), isComplete: isComplete)
                ?? EncodingDetection(encoding: .utf8, confidence: 1, evidence: [])
            detection.confidence = 1
            detection.hasByteOrderMark = true
            detection.evidence.insert("UTF-8 byte order mark", at: 0)
            return detection
        }
        if n >= 2, sample[0] == 0xFF, sample[1] == 0xFE {
            return EncodingDetection(encoding: .utf16LE, confidence: 1, hasByteOrderMark: true, evidence: ["UTF-16LE byte order mark"])
        }
        if n >= 2, sample[0] == 0xFE, sample[1] == 0xFF {
            return EncodingDetection(encoding: .utf16BE, confidence: 1, hasByteOrderMark: true, evidence: ["UTF-16BE byte order mark"])
        }
        // NUL patterns: ASCII in UTF-16 puts a zero byte in every other position.
        var evenZeros = 0, oddZeros = 0
        for k in 0..<n where sample[k] == 0 {
            if k & 1 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = max(n / 2, 1)
        // Legacy and UTF-8 text has no NUL at all; UTF-16 has one per ASCII character, on one side.
        if oddZeros * 20 >= pairs && evenZeros * 10 <= oddZeros {
            return EncodingDetection(encoding: .utf16LE, confidence: 0.95,
                                     evidence: ["no BOM; \(oddZeros) of \(pairs) odd bytes are NUL (UTF-16LE)"])
        }
        if evenZeros * 20 >= pairs && oddZeros * 10 <= evenZeros {
            return EncodingDetection(encoding: .utf16BE, confidence: 0.95,
                                     evidence: ["no BOM; \(evenZeros) of \(pairs) even bytes are NUL (UTF-16BE)"])
        }
        var proved = false
        if let utf8 = detectUTF8(sample, isComplete: isComplete, cellsUnchanged: &proved) {
            // A few legacy bytes can happen to form valid UTF-8 ("Đỗ" in VISCII is Cyrillic "в"):
            // on a sample whose UTF-8 reading is not Vietnamese, a Vietnamese legacy reading wins.
            cellsUnchanged = proved && utf8.encoding == .utf8
            guard utf8.encoding == .utf8, sample.count < 4096 else { return utf8 }
            let reading = SyllableScorer.score(UTF8Normalizer.nfc(Array(sample)))
            guard reading.words > 0, reading.value < 0.5 else { return utf8 }
            let legacy = detectLegacy(sample, prefer: nil)
            guard legacy.encoding != .windows1252, legacy.confidence >= 0.8 else { return utf8 }
            cellsUnchanged = false
            var detection = legacy
            detection.evidence.insert("valid UTF-8 but not Vietnamese (\(reading.valid) of \(reading.words) words)", at: 0)
            return detection
        }
        var highBytes = 0
        for b in sample where b >= 0x80 { highBytes += 1 }
        if highBytes == 0 { return detectASCII(sample) }
        var detection = detectLegacy(sample, prefer: nil)
        detection.evidence.insert("not UTF-8; \(highBytes) bytes above 0x7F", at: 0)
        return detection
    }

    /// UTF-8 with non-ASCII text → UTF-8 (or mojibake); nil if not UTF-8 or pure ASCII.
    ///
    /// A few damaged bytes (a stray 0xFF, a cut sequence) do not make a file legacy: when at least
    /// 90 % of its bytes above 0x7F take part in valid UTF-8 sequences and that reading is
    /// Vietnamese, it is UTF-8 with a lower confidence (the invalid bytes decode to U+FFFD and
    /// their fields are flagged `enc.invalid`). Legacy text almost never forms valid multi-byte
    /// UTF-8 sequences, so its share stays far below.
    func detectUTF8(_ sample: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> EncodingDetection? {
        var cellsUnchanged = false
        return detectUTF8(sample, isComplete: isComplete, cellsUnchanged: &cellsUnchanged)
    }

    /// `detectUTF8`, also telling whether the sample is valid UTF-8 whose every non-ASCII cell
    /// the repair leaves unchanged (the cells past `maxCheckedCells` are checked for that only).
    func detectUTF8(_ sample: UnsafeBufferPointer<UInt8>, isComplete: Bool, cellsUnchanged: inout Bool) -> EncodingDetection? {
        cellsUnchanged = false
        var i = 0
        var multiByte = 0, validHigh = 0
        var invalidSequences = 0, invalidHigh = 0
        let raw = UnsafeRawPointer(sample.baseAddress)
        while i < sample.count {
            // ASCII eight bytes at a time.
            if let raw, i + 8 <= sample.count, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            if sample[i] < 0x80 { i += 1; continue }
            var subpart = 0
            let length = DecoderKernel.utf8SequenceLength(sample, at: i, subpart: &subpart)
            if length > 0 { multiByte += 1; validHigh += length; i += length; continue }
            if length < 0 && !isComplete { break }
            // One replacement character per maximal subpart, as the decoder writes them.
            let skip = length < 0 ? sample.count - i : max(subpart, 1)
            invalidSequences += 1
            invalidHigh += skip
            i += skip
        }
        guard multiByte > 0 else { return nil }
        var damage: String?
        if invalidSequences > 0 {
            let high = validHigh + invalidHigh
            guard multiByte >= Self.minDamagedUTF8Sequences, validHigh * 10 >= high * 9 else { return nil }
            let reading = SyllableScorer.score(UTF8Normalizer.nfc(Array(sample)))
            guard reading.words > 0, reading.value >= 0.5 else { return nil }
            damage = "\(invalidSequences) invalid byte sequence\(invalidSequences == 1 ? "" : "s") (\(invalidHigh) of \(high) bytes above 0x7F) "
                + "decoded as U+FFFD and flagged enc.invalid; \(reading.valid) of \(reading.words) non-ASCII words are Vietnamese syllables"
        }
        // Count the cells that hold mojibake.
        var cells = 0, broken = 0
        var start = 0
        // Whether every non-ASCII cell is unchanged by the repair: read on, past the cells
        // counted, only while it may still hold (and only for a sample read whole as valid UTF-8).
        var unchanged = invalidSequences == 0 && i == sample.count
        let trial = UTF8Buffer(capacity: 256)
        // Whether the cell from `start` has a byte above 0x7F, noted while scanning for its end.
        var high = false
        var k = 0
        let n = sample.count
        // Byte by byte: cells are short, most words of eight bytes hold a delimiter.
        while k <= n, cells < Self.maxCheckedCells || unchanged {
            guard k == n || DecoderKernel.isCellDelimiter(sample[k]) else {
                if sample[k] >= 0x80 { high = true }
                k += 1
                continue
            }
            defer { k += 1; high = false }
            if k > start {
                let cell = UnsafeBufferPointer(rebasing: sample[start..<k])
                if high {
                    let counted = cells < Self.maxCheckedCells
                    if counted { cells += 1 }
                    // On valid UTF-8 the precheck proves most clean cells unchanged without the repair.
                    if invalidSequences > 0 || !MojibakeRepair.cannotChange(cell) {
                        trial.removeAll()
                        if MojibakeRepair.repair(segment: cell, into: trial).changed {
                            if counted { broken += 1 }
                            unchanged = false
                        }
                    }
                }
            }
            start = k + 1
        }
        cellsUnchanged = unchanged
        if broken > 0 && broken * 2 >= cells {
            return EncodingDetection(encoding: .utf8Mojibake, confidence: Double(broken) / Double(max(cells, 1)),
                                     evidence: ["valid UTF-8", "\(broken) of \(cells) non-ASCII cells are mojibake (UTF-8 or legacy text read as Windows-1252)"])
        }
        var evidence = ["valid UTF-8 with \(multiByte) non-ASCII characters"]
        var confidence = 1.0
        if let damage {
            evidence = ["UTF-8 with \(multiByte) valid non-ASCII characters", damage]
            // Damage lowers the confidence by its share of the non-ASCII characters, to at most 0.95.
            confidence = min(0.95, Double(multiByte) / Double(multiByte + invalidSequences))
        }
        if broken > 0 { evidence.append("\(broken) of \(cells) non-ASCII cells hold mojibake (repaired per field)") }
        return EncodingDetection(encoding: .utf8, confidence: confidence, evidence: evidence)
    }

    /// Pure ASCII: VIQR or plain ASCII.
    func detectASCII(_ sample: UnsafeBufferPointer<UInt8>) -> EncodingDetection {
        let (words, composed) = Self.viqrWords(sample)
        if words > 0 && composed * 100 > words * 15 {
            let share = Double(composed) / Double(words)
            return EncodingDetection(encoding: .viqr, confidence: min(1, 0.5 + share), margin: share,
                                     evidence: ["ASCII only", "VIQR marks compose \(composed) of \(words) words into Vietnamese"])
        }
        return EncodingDetection(encoding: .ascii, confidence: 1,
                                 evidence: ["ASCII only", "VIQR marks in \(composed) of \(words) words (≤ 15 %)"])
    }

    /// Words of an ASCII sample and how many of them the VIQR decoder composes.
    static func viqrWords(_ sample: UnsafeBufferPointer<UInt8>) -> (words: Int, composed: Int) {
        var words = 0
        var i = 0
        let n = sample.count
        while i < n {
            while i < n, !DecoderKernel.isASCIILetter(sample[i]) { i += 1 }
            guard i < n else { break }
            words += 1
            while i < n, DecoderKernel.isASCIILetter(sample[i]) || DecoderKernel.isVIQRMark(sample[i]) || sample[i] == 0x5C { i += 1 }
        }
        var statistics = DecodingStatistics()
        let out = UTF8Buffer(capacity: n + 16)
        _ = DecoderKernel.decodeVIQR(sample, isFinal: true, into: out, statistics: &statistics)
        return (words, statistics.decodedUnits)
    }

    /// Scores every legacy candidate on `sample`; `prefer` wins ties (per-column re-decision).
    func detectLegacy(_ sample: UnsafeBufferPointer<UInt8>, prefer: TextEncoding?) -> EncodingDetection {
        var scored: [(encoding: TextEncoding, score: SyllableScore, invalid: Int)] = []
        let out = UTF8Buffer(capacity: sample.count * 3 + 16)
        for encoding in Self.legacyCandidates {
            var kernel = DecoderKernel(encoding: encoding, strict: true)
            out.removeAll()
            kernel.decodeAll(sample, into: out)
            scored.append((encoding, SyllableScorer.score(out.bytes, maxWords: Self.maxScoredWords), kernel.statistics.invalidSequences))
        }
        func value(_ entry: (encoding: TextEncoding, score: SyllableScore, invalid: Int)) -> Double {
            var v = entry.score.value
            if entry.encoding == prefer { v += 0.05 }
            return v
        }
        // Stable sort by score, keeping the tie order of `legacyCandidates`.
        let ranked = scored.enumerated().sorted { a, b in
            let va = value(a.element), vb = value(b.element)
            return va != vb ? va > vb : a.offset < b.offset
        }.map(\.element)
        let best = ranked[0], second = ranked[1]
        let margin = max(0, best.score.value - second.score.value)
        func describe(_ e: (encoding: TextEncoding, score: SyllableScore, invalid: Int)) -> String {
            "\(e.encoding.rawValue): \(e.score.valid) of \(e.score.words) non-ASCII words are Vietnamese syllables (score \(format(e.score.value)))"
        }
        if best.score.value < 0.5 {
            return EncodingDetection(encoding: .windows1252, confidence: max(0, 1 - best.score.value), margin: 1 - best.score.value,
                                     evidence: ["no legacy Vietnamese reading (best \(describe(best)))", "read as Windows-1252 (Latin-1)"])
        }
        return EncodingDetection(encoding: best.encoding, confidence: max(0, min(1, best.score.value)), margin: margin,
                                 evidence: [describe(best), "runner-up \(describe(second))"])
    }

    /// Re-decides the encoding of each column from the raw bytes of sample fields, for files whose
    /// columns were typed in different encodings (legacy sheets pasted together). `columns[c]` holds
    /// the raw field bytes of column `c` in the sample rows. A column with no non-ASCII byte keeps
    /// `fileEncoding`; ties go to `fileEncoding`. The override, when set, wins for every column.
    public func detectColumns(_ columns: [[[UInt8]]], fileEncoding: TextEncoding) -> [EncodingDetection] {
        columns.map { detectColumn($0, fileEncoding: fileEncoding) }
    }

    /// Re-decides one column (see `detectColumns`); accepts slices of a record buffer.
    public func detectColumn<Field: Collection>(_ fields: [Field], fileEncoding: TextEncoding) -> EncodingDetection
    where Field.Element == UInt8 {
        if let override {
            return EncodingDetection(encoding: override, confidence: 1, isOverride: true, evidence: ["chosen by the user"])
        }
        var joined: [UInt8] = []
        for field in fields {
            joined += field
            joined.append(0x0A)
        }
        return detectColumn(joined: joined, fileEncoding: fileEncoding)
    }

    /// `detectColumn` for slices of a record buffer (what the list reader passes), joined by
    /// copying bytes rather than through the generic collection code.
    public func detectColumn(_ fields: [ArraySlice<UInt8>], fileEncoding: TextEncoding) -> EncodingDetection {
        if let override {
            return EncodingDetection(encoding: override, confidence: 1, isOverride: true, evidence: ["chosen by the user"])
        }
        let joined = Self.joinedLines(fields)
        return detectColumn(joined: joined, fileEncoding: fileEncoding)
    }

    /// The fields one per line (each followed by LF), copied as bytes rather than through the
    /// generic collection code.
    static func joinedLines(_ fields: [ArraySlice<UInt8>]) -> [UInt8] {
        var total = 0
        for field in fields { total += field.count + 1 }
        return [UInt8](unsafeUninitializedCapacity: total) { buffer, count in
            for field in fields {
                field.withUnsafeBufferPointer { bytes in
                    if let base = bytes.baseAddress { (buffer.baseAddress! + count).initialize(from: base, count: bytes.count) }
                }
                count += field.count
                buffer[count] = 0x0A
                count += 1
            }
        }
    }

    /// `detectColumn(fields, fileEncoding:).encoding`: the encoding alone, which in a legacy
    /// file needs no other candidate scored when the file's own encoding reads the column so
    /// well that, with its tie bonus, none can rank above it (a score is at most 1).
    public func columnEncoding(_ fields: [ArraySlice<UInt8>], fileEncoding: TextEncoding) -> TextEncoding {
        guard override == nil, Self.legacyCandidates.contains(fileEncoding) else {
            return detectColumn(fields, fileEncoding: fileEncoding).encoding
        }
        let joined = Self.joinedLines(fields)
        return joined.withUnsafeBufferPointer { sample -> TextEncoding in
            // As `detectColumn(joined:fileEncoding:)` decides for a legacy file.
            guard sample.contains(where: { $0 >= 0x80 }) else { return fileEncoding }
            if let utf8 = detectUTF8(sample, isComplete: true) { return utf8.encoding }
            var kernel = DecoderKernel(encoding: fileEncoding, strict: true)
            let out = UTF8Buffer(capacity: sample.count * 3 + 16)
            kernel.decodeAll(sample, into: out)
            // `detectLegacy` ranks by score, the preferred encoding's plus 0.05.
            var own = SyllableScorer.score(out.bytes, maxWords: Self.maxScoredWords).value
            own += 0.05
            if own > 1 { return fileEncoding }
            return detectLegacy(sample, prefer: fileEncoding).encoding
        }
    }

    /// Re-decides one column from its fields joined by line feeds.
    private func detectColumn(joined: [UInt8], fileEncoding: TextEncoding) -> EncodingDetection {
        joined.withUnsafeBufferPointer { sample -> EncodingDetection in
            guard fileEncoding.isASCIICompatible else {
                return EncodingDetection(encoding: fileEncoding, confidence: 1, evidence: ["the file is \(fileEncoding.rawValue)"])
            }
            var high = false
            for b in sample where b >= 0x80 { high = true; break }
            if !high {
                if fileEncoding == .viqr || fileEncoding == .ascii {
                    let detection = detectASCII(sample)
                    return detection
                }
                return EncodingDetection(encoding: fileEncoding, confidence: 1, evidence: ["ASCII only: the file's encoding"])
            }
            if let utf8 = detectUTF8(sample, isComplete: true) { return utf8 }
            let legacy = detectLegacy(sample, prefer: fileEncoding)
            // A UTF-8 file's column with too few characters to outweigh its damaged bytes stays
            // UTF-8 unless a legacy encoding reads it as Vietnamese.
            if fileEncoding == .utf8 && (legacy.encoding == .windows1252 || legacy.confidence < 0.8) {
                return EncodingDetection(encoding: .utf8, confidence: 0.5, margin: 0,
                                         evidence: ["invalid UTF-8 in a UTF-8 file, and no legacy Vietnamese reading: kept as UTF-8"] + legacy.evidence)
            }
            return legacy
        }
    }
}

private func format(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let a = abs(hundredths)
    return "\(sign)\(a / 100).\(a % 100 < 10 ? "0" : "")\(a % 100)"
}
