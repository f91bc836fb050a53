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
    private var ahead: [ByteRecord] = []
    private var aheadIndex = 0
    private var lastLine = 0
    private(set) var physicalLineCount: Int?

    init(reader: CSVReader, displayPath: String, text: LayoutText, encoding: TextEncoding,
         detectColumns: Bool, prefixLimit: Int) throws {
        self.reader = reader
        self.displayPath = displayPath
        self.text = text
        self.fileDecoder = FieldDecoder(encoding: encoding)
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
            let found = detector.detectColumn(fields, fileEncoding: fileEncoding)
            if found.encoding != fileEncoding {
                columnEncodings[c] = found.encoding
                columnDecoders[c] = FieldDecoder(encoding: found.encoding)
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
        var raw = rawDecoder.map { $0.string(r.raw) } ?? String(decoding: r.raw, as: UTF8.self)
        while let last = raw.utf8.last, last == 0x0A || last == 0x0D { raw.removeLast() }
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
        for c in 0..<r.count {
            let decoded = (columnDecoders[c] ?? fileDecoder).decode(r[c])
            for flag in decoded.flags where !flags.contains(flag) { flags.append(flag) }
            cells.append(text.normalize(decoded.string))
        }
        if r.recoveredFromUnterminatedQuote { flags.append("csv.quote_recovered") }
        return LayoutRecord(line: r.position.line, lineCount: lines, cells: cells, raw: raw, flags: flags.sorted())
    }
}
