/// Repairs mojibake inside UTF-8 text, field by field (or cell by cell in a stream):
///
/// 1. **UTF-8 read as Windows-1252/Latin-1/Windows-1258, once or twice** ("Nguyá»…n",
///    "NguyÃ¡Â»â€¦n", "LĂª"): each run of non-ASCII characters is mapped back to bytes through
///    Windows-1252 (C1 controls and the five undefined bytes map to the byte of the same value)
///    or, failing that, Windows-1258 byte-wise; if the bytes are valid UTF-8 with a multi-byte
///    character they replace the run, and the step repeats while it still applies (double
///    mojibake). ASCII never changes in these round trips, so runs can be repaired independently
///    and clean text in the same field is left alone.
/// 2. **Lost bytes** (a cleaner dropped the C1 controls, or a decoder wrote `?`): inside a run that
///    already holds valid UTF-8, a lead byte missing its continuation gets 90/81/8D/8F/9D back,
///    the first that makes a Vietnamese letter ("Äáº·ng" → "Đặng"); flagged `enc.mojibake_lossy`.
/// 3. **Legacy bytes shown as Windows-1252/1258** ("NguyÔn V¨n §øc", "Nguyeãn"): when no run was a
///    UTF-8 repair and the field does not read as Vietnamese, its characters are mapped back to
///    bytes and decoded as TCVN3, VNI, Windows-1258 and VISCII; the best decoding replaces the
///    field when it reads as Vietnamese (≥ 0.75 of its words are syllables). Latin-1 names
///    ("José García") read as nothing and stay.
///
/// Results are NFC.
public enum MojibakeRepair {
    /// What a repair did.
    public struct Repair: Sendable, Equatable {
        /// The repaired text, UTF-8 NFC.
        public var bytes: [UInt8]
        /// `enc.mojibake`, plus `enc.mojibake_lossy` when bytes were guessed and the legacy
        /// encoding's flag (e.g. `enc.tcvn3`) when the field held legacy bytes.
        public var flags: [Flag]
        /// The repaired text.
        public var string: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// Repairs `text`; nil when it holds no mojibake.
    public static func repair(_ text: String) -> Repair? {
        repair(utf8: Array(text.utf8))
    }

    /// Repairs UTF-8 bytes; nil when they hold no mojibake. Invalid UTF-8 is first decoded with
    /// U+FFFD.
    public static func repair(utf8 bytes: [UInt8]) -> Repair? {
        let decoded = UTF8Buffer(capacity: bytes.count + 16)
        var statistics = DecodingStatistics()
        bytes.withUnsafeBufferPointer {
            _ = DecoderKernel.decodeUTF8($0, isFinal: true, into: decoded, statistics: &statistics)
        }
        let out = UTF8Buffer(capacity: bytes.count + 16)
        let outcome = repair(segment: decoded.bytes, into: out)
        guard outcome.changed else { return nil }
        let normalized = UTF8Buffer(capacity: out.count + 16)
        _ = UTF8Normalizer.normalize(out.bytes, isFinal: true, into: normalized)
        return Repair(bytes: normalized.array, flags: outcome.flags)
    }

    /// The bytes behind text that Windows-1252 showed (its specials back to 0x80-0x9F, C1 controls
    /// and everything up to U+00FF to the byte of the same value); nil if a character has none.
    /// This is how legacy text pasted from .xls cells or ANSI readers gets its bytes back.
    public static func windows1252Bytes(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            guard let b = windows1252Byte(scalar.value) else { return nil }
            bytes.append(b)
        }
        return bytes
    }

    /// What `repair(segment:into:)` did.
    struct Outcome {
        var changed = false
        var runs = 0
        var lossy = 0
        var legacy: TextEncoding?

        var flags: [Flag] {
            guard changed else { return [] }
            var flags: [Flag] = [.encMojibake]
            if lossy > 0 { flags.append(.encMojibakeLossy) }
            if let flag = legacy?.flag { flags.append(flag) }
            return flags.sorted()
        }
    }

    /// Windows-1252 specials (0x80-0x9F) → byte; every scalar up to U+00FF maps to its own byte.
    private static let windows1252Specials: [UInt32: UInt8] = {
        var map: [UInt32: UInt8] = [:]
        for b in 0x80...0x9F where EncodingTables.windows1252[b] > 0xFF {
            map[EncodingTables.windows1252[b]] = UInt8(b)
        }
        return map
    }()

