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
        let detection = EncodingDetector(override: forced).detect(sample: sample, isComplete: complete)
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
            let sniffed = DialectSniffer.sniff(dialectSample, isWholeInput: complete)
            dialect = sniffed.dialect
            dialectEvidence.append("\(sniffed.fieldCount) fields in \(Int((sniffed.consistency * 100).rounded()))% of \(sniffed.recordsSampled) sampled records")
            dialectEvidence.append("line ends \(sniffed.lineEnding.rawValue)")
            if let bom = sniffed.byteOrderMark { dialectEvidence.append("BOM \(bom.rawValue)") }
        }
        var options = CSVReader.Options()
        options.keepRawBytes = true
        let reader = CSVReader(source: source, dialect: dialect, options: options)
        let records = try CSVRecordSource(reader: reader, displayPath: displayPath, text: text,
                                          encoding: fieldEncoding, detectColumns: forced == nil,
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
}
