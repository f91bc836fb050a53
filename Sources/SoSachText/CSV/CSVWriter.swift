/// Writes CSV: minimal quoting, LF line ends, UTF-8, into a reused buffer handed to a
/// `ByteSink` in large blocks.
///
/// A field is quoted only when it holds the delimiter, a quote, CR or LF (quotes inside are
/// doubled), and a record made of one empty field is written `""` so that it reads back as one
/// field, not as a blank line. Fields are given as bytes or as strings (written as their UTF-8;
/// normalise to NFC before).
///
/// In Excel mode the output starts with a UTF-8 BOM (so Excel opens it as UTF-8), and a field
/// that starts with `=`, `+`, `-`, `@`, TAB or CR gets a leading `'` so that Excel does not take
/// it as a formula (CSV injection). Only in that mode: canonical outputs are never altered.
///
/// ```swift
/// var writer = CSVWriter(sink: output)
/// try writer.writeRecord(["source_file", "source_line"])
/// writer.writeField(record[0])      // bytes straight from a ByteRecord
/// writer.writeField("Nguyễn Văn An")
/// try writer.endRecord()
/// try writer.flush()
/// ```
public struct CSVWriter {
    /// How a `CSVWriter` writes.
    public struct Options: Sendable, Hashable {
        /// The byte between fields. The default is `,`.
        public var delimiter = UInt8(ascii: ",")
        /// The quote byte. The default is `"`.
        public var quote = UInt8(ascii: "\"")
        /// Write for Excel: a UTF-8 BOM first, and a `'` before fields starting with `=`, `+`,
        /// `-`, `@`, TAB or CR. The default is false.
        public var excelMode = false
        /// Buffered bytes that make `endRecord()` hand the buffer to the sink. The default is
        /// 256 KiB.
        public var flushThreshold = 256 << 10

        /// The default options: RFC 4180 with LF line ends.
        public init() {}

        /// Options with the given delimiter and Excel mode.
        public init(delimiter: UInt8, excelMode: Bool = false) {
            self.delimiter = delimiter
            self.excelMode = excelMode
        }
    }

    /// The options given at creation.
    public let options: Options
    private let sink: ByteSink
    private var buffer: [UInt8] = []
    private var fieldsInRecord = 0
    private var lastFieldWasEmpty = false
    /// True for bytes that force a field to be quoted.
    private let needsQuotes: [Bool]

    /// A writer into `sink`. In Excel mode the BOM is buffered at once.
    public init(sink: ByteSink, options: Options = Options()) {
        precondition(options.delimiter != options.quote, "the delimiter cannot be the quote")
        self.sink = sink
        self.options = options
        var needsQuotes = [Bool](repeating: false, count: 256)
        for byte in [options.delimiter, options.quote, 0x0A, 0x0D] { needsQuotes[Int(byte)] = true }
        self.needsQuotes = needsQuotes
        buffer.reserveCapacity(options.flushThreshold + 4096)
        if options.excelMode { buffer += [0xEF, 0xBB, 0xBF] }
    }

    /// A writer into `sink` with `dialect`'s delimiter (and quote, when it has one).
    public init(sink: ByteSink, dialect: CSVDialect, excelMode: Bool = false) {
        var options = Options(delimiter: dialect.delimiter, excelMode: excelMode)
        if let quote = dialect.quote { options.quote = quote }
        self.init(sink: sink, options: options)
    }

    /// Appends a field with the given bytes to the current record.
    public mutating func writeField<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { appendField($0) }
        if done == nil { Array(bytes).withUnsafeBufferPointer { appendField($0) } }
    }

    /// Appends a field with the UTF-8 of `string` to the current record.
    public mutating func writeField<S: StringProtocol>(_ string: S) {
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { appendField($0) }
        if done == nil { Array(string.utf8).withUnsafeBufferPointer { appendField($0) } }
    }

    /// Ends the current record with LF; hands the buffer to the sink when it is large.
    public mutating func endRecord() throws {
        if fieldsInRecord == 1 && lastFieldWasEmpty {
            buffer.append(options.quote)
            buffer.append(options.quote)
        }
        buffer.append(0x0A)
        fieldsInRecord = 0
        if buffer.count >= options.flushThreshold { try flush() }
    }

    /// Writes one record of strings.
    public mutating func writeRecord<S: Sequence>(_ fields: S) throws where S.Element: StringProtocol {
        for field in fields { writeField(field) }
        try endRecord()
    }

    /// Writes one record of byte fields.
    public mutating func writeRecord<S: Sequence>(bytes fields: S) throws where S.Element: Collection, S.Element.Element == UInt8 {
        for field in fields { writeField(field) }
        try endRecord()
    }

    /// Writes the fields of `record` as one record.
    public mutating func writeRecord(_ record: ByteRecord) throws {
        for index in 0..<record.count {
            record.withUnsafeBytes(at: index) { appendField($0) }
        }
        try endRecord()
    }

    /// Hands every buffered byte to the sink. Call it before committing or closing the sink.
    public mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try sink.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func appendField(_ field: UnsafeBufferPointer<UInt8>) {
        if fieldsInRecord > 0 { buffer.append(options.delimiter) }
        fieldsInRecord += 1
        lastFieldWasEmpty = field.isEmpty
        let neutralise = options.excelMode && !field.isEmpty && Self.startsFormula(field[0])
        var quoted = false
        for byte in field where needsQuotes[Int(byte)] {
            quoted = true
            break
        }
        if !quoted {
            if neutralise { buffer.append(UInt8(ascii: "'")) }
            buffer.append(contentsOf: field)
            return
        }
        buffer.append(options.quote)
        if neutralise { buffer.append(UInt8(ascii: "'")) }
        var runStart = 0
        for (index, byte) in field.enumerated() where byte == options.quote {
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: field[runStart...index]))
            buffer.append(options.quote)
            runStart = index + 1
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: field[runStart...]))
        buffer.append(options.quote)
    }

    /// Bytes that make Excel read a cell as a formula: = + - @ TAB CR.
    private static func startsFormula(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "@") || byte == 0x09 || byte == 0x0D
    }
}