    /// Windows-1258 scalar → byte (C1 controls map to their own byte).
    private static let windows1258Reverse: [UInt32: UInt8] = {
        var map: [UInt32: UInt8] = [:]
        for b in 0..<256 { map[EncodingTables.windows1258[b]] = UInt8(b) }
        for b in 0x80...0x9F where map[UInt32(b)] == nil { map[UInt32(b)] = UInt8(b) }
        return map
    }()

    static func windows1252Byte(_ scalar: UInt32) -> UInt8? {
        scalar <= 0xFF ? UInt8(scalar) : windows1252Specials[scalar]
    }

    static func windows1258Byte(_ scalar: UInt32) -> UInt8? { windows1258Reverse[scalar] }

    /// Scalars below `reverseLimit` → byte + 1 (0: none), for the hot loops: one array load
    /// instead of a dictionary lookup.
    static let reverseLimit = 0x2200
    static let windows1252Flat: [UInt16] = (0..<reverseLimit).map { s in windows1252Byte(UInt32(s)).map { UInt16($0) + 1 } ?? 0 }
    static let windows1258Flat: [UInt16] = (0..<reverseLimit).map { s in windows1258Byte(UInt32(s)).map { UInt16($0) + 1 } ?? 0 }

    /// Repairs one segment of valid UTF-8 (a field or a cell), appending the result (not yet NFC)
    /// to `out`. Most segments are settled by `byteRepair` or `fastRepair`; the rest (lost bytes,
    /// legacy text, a `?` inside a run) take the general path below.
    static func repair(segment: UnsafeBufferPointer<UInt8>, into out: UTF8Buffer) -> Outcome {
        let mark = out.count
        if let outcome = byteRepair(segment, into: out) { return outcome }
        if let outcome = fastRepair(segment, into: out) { return outcome }
        out.count = mark
        return repairGeneral(segment: segment, into: out)
    }

    /// Maps the UTF-8 text `input` through Windows-1252 (or 1258) back to bytes in `output`;
    /// returns the byte count, or nil if a character has no byte.
    @inline(__always)
    private static func reencode(
        _ input: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt16>, into output: UnsafeMutablePointer<UInt8>
    ) -> Int? {
        var i = 0, n = 0
        while i < input.count {
            let (scalar, length) = UTF8Normalizer.scalarAt(input, i)
            i += length
            guard scalar < UInt32(table.count) else { return nil }
            let entry = table[Int(scalar)]
            guard entry != 0 else { return nil }
            output[n] = UInt8(entry - 1)
            n += 1
        }
        return n
    }

