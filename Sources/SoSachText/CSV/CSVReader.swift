#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming CSV/TSV reader over any `ByteSource`: one reused input buffer, one reused
/// `ByteRecord`, fields as bytes, every record stamped with its position.
///
/// ```swift
/// let reader = try CSVReader(sniffing: FileByteSource(path: path))
/// var record = ByteRecord()
/// while try reader.readRecord(into: &record) {
///     print(record.position.line, record.count, record.string(at: 0))
/// }
/// ```
///
/// The reader accepts any input: ragged rows (the field count is reported, never checked),
/// NUL bytes, LF/CRLF/CR line ends, quotes in odd places. It keeps memory bounded by
/// `Options.maxRecordSize`: a record that is too large is returned with a `problem` and no
/// fields, and reading goes on after it. An unterminated quoted field does not swallow the rest
/// of the file: see `Options.recoverUnterminatedQuotes`. Only I/O errors of the source are
/// thrown. Text in other encodings (UTF-16, legacy code pages) must be decoded to UTF-8 by the
/// source (a decoding `ByteSource`) before it reaches the reader.
public final class CSVReader {
    /// The dialect being read (given, or sniffed by `init(sniffing:options:)`).
    public private(set) var dialect: CSVDialect
    /// The options given at creation.
    public let options: Options
    /// What the sniffer found, when the reader was created with `init(sniffing:options:)`.
    public private(set) var sniffed: SniffedDialect?

    private let source: ByteSource
    // The per-record state skips dynamic exclusivity checks (a measurable cost per record):
    // a reader is used from one thread and none of these accesses overlap.
    @exclusivity(unchecked) private var core: CSVCore
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The next input byte to parse.
    @exclusivity(unchecked) private var position = 0
    /// One past the last input byte read.
    @exclusivity(unchecked) private var end = 0
    /// The source returned 0.
    private var sourceEnded = false
    /// The last byte the source gave so far.
    private var lastStreamByte: UInt8 = 0
    /// The stream offset of `buffer[0]`.
    private var bufferOffset: Int64 = 0
    @exclusivity(unchecked) private var recordIndex = 0
    private var started = false

    /// A reader of `source` in `dialect`. Nothing is read until the first record is asked for.
    public init(source: ByteSource, dialect: CSVDialect, options: Options = Options()) {
        precondition(options.maxFieldSize > 0 && options.maxRecordSize > 0 && options.maxFields > 0)
        self.source = source
        self.dialect = dialect
        self.options = options
        self.core = CSVCore(dialect: dialect)
        capacity = max(min(max(options.bufferSize, DialectSniffer.sampleSize), options.maxRecordSize), 16)
        buffer = .allocate(capacity: capacity)
        configureCore()
    }

    /// A reader of `source` whose dialect is sniffed from the first 64 KiB
    /// (`DialectSniffer.sampleSize`), read now; `sniffed` tells what was found.
    /// Throws the source's I/O errors.
    public convenience init(sniffing source: ByteSource, options: Options = Options()) throws {
        self.init(source: source, dialect: .comma, options: options)
        try start()
        let sampleEnd = min(end, DialectSniffer.sampleSize)
        let found = DialectSniffer.sniff(
            UnsafeBufferPointer(start: buffer, count: sampleEnd), isWholeInput: sourceEnded && sampleEnd == end)
        sniffed = found
        dialect = found.dialect
        core = CSVCore(dialect: found.dialect)
        configureCore()
    }

    deinit { buffer.deallocate() }

    /// Reads the next record into `record` (overwriting it, keeping its capacity). Returns false
    /// at the end of the input. Throws only the source's I/O errors.
    public func readRecord(into record: inout ByteRecord) throws -> Bool {
        if !started { try start() }
        while true {
            guard try readOneRecord(into: &record) else { return false }
            if options.skipBlankLines && record.count == 0 && record.problem == nil { continue }
            record.position.record = recordIndex
            recordIndex += 1
            return true
        }
    }

    /// The stream offset of the next byte the reader will parse.
    public var byteOffset: Int64 { bufferOffset + Int64(position) }

    /// The 1-based physical line the next record starts on.
    public var line: Int { core.lines + 1 }

    /// The input buffer's current size (tests check that it stays bounded).
    var bufferCapacity: Int { capacity }

    // MARK: - Reading

    private func configureCore() {
        if options.recoverUnterminatedQuotes {
            core.maxQuotedFieldLines = options.maxQuotedFieldLines
            core.maxFieldSize = options.maxFieldSize
        }
    }

