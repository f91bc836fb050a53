/// The binary layout of rows in a worker's spill files, before `person_id` and the run-wide
/// extra columns are known.
///
/// A row is `u16 n` then n times `u32 len, len bytes` (plain UTF-8 values, not CSV), then
/// `u16 k` then k times `u16 index, u32 len, len bytes` (the non-empty values of the file's
/// extra columns, by their index in the file). Integers are little-endian. The final pass
/// hands the values to the CSV writer, splicing in `person_id` and spreading the extras over
/// the union of extra columns. A records row holds `RecordSpill.recordFields` (the columns of
/// records.csv without `person_id`); a rejects row the columns of rejects.csv.
enum RecordSpill {
    /// Fields of a record row: `record_id, source_file, source_line, list_kind`, then the 16
    /// columns after `person_id`.
    static let recordFields = 20
    /// Where `person_id` goes in records.csv: before field 4 of the spilled row.
    static let personIDPosition = 4

    /// Appends a row of `fields` and non-empty `extras` to `buffer`.
    static func append(fields: [String], extras: [String] = [], to buffer: inout [UInt8]) {
        appendUInt16(UInt16(fields.count), to: &buffer)
        for field in fields { appendChunk(field.utf8, to: &buffer) }
        let present = extras.indices.filter { !extras[$0].isEmpty }
        appendUInt16(UInt16(present.count), to: &buffer)
        for index in present {
            appendUInt16(UInt16(index), to: &buffer)
            appendChunk(extras[index].utf8, to: &buffer)
        }
    }

    /// Appends the spill row of `record`.
    static func append(_ record: CleanRecord, to buffer: inout [UInt8]) {
        append(fields: [record.recordID, record.sourceFile, String(record.sourceLine), record.listKind]
                   + record.valuesAfterPersonID,
               extras: record.extras, to: &buffer)
    }

    /// One row read back: byte ranges into the reader's buffer.
    struct Entry {
        var fields: [Range<Int>]
        var extras: [(index: Int, value: Range<Int>)]
    }

    /// Parses the row starting at `start` in `bytes`; returns it and the index after it, or
    /// nil when `bytes` ends before the row does.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Entry, Int)? {
        var cursor = start
        guard let count = uint16(bytes, &cursor) else { return nil }
        var fields: [Range<Int>] = []
        fields.reserveCapacity(count)
        for _ in 0..<count {
            guard let field = chunk(bytes, &cursor) else { return nil }
            fields.append(field)
        }
        guard let extraCount = uint16(bytes, &cursor) else { return nil }
        var extras: [(index: Int, value: Range<Int>)] = []
        for _ in 0..<extraCount {
            guard let index = uint16(bytes, &cursor), let value = chunk(bytes, &cursor) else { return nil }
            extras.append((index, value))
        }
        return (Entry(fields: fields, extras: extras), cursor)
    }

    private static func appendChunk(_ chunk: String.UTF8View, to buffer: inout [UInt8]) {
        let count = UInt32(chunk.count)
        for shift in stride(from: 0, to: 32, by: 8) { buffer.append(UInt8(truncatingIfNeeded: count >> UInt32(shift))) }
        buffer.append(contentsOf: chunk)
    }

    private static func appendUInt16(_ value: UInt16, to buffer: inout [UInt8]) {
        buffer.append(UInt8(truncatingIfNeeded: value))
        buffer.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    private static func uint16(_ bytes: UnsafeBufferPointer<UInt8>, _ cursor: inout Int) -> Int? {
        guard cursor + 2 <= bytes.count else { return nil }
        let value = Int(bytes[cursor]) | Int(bytes[cursor + 1]) << 8
        cursor += 2
        return value
    }

    private static func chunk(_ bytes: UnsafeBufferPointer<UInt8>, _ cursor: inout Int) -> Range<Int>? {
        guard cursor + 4 <= bytes.count else { return nil }
        let count = Int(bytes[cursor]) | Int(bytes[cursor + 1]) << 8 | Int(bytes[cursor + 2]) << 16 | Int(bytes[cursor + 3]) << 24
        let start = cursor + 4
        guard start + count <= bytes.count else { return nil }
        cursor = start + count
        return start..<cursor
    }
}
