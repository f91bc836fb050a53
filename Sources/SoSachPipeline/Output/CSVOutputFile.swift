import SoSachText

/// One CSV output of the dataset (records.csv, persons.csv …) being written into the staging
/// folder with SoSachText's `CSVWriter` (RFC 4180, minimal quoting, LF, UTF-8; in Excel mode a
/// BOM and formula neutralisation) into an `AtomicFileOutput`, committed by `close()`.
///
/// A struct held in a local variable: its writes are checked for exclusive access when
/// compiled, not at run time for every field as a class property would be.
struct CSVOutputFile {
    // Nil for a segment of a `SegmentedCSVOutput` (which commits the file).
    private let output: AtomicFileOutput?
    private var writer: CSVWriter

    /// Starts `path`; nothing appears at `path` before `close()`.
    init(path: String, excel: Bool) throws {
        let output = try AtomicFileOutput(path: path)
        self.output = output
        var options = CSVWriter.Options()
        options.excelMode = excel
        writer = CSVWriter(sink: output, options: options)
    }

    /// Writes through `writer` (a segment of a `SegmentedCSVOutput`); `close()` is not used.
    init(writer: CSVWriter) {
        output = nil
        self.writer = writer
    }

    /// Appends a field with the given UTF-8 bytes to the current record.
    mutating func writeField<C: Collection>(_ bytes: C) where C.Element == UInt8 { writer.writeField(bytes) }

    /// Appends a field of bytes from a buffer (a spill's value): the concrete overload, so the
    /// writer's non-generic path is taken instead of the unspecialised generic one.
    mutating func writeField(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) { writer.writeField(bytes) }

    /// Appends the fields `ranges` of `bytes` (a spill row's values).
    mutating func writeFields(_ ranges: ArraySlice<Range<Int>>, of bytes: UnsafeBufferPointer<UInt8>) {
        writer.writeFields(ranges, of: bytes)
    }

    /// Appends a field with the UTF-8 of `string`.
    mutating func writeField(_ string: String) { writer.writeField(string) }

    /// Appends a field with the decimal digits of `number`.
    mutating func writeField(_ number: Int) { writer.writeField(number) }

    /// Ends the record with LF.
    mutating func endRecord() throws { try writer.endRecord() }

    /// Writes a whole record.
    mutating func writeRecord(_ fields: [String]) throws { try writer.writeRecord(fields) }

    /// Hands every buffered byte to the output.
    mutating func flush() throws { try writer.flush() }

    /// Flushes and commits the file (synced, renamed into place).
    mutating func close() throws {
        try writer.flush()
        try output?.commit()
    }
}
