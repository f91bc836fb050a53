/// Where a record starts in its input.
public struct RecordPosition: Sendable, Hashable, CustomStringConvertible {
    /// The offset of the record's first byte from the start of the stream the reader was given
    /// (a skipped BOM counts). Behind a decoding source it counts decoded UTF-8 bytes, not the
    /// file's.
    public var byte: Int64
    /// The 1-based physical line where the record starts (LF, CRLF and a lone CR each end a line,
    /// also inside quoted fields).
    public var line: Int
    /// The 0-based index of the record among all records the reader returned (blank lines that
    /// are returned count; skipped ones do not).
    public var record: Int

    /// A position with the given byte offset, line and record index.
    public init(byte: Int64, line: Int, record: Int) {
        self.byte = byte
        self.line = line
        self.record = record
    }

    /// The position before any input: byte 0, line 1, record 0.
    public static let start = RecordPosition(byte: 0, line: 1, record: 0)

    public var description: String { "record \(record) (line: \(line), byte: \(byte))" }
}
