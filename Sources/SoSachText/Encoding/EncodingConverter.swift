/// Re-encodes a text file (CSV/TSV in any encoding SoSach reads) to clean UTF-8 NFC with the same
/// layout: the logic behind `sosach convert`.
///
/// The file's encoding is detected from its first 64 KiB (or taken from `Options.from`). Then:
/// - **Whole-stream** (the usual case): the file streams through a `DecodingByteSource`;
///   delimiters, quotes and line ends are ASCII in every encoding, so they come out byte for byte
///   where they were.
/// - **Per column**, when the sample's columns disagree with the file (legacy sheets pasted
///   together: a VNI column in a TCVN3 file): the file is parsed with `CSVReader` (dialect
///   sniffed), each field is decoded with its column's `FieldDecoder`, and the records are
///   written back with `CSVWriter` in the same dialect (same delimiter and record order; quoting
///   becomes minimal and line ends LF). A cell of such a column that reads better in the file's
///   encoding (its header, typed with the rest of the file) keeps the file's encoding.
///
/// The output goes through `AtomicFileOutput`: a failed run never leaves a half-written file.
public enum EncodingConverter {
    /// How to convert.
    public struct Options: Sendable {
        /// The input's encoding, skipping detection (and per-column re-decision). The default
        /// is nil (detect).
        public var from: TextEncoding?
        /// Start the output with a UTF-8 byte order mark, so Excel opens it as UTF-8. The default is false.
        public var excel: Bool
        /// Re-decide the encoding per column when the file is delimited text. The default is true.
        public var detectsColumns: Bool
        /// Bytes read per chunk. The default is 64 KiB.
        public var chunkSize: Int

        public init(from: TextEncoding? = nil, excel: Bool = false, detectsColumns: Bool = true, chunkSize: Int = 64 * 1024) {
            self.from = from
            self.excel = excel
            self.detectsColumns = detectsColumns
            self.chunkSize = chunkSize
        }
    }

    /// What a conversion did.
    public struct Report: Sendable {
        /// The input path.
        public var input: String
        /// The output path.
        public var output: String
        /// The encoding used, with confidence and evidence (or the override).
        public var detection: EncodingDetection
        /// Columns (0-based) decoded with another encoding than the file's, when per-column
        /// decoding was used; empty for a whole-stream conversion.
        public var columnEncodings: [Int: EncodingDetection]
        /// Counts of invalid sequences, repairs and normalisations (whole-stream), or of fields
        /// with invalid bytes and repairs (per column).
        public var statistics: DecodingStatistics
        /// Bytes written, BOM included.
        public var bytesWritten: Int64
    }

