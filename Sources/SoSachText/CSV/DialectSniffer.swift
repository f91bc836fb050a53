/// Finds the dialect of a delimited file from its first bytes: the delimiter among `,` `;` TAB
/// `|`, whether fields are quoted, how lines end, and a byte order mark.
///
/// The delimiter is the candidate that splits the sample's records most consistently into the
/// same number (> 1) of fields, parsing quotes as the reader will; counting characters alone
/// fails on official list files, whose title rows ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") carry
/// few or no delimiters and whose short rows are padded with `;;;;` to the table's width, and
/// whose addresses are full of commas. Between candidates nearly as consistent (within 0.1),
/// the one giving more fields wins; then the order `,` `;` TAB `|`.
///
/// An explicit dialect always wins over sniffing: sniff only when the user gave none.
public enum DialectSniffer {
    /// How many bytes from the start of the file the sniffer looks at: 64 KiB.
    public static let sampleSize = 64 << 10

    /// The delimiters tried, in order of preference on a tie.
    public static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")]

    /// Sniffs `sample`, the first bytes of a file (only the first `sampleSize` are looked at).
    /// Unless `isWholeInput`, the last line is taken as cut short and ignored.
    public static func sniff(_ sample: [UInt8], isWholeInput: Bool = false) -> SniffedDialect {
        sample.withUnsafeBufferPointer { sniff($0, isWholeInput: isWholeInput) }
    }

    /// `sniff(_:isWholeInput:)`, without counting the quoted fields when not
    /// `countingQuotedFields` (`quotedFields` and `fieldsSampled` are then 0): a reader that
    /// only needs the dialect, its table shape and the line ends skips a pass over the sample.
    public static func sniff(_ sample: [UInt8], isWholeInput: Bool, countingQuotedFields: Bool) -> SniffedDialect {
        sample.withUnsafeBufferPointer { sniff($0, isWholeInput: isWholeInput, countingQuotedFields: countingQuotedFields) }
    }

    /// Sniffs the bytes in `sample`; see `sniff(_:isWholeInput:)`.
    public static func sniff(_ sample: UnsafeBufferPointer<UInt8>, isWholeInput: Bool) -> SniffedDialect {
        sniff(sample, isWholeInput: isWholeInput, countingQuotedFields: true)
    }

    static func sniff(_ sample: UnsafeBufferPointer<UInt8>, isWholeInput: Bool, countingQuotedFields: Bool) -> SniffedDialect {
        var bytes = UnsafeBufferPointer(rebasing: sample[0..<min(sample.count, sampleSize)])
        let whole = isWholeInput && bytes.count == sample.count
        let bom = byteOrderMark(bytes)
        if bom == .utf8 { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }

        var best: (delimiter: UInt8, width: Int, consistency: Double, records: Int)?
        var fallbackRecords = 0
        for delimiter in candidates {
            // A delimiter absent from the sample splits nothing: every record is one field (or
            // blank), so it has no table shape; only its record count matters, as a fallback
            // (the last candidate's, read below only when no candidate has a shape).
            guard bytes.contains(delimiter) else { continue }
            let widths = recordWidths(bytes, CSVDialect(delimiter: delimiter), isWholeInput: whole)
            fallbackRecords = widths.filter { $0 > 0 }.count
            guard let (width, consistency, records) = tableShape(widths) else { continue }
            if let current = best {
                let clearlyBetter = consistency > current.consistency + 0.1
                let asGoodAndWider = consistency >= current.consistency - 0.1 && width > current.width
                if !(clearlyBetter || asGoodAndWider) { continue }
            }
            best = (delimiter, width, consistency, records)
        }
        // `recordsSampled` falls back to the last candidate's record count (each parse above
        // leaves its own; the last candidate, when present, was parsed last): when it is absent
        // and no candidate has a shape, parse it for that count.
        if best == nil, let last = candidates.last, !bytes.contains(last) {
            fallbackRecords = recordWidths(bytes, CSVDialect(delimiter: last), isWholeInput: whole).filter { $0 > 0 }.count
        }
        let dialect = CSVDialect(delimiter: best?.delimiter ?? UInt8(ascii: ","))
        let (quoted, fields) = countingQuotedFields ? quotedFieldCount(bytes, delimiter: dialect.delimiter) : (0, 0)
        return SniffedDialect(
            dialect: dialect,
            lineEnding: lineEnding(bytes),
            byteOrderMark: bom,
            fieldCount: best?.width ?? 1,
            consistency: best?.consistency ?? 1,
            recordsSampled: best?.records ?? fallbackRecords,
            quotedFields: quoted,
            fieldsSampled: fields
        )
    }