    /// Fills the buffer with the first 64 KiB (or the whole input if smaller) and skips a BOM.
    private func start() throws {
        guard !started else { return }
        started = true
        while end < min(capacity, DialectSniffer.sampleSize) && !sourceEnded {
            var start = position
            try refill(keepingFrom: &start)
        }
        if options.skipUTF8BOM, end >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
            position = 3
        }
    }

    private func readOneRecord(into record: inout ByteRecord) throws -> Bool {
        record.removeAll()
        var recordStart = position
        let startByte = bufferOffset + Int64(position)
        let startLines = core.lines
        var skipping = false
        var checkedFields = 0
        var finishing = false
        while true {
            let result = step(&record, finishing: finishing)
            if skipping { discardSkippedPart(&record, &recordStart) }
            switch result {
            case .record:
                if skipping {
                    record.count = 0
                } else if record.length > options.maxFieldSize,
                          let field = firstOversizedField(in: record, from: 0, partial: false) {
                    markTooLarge(&record, .fieldTooLarge(field: field, limit: options.maxFieldSize), recordStart)
                    record.length = 0
                    record.count = 0
                } else if options.keepRawBytes {
                    record.raw.append(contentsOf: UnsafeBufferPointer(start: buffer + recordStart, count: position - recordStart))
                }
                record.position = RecordPosition(byte: startByte, line: startLines + 1, record: 0)
                record.lineCount = core.lines - startLines
                return true

            case .end:
                return false

            case .outputFull:
                // While skipping, the output was just emptied but for an open quoted field.
                if !skipping || record.length > record.storage.count / 2 {
                    record.reserve(fieldBytes: record.storage.count * 2, fields: 0)
                }

            case .endsFull:
                if record.endStorage.count >= options.maxFields {
                    if !skipping {
                        // A field already too long is the problem to report, as it would be
                        // had the reader looked before (with input cut in smaller chunks).
                        let problem = firstOversizedField(in: record, from: checkedFields, partial: true)
                            .map { RecordProblem.fieldTooLarge(field: $0, limit: options.maxFieldSize) }
                        skipping = true
                        beginSkipping(&record, problem ?? .tooManyFields(limit: options.maxFields), &recordStart)
                    }
                    record.count = 0
                } else {
                    record.reserve(fieldBytes: 0, fields: min(record.endStorage.count * 2, options.maxFields))
                }

            case .quotedFieldLimit:
                if options.recoverUnterminatedQuotes { reopenQuote(&record) }

            case .inputEmpty:
                if skipping {
                    if core.isInQuotedField && options.recoverUnterminatedQuotes && record.length > options.maxFieldSize {
                        reopenQuote(&record)
                        continue
                    }
                } else {
                    if let field = firstOversizedField(in: record, from: checkedFields, partial: true) {
                        if field == record.count && core.isInQuotedField && options.recoverUnterminatedQuotes {
                            reopenQuote(&record)
                            continue
                        }
                        skipping = true
                        beginSkipping(&record, .fieldTooLarge(field: field, limit: options.maxFieldSize), &recordStart)
                        continue
                    }
                    checkedFields = record.count
                }
                if sourceEnded {
                    if core.isInsideQuotes && options.recoverUnterminatedQuotes {
                        reopenQuote(&record)
                    } else {
                        finishing = true
                        // A quoted field left open by a stream ending in a line end ends on
                        // that line: the empty "line" after it is not one (`finish` counts it).
                        if core.isInsideQuotes && (lastStreamByte == CSVCore.lf || lastStreamByte == CSVCore.cr) {
                            core.lines -= 1
                        }
                    }
                    continue
                }
                if try !refill(keepingFrom: &recordStart) {
                    // The record (while skipping: its open quoted field) fills a buffer of the
                    // largest size allowed.
                    if core.isInQuotedField && options.recoverUnterminatedQuotes {
                        reopenQuote(&record)
                    } else if !skipping {
                        skipping = true
                        beginSkipping(&record, .recordTooLarge(limit: options.maxRecordSize), &recordStart)
                    }
                }
            }
        }
    }

    /// One core call on the reader's input and `record`'s buffers.
    @inline(__always)
    private func step(_ record: inout ByteRecord, finishing: Bool) -> CSVCore.Result {
        let length = record.length
        let count = record.count
        let input = UnsafePointer(buffer)
        let position = self.position
        let end = self.end
        var outputCount = 0
        var endsCount = 0
        var newPosition = position
        let maxFields = options.maxFields
        let result: CSVCore.Result = record.storage.withUnsafeMutableBufferPointer { output in
            record.endStorage.withUnsafeMutableBufferPointer { ends in
                var io = CSVCoreBuffers(
                    input: input, inputPosition: position, inputEnd: end,
                    output: output.baseAddress!, outputCount: length, outputCapacity: output.count,
                    ends: ends.baseAddress!, endsCount: count, endsCapacity: min(ends.count, maxFields))
                let result = finishing ? core.finish(&io) : core.parse(&io)
                outputCount = io.outputCount
                endsCount = io.endsCount
                newPosition = io.inputPosition
                return result
            }
        }
        record.length = outputCount
        record.count = endsCount
        self.position = newPosition
        return result
    }

    /// Re-reads the open quoted field from its quote, taken literally.
    private func reopenQuote(_ record: inout ByteRecord) {
        record.reserve(fieldBytes: record.length + 1, fields: 0)
        let count = record.count
        var outputCount = record.length
        var newPosition = position
        let input = UnsafePointer(buffer)
        let end = self.end
        record.storage.withUnsafeMutableBufferPointer { output in
            record.endStorage.withUnsafeMutableBufferPointer { ends in
                var io = CSVCoreBuffers(
                    input: input, inputPosition: newPosition, inputEnd: end,
                    output: output.baseAddress!, outputCount: outputCount, outputCapacity: output.count,
                    ends: ends.baseAddress!, endsCount: count, endsCapacity: ends.count)
                if core.reopenQuotedFieldLiterally(&io) {
                    outputCount = io.outputCount
                    newPosition = io.inputPosition
                }
            }
        }
        record.length = outputCount
        position = newPosition
        record.recoveredFromUnterminatedQuote = true
    }

    /// The index of the first field from `from` on longer than `maxFieldSize`; with `partial`,
    /// the field being parsed (index `record.count`) counts too.
    private func firstOversizedField(in record: ByteRecord, from: Int, partial: Bool) -> Int? {
        let limit = options.maxFieldSize
        var start = from == 0 ? 0 : record.endStorage[from - 1]
        for index in from..<record.count {
            let fieldEnd = record.endStorage[index]
            if fieldEnd - start > limit { return index }
            start = fieldEnd
        }
        if partial && !core.isAtRecordStart && record.length - start > limit { return record.count }
        return nil
    }

    /// While skipping a too-large record: drops what was parsed and the raw bytes consumed, but
    /// keeps an open quoted field (its content, moved to the front, and its raw bytes from the
    /// quote on) so that its limits are checked and it can be re-read as anywhere else (when
    /// unterminated quotes are recovered at all).
    private func discardSkippedPart(_ record: inout ByteRecord, _ recordStart: inout Int) {
        if core.isInQuotedField && options.recoverUnterminatedQuotes {
            let fieldStart = record.count > 0 ? record.endStorage[record.count - 1] : 0
            let kept = record.length - fieldStart
            if fieldStart > 0 && kept > 0 {
                record.storage.withUnsafeMutableBufferPointer { bytes in
                    _ = memmove(bytes.baseAddress!, bytes.baseAddress! + fieldStart, kept)
                }
            }
            record.length = kept
            recordStart = core.quoteStart
        } else {
            record.length = 0
            recordStart = position
        }
        record.count = 0
    }

    /// Marks `record` as too large; the rest of it is parsed as usual (so that where it ends does
    /// not depend on when the problem was seen) but nothing of it is kept.
    private func beginSkipping(_ record: inout ByteRecord, _ problem: RecordProblem, _ recordStart: inout Int) {
        markTooLarge(&record, problem, recordStart)
        discardSkippedPart(&record, &recordStart)
    }

    /// Marks `record` as too large and keeps the start of its raw bytes if asked.
    private func markTooLarge(_ record: inout ByteRecord, _ problem: RecordProblem, _ recordStart: Int) {
        record.problem = problem
        if options.keepRawBytes {
            let keep = min(position - recordStart, min(64 << 10, options.maxFieldSize))
            record.raw.removeAll(keepingCapacity: true)
            record.raw.append(contentsOf: UnsafeBufferPointer(start: buffer + recordStart, count: keep))
        }
    }

    /// Reads more input after `end`, first moving the bytes from `start` on to the front of the
    /// buffer (or growing it up to `maxRecordSize`) when less than half of it is free.
    /// `start` and every index into the buffer move with the bytes. Returns false when there is
    /// no room: the bytes from `start` on fill a buffer of the largest size allowed.
    @discardableResult
    private func refill(keepingFrom start: inout Int) throws -> Bool {
        if capacity - end < capacity / 2 && start > 0 {
            let kept = end - start
            if kept > 0 { memmove(buffer, buffer + start, kept) }
            bufferOffset += Int64(start)
            position -= start
            end = kept
            core.quoteStart -= start
            start = 0
        }
        if end == capacity && capacity < options.maxRecordSize {
            let newCapacity = min(capacity * 2, options.maxRecordSize)
            let newBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            newBuffer.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = newBuffer
            capacity = newCapacity
        }
        guard end < capacity else { return false }
        let count = try source.read(into: UnsafeMutableRawBufferPointer(start: buffer + end, count: capacity - end))
        if count == 0 {
            sourceEnded = true
        } else {
            end += count
            lastStreamByte = buffer[end - 1]
        }
        return true
    }
}