    /// Converts the file at `input` into `output` (a file path; its folder must exist).
    /// Throws `FileByteSource.IOError` when a file cannot be read or written.
    public static func convert(input: String, output: String, options: Options = Options()) throws -> Report {
        let file = try FileByteSource(path: input)
        let detector = EncodingDetector(override: options.from)
        let sample = try ReplayByteSource.readPrefix(of: file, count: detector.sampleSize)
        let complete = sample.count < detector.sampleSize
        let detection = detector.detect(sample: sample, isComplete: complete)
        let sink = try AtomicFileOutput(path: output)
        var written: Int64 = 0
        if options.excel {
            try [UInt8]([0xEF, 0xBB, 0xBF]).withUnsafeBytes { try sink.write($0) }
            written += 3
        }
        let rest = ReplayByteSource(prefix: sample, then: file)
        if options.from == nil && options.detectsColumns, detection.encoding.isASCIICompatible,
           let plan = columnPlan(sample: sample, complete: complete, fileEncoding: detection.encoding, detector: detector) {
            let (bytes, statistics) = try convertByColumn(rest, plan: plan, fileEncoding: detection.encoding, into: sink)
            try sink.commit()
            return Report(input: input, output: output, detection: detection, columnEncodings: plan.columns,
                          statistics: statistics, bytesWritten: written + bytes)
        }
        let source = DecodingByteSource(source: rest, encoding: detection.encoding, chunkSize: options.chunkSize)
        var buffer = [UInt8](repeating: 0, count: max(options.chunkSize, 4096) * 4)
        while true {
            let n = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
            if n == 0 { break }
            try buffer.withUnsafeBytes { try sink.write(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            written += Int64(n)
        }
        try sink.commit()
        return Report(input: input, output: output, detection: detection, columnEncodings: [:],
                      statistics: source.statistics, bytesWritten: written)
    }

    /// The dialect and the columns whose encoding differs from the file's.
    struct ColumnPlan {
        var dialect: CSVDialect
        var columns: [Int: EncodingDetection]
    }

    /// Parses the sample's records and re-decides each column holding non-ASCII bytes; nil when
    /// every column agrees with the file (or the sample is not delimited text).
    static func columnPlan(sample: [UInt8], complete: Bool, fileEncoding: TextEncoding, detector: EncodingDetector) -> ColumnPlan? {
        let sniffed = DialectSniffer.sniff(sample, isWholeInput: complete)
        guard sniffed.isConfident else { return nil }
        let reader = CSVReader(source: MemoryByteSource(sample), dialect: sniffed.dialect)
        var record = ByteRecord()
        var records: [ByteRecord] = []
        while (try? reader.readRecord(into: &record)) == true { records.append(record) }
        if !complete && !records.isEmpty { records.removeLast() }  // may be cut by the sample's end
        let width = records.reduce(0) { max($0, $1.count) }
        guard width > 1 else { return nil }
        var columns = Array(repeating: [ArraySlice<UInt8>](), count: width)
        for record in records where record.problem == nil {
            for c in 0..<record.count where record[c].contains(where: { $0 >= 0x80 }) { columns[c].append(record[c]) }
        }
        var differing: [Int: EncodingDetection] = [:]
        for (c, fields) in columns.enumerated() where fields.count >= 2 {
            let found = detector.detectColumn(fields, fileEncoding: fileEncoding)
            if found.encoding != fileEncoding && !found.isUncertain { differing[c] = found }
        }
        return differing.isEmpty ? nil : ColumnPlan(dialect: sniffed.dialect, columns: differing)
    }

    /// Decodes every field with its column's decoder and writes the records back.
    static func convertByColumn(
        _ source: ByteSource, plan: ColumnPlan, fileEncoding: TextEncoding, into sink: AtomicFileOutput
    ) throws -> (Int64, DecodingStatistics) {
        let reader = CSVReader(source: source, dialect: plan.dialect)
        let counting = CountingSink(sink)
        var writer = CSVWriter(sink: counting, dialect: plan.dialect)
        let fileDecoder = FieldDecoder(encoding: fileEncoding)
        let decoders = plan.columns.mapValues { FieldDecoder(encoding: $0.encoding) }
        var alternatives = [fileDecoder]
        for decoder in decoders.values where !alternatives.contains(where: { $0.encoding == decoder.encoding }) {
            alternatives.append(decoder)
        }
        var statistics = DecodingStatistics()
        var record = ByteRecord()
        while try reader.readRecord(into: &record) {
            for c in 0..<record.count {
                var field = (decoders[c] ?? fileDecoder).decode(record[c])
                if record[c].contains(where: { $0 >= 0x80 }) {
                    // A cell typed in another of the file's encodings (a header row above a pasted
                    // column) takes that one when it reads better that way.
                    var best = SyllableScorer.score(field.bytes).value
                    for other in alternatives where best < 1 && other.encoding != (decoders[c] ?? fileDecoder).encoding {
                        let candidate = other.decode(record[c])
                        let score = SyllableScorer.score(candidate.bytes).value
                        if score > best { best = score; field = candidate }
                    }
                }
                if field.flags.contains(.encInvalid) { statistics.invalidSequences += 1 }
                if field.flags.contains(.encMojibake) { statistics.mojibakeRepairs += 1 }
                if field.flags.contains(.encMojibakeLossy) { statistics.lossyRepairs += 1 }
                if field.flags.contains(.encTCVN3Capital) { statistics.capitalizedWords += 1 }
                if !field.flags.isEmpty { statistics.decodedUnits += 1 }
                writer.writeField(field.bytes)
            }
            try writer.endRecord()
        }
        try writer.flush()
        return (counting.count, statistics)
    }
}

/// Passes bytes on to another sink and counts them.
private final class CountingSink: ByteSink {
    let target: ByteSink
    var count: Int64 = 0
    init(_ target: ByteSink) { self.target = target }
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        count += Int64(bytes.count)
        try target.write(bytes)
    }
}