    /// The byte order mark at the start of `bytes`, if any.
    public static func byteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> SniffedDialect.ByteOrderMark? {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { return .utf8 }
        if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE { return .utf16LE }
        if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF { return .utf16BE }
        return nil
    }

    /// The field count of every complete record of `bytes` read in `dialect` (0 for blank lines).
    static func recordWidths(_ bytes: UnsafeBufferPointer<UInt8>, _ dialect: CSVDialect, isWholeInput: Bool) -> [Int] {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
        var core = CSVCore(dialect: dialect)
        var widths: [Int] = []
        // Field bytes are not needed: the output only has to be large enough for one record.
        let output = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        defer { output.deallocate() }
        var endsCapacity = 256
        var ends = UnsafeMutablePointer<Int>.allocate(capacity: endsCapacity)
        defer { ends.deallocate() }
        var io = CSVCoreBuffers(
            input: base, inputPosition: 0, inputEnd: bytes.count,
            output: output, outputCount: 0, outputCapacity: bytes.count,
            ends: ends, endsCount: 0, endsCapacity: endsCapacity)
        var finishing = false
        while true {
            switch finishing ? core.finish(&io) : core.parse(&io) {
            case .record:
                widths.append(io.endsCount)
                io.outputCount = 0
                io.endsCount = 0
            case .inputEmpty:
                if !isWholeInput { return widths }
                finishing = true
            case .endsFull:
                let bigger = UnsafeMutablePointer<Int>.allocate(capacity: endsCapacity * 2)
                bigger.update(from: ends, count: io.endsCount)
                ends.deallocate()
                ends = bigger
                endsCapacity *= 2
                io.ends = ends
                io.endsCapacity = endsCapacity
            case .end, .outputFull, .quotedFieldLimit:
                return widths
            }
        }
    }

    /// The table width most non-blank records share (> 1), the share of records with it, and the
    /// count of non-blank records; nil when no record has more than one field.
    static func tableShape(_ widths: [Int]) -> (width: Int, consistency: Double, records: Int)? {
        var histogram: [Int: Int] = [:]
        var records = 0
        for width in widths where width > 0 {
            records += 1
            if width > 1 { histogram[width, default: 0] += 1 }
        }
        guard let (width, count) = histogram.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) })
        else { return nil }
        return (width, Double(count) / Double(records), records)
    }

    /// How many fields start with `"`, and how many fields there are, counting naively.
    static func quotedFieldCount(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> (quoted: Int, fields: Int) {
        var quoted = 0
        var fields = 0
        var atFieldStart = true
        var inQuotedField = false
        var insideQuotes = false
        for byte in bytes {
            if atFieldStart {
                fields += 1
                atFieldStart = false
                inQuotedField = byte == UInt8(ascii: "\"")
                insideQuotes = inQuotedField
                if inQuotedField {
                    quoted += 1
                    continue
                }
            }
            if inQuotedField && byte == UInt8(ascii: "\"") {
                insideQuotes.toggle()
            } else if !insideQuotes && (byte == delimiter || byte == 0x0A || byte == 0x0D) {
                atFieldStart = true
            }
        }
        return (quoted, fields)
    }

    /// How lines end in `bytes`.
    static func lineEnding(_ bytes: UnsafeBufferPointer<UInt8>) -> SniffedDialect.LineEnding {
        var lf = 0
        var crlf = 0
        var cr = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                lf += 1
            } else if byte == 0x0D {
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A {
                    crlf += 1
                    index += 1
                } else if index + 1 < bytes.count {
                    cr += 1
                }
            }
            index += 1
        }
        switch (lf > 0, crlf > 0, cr > 0) {
        case (false, false, false): return .none
        case (true, false, false): return .lf
        case (false, true, false): return .crlf
        case (false, false, true): return .cr
        default: return .mixed
        }
    }
}
