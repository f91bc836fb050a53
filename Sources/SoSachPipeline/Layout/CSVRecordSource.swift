import SoSachText

/// Layout records from a `CSVReader`: each record's fields decoded (file encoding, or the
/// column's own when per-column detection found another), cleaned and trimmed.
///
/// The first `prefixLimit` records are read ahead as raw bytes so that the encoding of each
/// column can be re-decided on them (legacy columns pasted into a Unicode sheet); memory stays
/// bounded by that prefix.
final class CSVRecordSource: LayoutRecordSource {
    private let reader: CSVReader
    private let displayPath: String
    private let text: LayoutText
    private let fileDecoder: FieldDecoder
    /// Decodes a record's raw text (for messages and rejects): no mojibake repair, and UTF-8 is
    /// taken as it is.
    private let rawDecoder: FieldDecoder?
    private var columnDecoders: [Int: FieldDecoder] = [:]
    /// Columns decoded with another encoding than the file's.
    private(set) var columnEncodings: [Int: TextEncoding] = [:]
    private var record = ByteRecord()
    /// `text.keepsCleanASCII`, read for every cell.
    private let skipsCleanASCII: Bool
    /// `fileDecoder.passesASCIIThrough`, read for every cell.
    private let filePassesASCII: Bool
    /// Cells decoded with the file's decoder, by their bytes.
    private var cache = CellCache()
    private var ahead: [ByteRecord] = []
    private var aheadIndex = 0
    private var lastLine = 0
    private(set) var physicalLineCount: Int?

    init(reader: CSVReader, displayPath: String, text: LayoutText, encoding: TextEncoding,
         detectColumns: Bool, prefixLimit: Int) throws {
        self.reader = reader
        self.displayPath = displayPath
        self.text = text
        self.skipsCleanASCII = text.keepsCleanASCII
        self.fileDecoder = FieldDecoder(encoding: encoding)
        self.filePassesASCII = fileDecoder.passesASCIIThrough
        self.rawDecoder = encoding == .utf8 || encoding == .ascii ? nil : FieldDecoder(encoding: encoding, repairsMojibake: false)
        var record = ByteRecord()
        while ahead.count < prefixLimit, try reader.readRecord(into: &record) { ahead.append(record) }
        if detectColumns && encoding.isASCIICompatible { decideColumnEncodings(encoding) }
    }

    /// Re-decides the encoding of every column holding non-ASCII bytes in the prefix.
    private func decideColumnEncodings(_ fileEncoding: TextEncoding) {
        let width = ahead.reduce(0) { max($0, $1.count) }
        guard width > 0 else { return }
        var columns = Array(repeating: [ArraySlice<UInt8>](), count: width)
        for record in ahead where record.problem == nil {
            for c in 0..<record.count where record[c].contains(where: { $0 >= 0x80 }) { columns[c].append(record[c]) }
        }
        let detector = EncodingDetector()
        for (c, fields) in columns.enumerated() where !fields.isEmpty {
            // Only the encoding is kept: not the evidence of every candidate.
            let found = detector.columnEncoding(fields, fileEncoding: fileEncoding)
            if found != fileEncoding {
                columnEncodings[c] = found
                columnDecoders[c] = FieldDecoder(encoding: found)
            }
        }
    }

    func nextRecord() throws -> LayoutRecord? {
        if aheadIndex < ahead.count {
            let next = ahead[aheadIndex]
            aheadIndex += 1
            // The prefix is dropped once served: memory stays bounded.
            if aheadIndex == ahead.count { ahead = []; aheadIndex = 0 }
            return layoutRecord(next)
        }
        guard try reader.readRecord(into: &record) else {
            physicalLineCount = lastLine
            return nil
        }
        return layoutRecord(record)
    }

    private func layoutRecord(_ r: ByteRecord) -> LayoutRecord {
        lastLine = max(lastLine, r.endLine)
        let raw = rawText(r.raw)
        let lines = max(r.lineCount, 1)
        if let problem = r.problem {
            let reason: String
            var column = 0
            switch problem {
            case .fieldTooLarge(let field, _): reason = "csv.field_too_long"; column = field + 1
            case .recordTooLarge: reason = "csv.record_too_long"
            case .tooManyFields: reason = "csv.too_many_fields"
            }
            let at = column > 0 ? ", column \(column)" : ""
            return LayoutRecord(line: r.position.line, lineCount: lines, cells: [], raw: raw,
                                failure: (reason, "\(displayPath): line \(r.position.line)\(at): \(problem)"))
        }
        var cells: [String] = []
        cells.reserveCapacity(r.count)
        var flags: [Flag] = []
        let perColumn = !columnDecoders.isEmpty
        for c in 0..<r.count {
            let columnDecoder = perColumn ? columnDecoders[c] : nil
            let decoder = columnDecoder ?? fileDecoder
            // Straight from the record's buffer: no slice, no intermediate array for plain cells,
            // and clean ASCII (row numbers, dates, IDs, phones) skips decoder and normaliser.
            // Repeated cells of the file's encoding come from the cache.
            let cacheable = columnDecoder == nil
            let passesASCII = columnDecoder?.passesASCIIThrough ?? filePassesASCII
            let cell = r.withUnsafeBytes(at: c) { bytes -> String in
                if skipsCleanASCII, passesASCII, LayoutText.isCleanASCII(bytes) {
                    return String(decoding: bytes, as: UTF8.self)
                }
                let hash = cacheable && bytes.count <= CellCache.maxBytes ? CellCache.hash(bytes) : nil
                if let hash, let hit = cache.lookup(bytes, hash: hash) {
                    for flag in hit.flags where !flags.contains(flag) { flags.append(flag) }
                    return hit.string
                }
                let decoded = decoder.decodeString(bytes)
                let string = text.normalize(decoded.string)
                if let hash { cache.insert(bytes, hash: hash, string: string, flags: decoded.flags) }
                for flag in decoded.flags where !flags.contains(flag) { flags.append(flag) }
                return string
            }
            cells.append(cell)
        }
        if r.recoveredFromUnterminatedQuote { flags.append("csv.quote_recovered") }
        if flags.count > 1 { flags.sort() }
        return LayoutRecord(line: r.position.line, lineCount: lines, cells: cells, raw: raw, flags: flags)
    }

    /// The record's text, decoded, without its line end.
    private func rawText(_ bytes: [UInt8]) -> String {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        guard let rawDecoder else {
            // UTF-8: a line end is one or more Characters of CR and LF only, so trimming the
            // bytes is trimming the Characters.
            return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[0..<end]), as: UTF8.self) }
        }
        // The whole line is decoded, line end included, through the buffer (not the generic
        // collection entry); then the line end is trimmed on the decoded bytes, which are valid
        // UTF-8 ending in the CR/LF bytes the line ended with.
        let decoded = bytes.withUnsafeBufferPointer { rawDecoder.decode($0) }.bytes
        var cut = decoded.count
        while cut > 0, decoded[cut - 1] == 0x0A || decoded[cut - 1] == 0x0D { cut -= 1 }
        return decoded.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[0..<cut]), as: UTF8.self) }
    }
}