    /// Strict UTF-8 check of `bytes`: true when valid with at least one multi-byte character.
    @inline(__always)
    private static func isMultiByteUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        var multiByte = false
        while i < bytes.count {
            if bytes[i] < 0x80 { i += 1; continue }
            var subpart = 0
            let length = DecoderKernel.utf8SequenceLength(bytes, at: i, subpart: &subpart)
            guard length > 0 else { return false }
            multiByte = true
            i += length
        }
        return multiByte
    }

    /// Run-by-run repair without allocation for the common cases: UTF-8 mojibake that reverses
    /// through Windows-1252/1258 (once or more), clean text, and text that reads as Vietnamese.
    /// Returns nil when the general path must decide (possible lost bytes, a `?` between runs,
    /// or text that may be legacy bytes).
    static func fastRepair(_ segment: UnsafeBufferPointer<UInt8>, into out: UTF8Buffer) -> Outcome? {
        var outcome = Outcome()
        var allMappable = true
        let n = segment.count
        out.reserve(n)
        let flat1252 = windows1252Flat, flat1258 = windows1258Flat
        return flat1252.withUnsafeBufferPointer { table1252 in flat1258.withUnsafeBufferPointer { table1258 in
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * n + 8) { scratch -> Outcome? in
            let first = scratch.baseAddress!, second = first + n + 4
            var i = 0
            while i < n {
                if segment[i] < 0x80 {
                    var j = i
                    while j < n, segment[j] < 0x80 { j += 1 }
                    out.append(UnsafeBufferPointer(rebasing: segment[i..<j]))
                    i = j
                    continue
                }
                var j = i
                var scalars = 0
                while j < n, segment[j] >= 0x80 {
                    if segment[j] >= 0xC0 { scalars += 1 }
                    j += 1
                }
                let run = UnsafeBufferPointer(rebasing: segment[i..<j])
                if j + 1 < n, segment[j] == 0x3F, segment[j + 1] >= 0x80 { return nil }  // "Ä?áº·ng"
                var count = reencode(run, table: table1252, into: first)
                if count == nil { count = reencode(run, table: table1258, into: first) }
                guard let mapped = count else {
                    allMappable = false
                    out.append(run)
                    i = j
                    continue
                }
                var current = UnsafeBufferPointer(start: first, count: mapped)
                guard isMultiByteUTF8(current) else {
                    if scalars >= 2 { return nil }  // maybe a lost byte: the general path tries
                    out.append(run)
                    i = j
                    continue
                }
                // Repaired once; repeat while the result is itself mojibake (double encoding).
                var target = second
                for _ in 0..<2 {
                    guard let again = reencode(current, table: table1252, into: target),
                          again < current.count, isMultiByteUTF8(UnsafeBufferPointer(start: target, count: again)) else { break }
                    current = UnsafeBufferPointer(start: target, count: again)
                    target = target == second ? first : second
                }
                out.append(current)
                outcome.changed = true
                outcome.runs += 1
                i = j
            }
            if outcome.changed || !allMappable { return outcome }
            // Nothing changed and every character has a byte: legacy text unless it reads as Vietnamese.
            let score = SyllableScorer.score(segment)
            if score.words == 0 || score.value >= 0.75 { return outcome }
            return nil
        }
        } }
    }

    /// The general path: steps 1-3 with lost-byte and legacy repair.
    static func repairGeneral(segment: UnsafeBufferPointer<UInt8>, into out: UTF8Buffer) -> Outcome {
        var outcome = Outcome()
        let scalars = decodeScalars(segment)
        guard scalars.contains(where: { $0 >= 0x80 }) else {
            out.append(segment)
            return outcome
        }
        // Steps 1-2, run by run.
        var repaired: [UInt32] = []
        repaired.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            guard scalars[i] >= 0x80 else { repaired.append(scalars[i]); i += 1; continue }
            var end = i + 1
            while end < scalars.count {
                if scalars[end] >= 0x80 { end += 1; continue }
                // A '?' between non-ASCII characters may be a lost byte.
                if scalars[end] == 0x3F, end + 1 < scalars.count, scalars[end + 1] >= 0x80 { end += 2; continue }
                break
            }
            let run = Array(scalars[i..<end])
            if let (fixed, lossy) = repairRun(run) {
                repaired += fixed
                outcome.changed = true
                outcome.runs += 1
                if lossy { outcome.lossy += 1 }
            } else {
                repaired += run
            }
            i = end
        }
        if outcome.changed {
            out.reserve(repaired.count * 4)
            for s in repaired { out.appendScalar(s) }
            return outcome
        }
        // Step 3: the whole segment as legacy bytes.
        if let (bytes, encoding) = repairLegacy(segment, scalars: scalars) {
            out.append(bytes)
            outcome.changed = true
            outcome.runs = 1
            outcome.legacy = encoding
            return outcome
        }
        out.append(segment)
        return outcome
    }

    static func decodeScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                scalars.append(UInt32(b)); i += 1
            } else if b < 0xE0, i + 1 < n {
                scalars.append(UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)); i += 2
            } else if b < 0xF0, i + 2 < n {
                scalars.append(UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)); i += 3
            } else if i + 3 < n {
                scalars.append(UInt32(b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                    | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)); i += 4
            } else {
                scalars.append(0xFFFD); i = n
            }
        }
        return scalars
    }

    /// Strict UTF-8 check; nil if invalid, else the scalars and whether any was multi-byte.
    static func strictScalars(_ bytes: [UInt8]) -> (scalars: [UInt32], multiByte: Bool)? {
        var multiByte = false
        let valid = bytes.withUnsafeBufferPointer { buffer -> Bool in
            var i = 0
            while i < buffer.count {
                if buffer[i] < 0x80 { i += 1; continue }
                var subpart = 0
                let length = DecoderKernel.utf8SequenceLength(buffer, at: i, subpart: &subpart)
                guard length > 0 else { return false }
                multiByte = true
                i += length
            }
            return true
        }
        guard valid else { return nil }
        return (bytes.withUnsafeBufferPointer { decodeScalars($0) }, multiByte)
    }

    private static let lostBytes: [UInt8] = [0x90, 0x81, 0x8D, 0x8F, 0x9D]

    /// Steps 1-2 on one run of non-ASCII characters.
    static func repairRun(_ run: [UInt32]) -> ([UInt32], Bool)? {
        var current = run
        var result: [UInt32]?
        var lossy = false
        for round in 0..<3 {
            let bytes = reencode(current, windows1258: false) ?? reencode(current, windows1258: true)
            guard let bytes else { break }
            if let (scalars, multiByte) = strictScalars(bytes), multiByte {
                result = scalars
                current = scalars
                continue
            }
            if round == 0, let scalars = fillLostBytes(bytes) {
                result = scalars
                current = scalars
                lossy = true
                continue
            }
            break
        }
        guard let result else { return nil }
        return (result, lossy)
    }

    private static func reencode(_ scalars: [UInt32], windows1258: Bool) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for s in scalars {
            guard let b = windows1258 ? windows1258Byte(s) : windows1252Byte(s) else { return nil }
            bytes.append(b)
        }
        return bytes
    }

    /// Puts back one lost continuation byte per sequence (or replaces a `?` standing for it),
    /// choosing the first byte that makes a Vietnamese letter. Needs at least one sequence of the
    /// run to be valid already, so a lone "Ä" in a German name stays.
    private static func fillLostBytes(_ bytes: [UInt8]) -> [UInt32]? {
        var out: [UInt8] = []
        var completeSequences = 0, filled = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 && b != 0x3F { out.append(b); i += 1; continue }
            let need: Int
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0...0xEF: need = 2
            default:
                if b == 0x3F { out.append(b); i += 1; continue }
                return nil
            }
            var sequence: [UInt8] = [b]
            var k = i + 1
            var missing = false
            while sequence.count <= need {
                if k < bytes.count, bytes[k] >= 0x80, bytes[k] <= 0xBF {
                    sequence.append(bytes[k]); k += 1
                } else if !missing {
                    missing = true
                    if k < bytes.count, bytes[k] == 0x3F { k += 1 }  // '?' marks the hole
                    sequence.append(0)
                } else {
                    return nil
                }
            }
            if missing {
                let hole = sequence.firstIndex(of: 0)!
                var chosen: [UInt8]?
                for candidate in lostBytes {
                    var trial = sequence
                    trial[hole] = candidate
                    if let (scalars, _) = strictScalars(trial), scalars.count == 1,
                       VietnameseLetters.infoOf(scalars[0]) != 0 {
                        chosen = trial
                        break
                    }
                }
                guard let chosen else { return nil }
                out += chosen
                filled += 1
            } else {
                out += sequence
                completeSequences += 1
            }
            i = k
        }
        guard filled > 0, completeSequences > 0, let (scalars, _) = strictScalars(out) else { return nil }
        return scalars
    }

    private static let legacyCandidates: [TextEncoding] = [.tcvn3, .vni, .windows1258, .viscii]

    /// Step 3: the segment's characters as Windows-1252 (or 1258) views of legacy bytes.
    static func repairLegacy(_ segment: UnsafeBufferPointer<UInt8>, scalars: [UInt32]) -> ([UInt8], TextEncoding)? {
        guard scalars.count >= 2 else { return nil }  // one character is no evidence
        // Decomposed text (macOS NFD, "Unicode tổ hợp") is scored as what it is once composed.
        let current = scalars.contains(where: { (0x300...0x36F).contains($0) })
            ? SyllableScorer.score(UTF8Normalizer.nfc(Array(segment)))
            : SyllableScorer.score(segment)
        guard current.words > 0, current.value < 0.75 else { return nil }
        guard let bytes = reencode(scalars, windows1258: false) ?? reencode(scalars, windows1258: true) else { return nil }
        var best: (score: Double, bytes: [UInt8], encoding: TextEncoding)?
        for encoding in legacyCandidates {
            var kernel = DecoderKernel(encoding: encoding, strict: true)
            let out = UTF8Buffer(capacity: bytes.count * 3 + 16)
            bytes.withUnsafeBufferPointer { kernel.decodeAll($0, into: out) }
            let score = SyllableScorer.score(out.bytes)
            if score.words > 0, best == nil || score.value > best!.score {
                best = (score.value, out.array, encoding)
            }
        }
        guard let best, best.score >= 0.75, best.score - current.value >= 0.3 else { return nil }
        return (best.bytes, best.encoding)
    }
}
