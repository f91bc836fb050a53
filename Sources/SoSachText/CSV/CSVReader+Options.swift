extension CSVReader {
    /// How a `CSVReader` reads: BOM, raw bytes, blank lines, and the limits that keep its
    /// memory bounded whatever the input.
    public struct Options: Sendable, Hashable {
        /// Skip a UTF-8 byte order mark at the start of the input. The default is true.
        public var skipUTF8BOM = true
        /// Keep each record's raw bytes in `ByteRecord.raw` (for rejects). The default is false.
        public var keepRawBytes = false
        /// Do not return blank lines (records with zero fields). The default is false: blank
        /// lines are returned so that callers can count them.
        public var skipBlankLines = false
        /// The longest field, in bytes, the reader returns; a longer one makes its record a
        /// `RecordProblem.fieldTooLarge` (an unterminated quoted field that grows past it is
        /// re-read with its quote taken literally instead). The default is 1 MiB.
        public var maxFieldSize = 1 << 20
        /// The most raw bytes of one record the reader holds; beyond it the record is a
        /// `RecordProblem.recordTooLarge`. It also caps the input buffer. The default is 8 MiB.
        public var maxRecordSize = 8 << 20
        /// The most fields one record may have; a record with more is a
        /// `RecordProblem.tooManyFields`. The default is 65,536.
        public var maxFields = 1 << 16
        /// The most physical lines a quoted field may span; a quoted field that spans more is
        /// taken as an unterminated quote: re-read from its quote with the quote taken
        /// literally, the record marked `recoveredFromUnterminatedQuote`. The default is 1000.
        public var maxQuotedFieldLines = 1000
        /// Re-read unterminated quoted fields (at the end of input, or over `maxQuotedFieldLines`
        /// or `maxFieldSize`) with the quote taken literally. The default is true; when false, a
        /// quoted field open at the end of input simply ends there (RFC 4180 readers' way) and
        /// the line and size limits of quoted fields do not apply.
        public var recoverUnterminatedQuotes = true
        /// The size of the input buffer, in bytes (it grows up to `maxRecordSize` only for a
        /// record that does not fit). The default is 256 KiB.
        public var bufferSize = 256 << 10

        /// The default options.
        public init() {}
    }
}
