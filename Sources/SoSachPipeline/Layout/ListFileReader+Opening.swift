import SoSachText
import SoSachUnits

extension ListFileReader {
    /// Opens `path` and decides encoding, dialect, layout, mapping and context on a bounded
    /// prefix; `displayPath` is the path as given by the user (used in messages, for the
    /// mapping-file patterns and as `source_file`). `config`'s first rule matching `displayPath`
    /// overrides what is detected. Throws for I/O errors and an invalid rule (unknown encoding).
    public convenience init(path: String, displayPath: String, config: MappingConfig?) throws {
        try self.init(path: path, displayPath: displayPath, config: config, text: .standard,
                      aliases: try HeaderAliases.standard(), prefixLimit: LayoutEngine.defaultPrefixLimit,
                      unitRegistry: try UnitRegistry.shared())
    }

    /// The designated opening: the same with the text tools, alias table and prefix given.
    convenience init(path: String, displayPath: String, config: MappingConfig?, text: LayoutText,
                     aliases: HeaderAliases, prefixLimit: Int, unitRegistry: UnitRegistry?) throws {
        let rule = config?.rule(for: displayPath)
        var forced: TextEncoding?
        if let name = rule?.encoding {
            guard let encoding = TextEncoding(name: name) else {
                throw MappingConfig.InvalidConfig(path: displayPath, message: "mapping rule \"\(rule!.pattern)\": unknown encoding '\(name)'")
            }
            forced = encoding
        }
        let file = try FileByteSource(path: path)
        let sampleSize = DialectSniffer.sampleSize
        let sample = try ReplayByteSource.readPrefix(of: file, count: sampleSize)
        let complete = sample.count < sampleSize
        var cellsUnchanged = false
        let detection = EncodingDetector(override: forced).detect(sample: sample, isComplete: complete, cellsUnchanged: &cellsUnchanged)
        var encodingEvidence = detection.evidence
        if forced != nil { encodingEvidence.insert("mapping file \"\(rule!.pattern)\"", at: 0) }

        // UTF-16 is decoded to UTF-8 before parsing; every other encoding keeps ASCII delimiters,
        // so the CSV is parsed on raw bytes and cells are decoded one by one.
        let bytes = ReplayByteSource(prefix: sample, then: file)
        let source: ByteSource
        let fieldEncoding: TextEncoding
        var dialectSample = sample
        if detection.encoding.isASCIICompatible {
            source = bytes
            fieldEncoding = detection.encoding
        } else {
            source = DecodingByteSource(source: bytes, encoding: detection.encoding)
            fieldEncoding = .utf8
            let decoder = DecodingByteSource(source: MemoryByteSource(sample), encoding: detection.encoding)
            dialectSample = try ReplayByteSource.readPrefix(of: decoder, count: sampleSize * 2)
        }
        let dialect: CSVDialect
        var dialectEvidence: [String] = []
        if let delimiter = rule?.delimiterByte {
            dialect = CSVDialect(delimiter: delimiter)
            dialectEvidence.append("mapping file \"\(rule!.pattern)\"")
        } else {
            // Quoted fields are not reported here: not counted.
            let sniffed = DialectSniffer.sniff(dialectSample, isWholeInput: complete, countingQuotedFields: false)
            dialect = sniffed.dialect
            dialectEvidence.append("\(sniffed.fieldCount) fields in \(Int((sniffed.consistency * 100).rounded()))% of \(sniffed.recordsSampled) sampled records")
            dialectEvidence.append("line ends \(sniffed.lineEnding.rawValue)")
            if let bom = sniffed.byteOrderMark { dialectEvidence.append("BOM \(bom.rawValue)") }
        }
        var options = CSVReader.Options()
        options.keepRawBytes = true
        let reader = CSVReader(source: source, dialect: dialect, options: options)
        let records = try CSVRecordSource(reader: reader, displayPath: displayPath, text: text,
                                          encoding: fieldEncoding,
                                          detectColumns: forced == nil && !Self.columnsProvedUTF8(sample, cellsUnchanged: cellsUnchanged,
                                                                                              isWholeFile: complete, dialect: dialect),
                                          prefixLimit: prefixLimit)
        let engine = try LayoutEngine(source: records, aliases: aliases, rule: rule, displayPath: displayPath,
                                      prefixLimit: prefixLimit, unitRegistry: unitRegistry)
        var columnEncodings: [Int: String] = [:]
        for (column, encoding) in records.columnEncodings { columnEncodings[column] = encoding.rawValue }
        self.init(engine: engine, path: path, displayPath: displayPath,
                  encoding: ListFileProfile.Encoding(name: detection.encoding.rawValue, confidence: detection.confidence,
                                                     evidence: encodingEvidence, columns: columnEncodings),
                  dialect: ListFileProfile.Dialect(delimiter: String(UnicodeScalar(dialect.delimiter)),
                                                   quote: dialect.quote.map { String(UnicodeScalar($0)) },
                                                   evidence: dialectEvidence),
                  rule: rule)
    }

    /// Whether the per-column re-decision would keep UTF-8 for every column, known from the
    /// file's detection: the sample is the whole file (every field of the prefix is in it), and
    /// `cellsUnchanged` (valid UTF-8, no BOM, every non-ASCII cell cut at , ; tab " CR LF left
    /// unchanged by the repair). `detectColumn` cuts a column's fields at those delimiters too,
    /// and decides UTF-8 when the repair leaves each of those cells unchanged. The fields of a
    /// dialect splitting on one of them and quoting with `"` are cut into cells of the sample
    /// again, as long as no quote the reader drops stood between two cell bytes: `"ab"c` is
    /// the field `abc`, one cell where the sample has two. So no quote byte of the sample may
    /// have a byte other than a delimiter on both sides.
    static func columnsProvedUTF8(_ sample: [UInt8], cellsUnchanged: Bool, isWholeFile: Bool, dialect: CSVDialect) -> Bool {
        guard cellsUnchanged, isWholeFile else { return false }
        guard dialect.delimiter == 0x2C || dialect.delimiter == 0x3B || dialect.delimiter == 0x09 else { return false }
        guard let quote = dialect.quote else { return true }
        guard quote == 0x22 else { return false }
        // The cell delimiters of `detectColumn`: tab, LF, CR, `"`, `,` and `;`.
        func isDelimiter(_ b: UInt8) -> Bool { b == 0x09 || b == 0x0A || b == 0x0D || b == 0x22 || b == 0x2C || b == 0x3B }
        return sample.withUnsafeBufferPointer { bytes in
            let n = bytes.count
            for k in 0..<n where bytes[k] == 0x22 {
                let before = k == 0 || isDelimiter(bytes[k - 1])
                let after = k + 1 == n || isDelimiter(bytes[k + 1])
                if !before && !after { return false }
            }
            return true
        }
    }
}
