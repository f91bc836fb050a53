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
        /// In Excel mode, start the output with the UTF-8 BOM. The default is true; false for
        /// output that continues a file already begun (a part written apart and joined after).
        public var byteOrderMark = true
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
    /// Output not yet handed to the sink is `buffer[0..<used]`; `buffer.count` is its capacity.
    private var buffer: [UInt8]
    private var used = 0
    private var fieldsInRecord = 0
    private var lastFieldWasEmpty = false

    /// A writer into `sink`. In Excel mode the BOM is buffered at once.
    public init(sink: ByteSink, options: Options = Options()) {
        precondition(options.delimiter != options.quote, "the delimiter cannot be the quote")
        precondition(![0x0A, 0x0D].contains(options.delimiter) && ![0x0A, 0x0D].contains(options.quote),
                     "the delimiter and the quote cannot be line ends")
        self.sink = sink
        self.options = options
        buffer = [UInt8](repeating: 0, count: max(options.flushThreshold, 0) + 4096)
        if options.excelMode && options.byteOrderMark {
            buffer[0] = 0xEF
            buffer[1] = 0xBB
            buffer[2] = 0xBF
            used = 3
        }
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

    /// Appends a field of bytes from a buffer (a record spill's field): the concrete
    /// overload, so that callers in other modules do not go through the unspecialised generic.
    public mutating func writeField(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        appendField(UnsafeBufferPointer(rebasing: bytes))
    }

    /// Appends the fields `ranges` of `bytes` (a spill row's values) to the current record: the
    /// same bytes as `writeField` on each, with room made once for them all.
    public mutating func writeFields(_ ranges: ArraySlice<Range<Int>>, of bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else {
            for range in ranges { appendField(UnsafeBufferPointer(rebasing: bytes[range])) }
            return
        }
        var total = 0
        for range in ranges { total &+= range.count }
        reserve(total &* 2 &+ 4 &* ranges.count)
        let quote = options.quote
        let delimiter = options.delimiter
        let excel = options.excelMode
        var at = used
        var fields = fieldsInRecord
        var lastEmpty = lastFieldWasEmpty
        var rest = ranges[...]
        buffer.withUnsafeMutableBufferPointer { output in
            let out = output.baseAddress!
            while let range = rest.first {
                let count = range.count
                let source = base + range.lowerBound
                // Fields that need quotes or `'` take the general path, after the ones before.
                if excel && count > 0 && Self.startsFormula(source[0]) { return }
                var next = at
                if fields > 0 {
                    out[next] = delimiter
                    next &+= 1
                }
                guard Self.copyUnquoted(source, count: count, to: out + next, delimiter: delimiter, quote: quote) else { return }
                at = next &+ count
                fields &+= 1
                lastEmpty = count == 0
                rest = rest.dropFirst()
            }
        }
        used = at
        fieldsInRecord = fields
        lastFieldWasEmpty = lastEmpty
        for range in rest { appendField(UnsafeBufferPointer(rebasing: bytes[range])) }
    }

    /// Appends a field with the UTF-8 of `string` (the concrete overload, see above).
    public mutating func writeField(_ string: String) {
        var string = string
        string.withUTF8 { appendField($0) }
    }

    /// Appends a field with the decimal digits of `number` (no String made).
    public mutating func writeField(_ number: Int) {
        reserve(24)
        if fieldsInRecord > 0 { put(options.delimiter) }
        fieldsInRecord += 1
        lastFieldWasEmpty = false
        if number < 0 {
            if options.excelMode { put(UInt8(ascii: "'")) }
            put(UInt8(ascii: "-"))
        }
        let start = used
        var value = number.magnitude
        repeat {
            put(UInt8(ascii: "0") + UInt8(value % 10))
            value /= 10
        } while value > 0
        buffer[start..<used].reverse()
    }

    /// Ends the current record with LF; hands the buffer to the sink when it is large.
    public mutating func endRecord() throws {
        reserve(3)
        if fieldsInRecord == 1 && lastFieldWasEmpty {
            put(options.quote)
            put(options.quote)
        }
        put(0x0A)
        fieldsInRecord = 0
        if used >= options.flushThreshold { try flush() }
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
        guard used > 0 else { return }
        let count = used
        try buffer.withUnsafeBytes { try sink.write(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        used = 0
    }

    /// Makes room for `count` more bytes.
    @inline(__always)
    private mutating func reserve(_ count: Int) {
        if used &+ count > buffer.count {
            buffer.append(contentsOf: repeatElement(0, count: max(used + count, buffer.count * 2) - buffer.count))
        }
    }

    /// Appends one byte (room reserved before).
    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        buffer[used] = byte
        used &+= 1
    }

    private mutating func appendField(_ field: UnsafeBufferPointer<UInt8>) {
        // Worst case: delimiter, two quotes, the `'`, and every byte a doubled quote.
        reserve(field.count &* 2 &+ 4)
        let quote = options.quote
        let delimiter = options.delimiter
        let neutralise = options.excelMode && !field.isEmpty && Self.startsFormula(field[0])
        let separated = fieldsInRecord > 0
        var at = used
        buffer.withUnsafeMutableBufferPointer { output in
            let out = output.baseAddress!
            if separated {
                out[at] = delimiter
                at &+= 1
            }
            // Most fields need neither quotes nor `'`: copied while they are scanned.
            if !neutralise {
                guard let source = field.baseAddress else { return }
                if Self.copyUnquoted(source, count: field.count, to: out + at, delimiter: delimiter, quote: quote) {
                    at &+= field.count
                    return
                }
            }
            let quoted = Self.needsQuoting(field, delimiter: delimiter, quote: quote)
            if quoted {
                out[at] = quote
                at &+= 1
            }
            if neutralise {
                out[at] = UInt8(ascii: "'")
                at &+= 1
            }
            if !quoted {
                if let source = field.baseAddress, !field.isEmpty {
                    (out + at).update(from: source, count: field.count)
                    at &+= field.count
                }
                return
            }
            for byte in field {
                out[at] = byte
                at &+= 1
                if byte == quote {
                    out[at] = quote
                    at &+= 1
                }
            }
            out[at] = quote
            at &+= 1
        }
        used = at
        fieldsInRecord += 1
        lastFieldWasEmpty = field.isEmpty
    }

    /// Copies `count` bytes from `source` to `out` (room for them reserved) unless they hold
    /// the delimiter, the quote, LF or CR; returns whether it did (else `out` holds a part).
    /// Eight bytes at a time (the last word overlapping the one before, as `needsQuoting`
    /// tests words); fields shorter than a word byte by byte.
    @inline(__always)
    static func copyUnquoted(_ source: UnsafePointer<UInt8>, count: Int, to out: UnsafeMutablePointer<UInt8>,
                             delimiter: UInt8, quote: UInt8) -> Bool {
        guard count >= 8 else {
            var index = 0
            while index < count {
                let byte = source[index]
                if byte == delimiter || byte == quote || byte == 0x0A || byte == 0x0D { return false }
                out[index] = byte
                index &+= 1
            }
            return true
        }
        let raw = UnsafeRawPointer(source)
        let target = UnsafeMutableRawPointer(out)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let words = (UInt64(delimiter) &* ones, UInt64(quote) &* ones, UInt64(0x0A) &* ones, UInt64(0x0D) &* ones)
        @inline(__always) func special(_ word: UInt64) -> Bool {
            let a = word ^ words.0
            let b = word ^ words.1
            let c = word ^ words.2
            let d = word ^ words.3
            let zero = ((a &- ones) & ~a) | ((b &- ones) & ~b) | ((c &- ones) & ~c) | ((d &- ones) & ~d)
            return zero & highs != 0
        }
        var index = 0
        while index &+ 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if special(word) { return false }
            target.storeBytes(of: word, toByteOffset: index, as: UInt64.self)
            index &+= 8
        }
        if index < count {
            let word = raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
            if special(word) { return false }
            target.storeBytes(of: word, toByteOffset: count &- 8, as: UInt64.self)
        }
        return true
    }

    /// True when `field` holds the delimiter, the quote, LF or CR: eight bytes at a time, a word
    /// holds byte `b` when `word ^ broadcast(b)` has a zero byte (`(x - 0x01…) & ~x & 0x80…`).
    @inline(__always)
    static func needsQuoting(_ field: UnsafeBufferPointer<UInt8>, delimiter: UInt8, quote: UInt8) -> Bool {
        guard let base = field.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let ones = CSVCore.ones
        let words = (UInt64(delimiter) &* ones, UInt64(quote) &* ones, CSVCore.lfWord, CSVCore.crWord)
        var index = 0
        while index &+ 8 <= field.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let a = word ^ words.0
            let b = word ^ words.1
            let c = word ^ words.2
            let d = word ^ words.3
            let zero = ((a &- ones) & ~a) | ((b &- ones) & ~b) | ((c &- ones) & ~c) | ((d &- ones) & ~d)
            if zero & CSVCore.highs != 0 { return true }
            index &+= 8
        }
        while index < field.count {
            let byte = base[index]
            if byte == delimiter || byte == quote || byte == 0x0A || byte == 0x0D { return true }
            index &+= 1
        }
        return false
    }

    /// Bytes that make Excel read a cell as a formula: = + - @ TAB CR.
    private static func startsFormula(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "@") || byte == 0x09 || byte == 0x0D
    }
}
