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
        appendExtras(extras, to: &buffer)
    }

    /// Appends the spill row of `record`: the same bytes as `append(fields:extras:to:)` with
    /// `record_id, source_file, source_line, list_kind` and the values after `person_id`, but
    /// written straight into `buffer` (this runs once per record: no array, no joined String).
    /// The row's size is known from the values' UTF-8 counts: the buffer grows once and the
    /// bytes are copied through one pointer (no capacity check per byte).
    static func append(_ record: CleanRecord, to buffer: inout [UInt8]) {
        let file = record.sourceFile.utf8.count
        let line = record.sourceLine
        let lineDigits = decimalDigitCount(line)
        var flagBytes = max(record.flags.count - 1, 0)
        for flag in record.flags { flagBytes += flag.code.utf8.count }
        var size = 2 + (4 + file + 1 + lineDigits) + (4 + file) + (4 + lineDigits) + 4 * 17 + flagBytes
        size += record.listKind.utf8.count + record.fullName.utf8.count + record.familyName.utf8.count
            + record.middleName.utf8.count + record.givenName.utf8.count + record.birthDate.utf8.count
            + record.gender.utf8.count + record.nationalID.utf8.count + record.phone.utf8.count
            + record.village.utf8.count + record.communeCode.utf8.count + record.communeName.utf8.count
            + record.provinceCode.utf8.count + record.provinceName.utf8.count
            + record.legacyCommuneCode.utf8.count + record.unitStatus.utf8.count
        size += 2
        for extra in record.extras where !extra.isEmpty { size += 2 + 4 + extra.utf8.count }
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: size))
        buffer.withUnsafeMutableBufferPointer { out in
            var w = SpillCursor(out.baseAddress! + start)
            w.uint16(UInt16(recordFields))
            w.uint32(UInt32(file + 1 + lineDigits))
            w.bytes(record.sourceFile)
            w.byte(UInt8(ascii: ":"))
            w.decimal(line, digits: lineDigits)
            w.chunk(record.sourceFile)
            w.uint32(UInt32(lineDigits))
            w.decimal(line, digits: lineDigits)
            w.chunk(record.listKind)
            w.chunk(record.fullName)
            w.chunk(record.familyName)
            w.chunk(record.middleName)
            w.chunk(record.givenName)
            w.chunk(record.birthDate)
            w.chunk(record.gender)
            w.chunk(record.nationalID)
            w.chunk(record.phone)
            w.chunk(record.village)
            w.chunk(record.communeCode)
            w.chunk(record.communeName)
            w.chunk(record.provinceCode)
            w.chunk(record.provinceName)
            w.chunk(record.legacyCommuneCode)
            w.chunk(record.unitStatus)
            // flags, joined with ";"
            w.uint32(UInt32(flagBytes))
            for (position, flag) in record.flags.enumerated() {
                if position > 0 { w.byte(UInt8(ascii: ";")) }
                w.bytes(flag.code)
            }
            var present = 0
            for extra in record.extras where !extra.isEmpty { present += 1 }
            w.uint16(UInt16(present))
            for (index, extra) in record.extras.enumerated() where !extra.isEmpty {
                w.uint16(UInt16(index))
                w.chunk(extra)
            }
            assert(w.pointer == out.baseAddress! + start + size)
        }
    }

    /// `u16 k` then the k non-empty extras as `u16 index, u32 len, bytes`.
    private static func appendExtras(_ extras: [String], to buffer: inout [UInt8]) {
        var present = 0
        for extra in extras where !extra.isEmpty { present += 1 }
        appendUInt16(UInt16(present), to: &buffer)
        for (index, extra) in extras.enumerated() where !extra.isEmpty {
            appendUInt16(UInt16(index), to: &buffer)
            appendChunk(extra.utf8, to: &buffer)
        }
    }

    /// `String(value).utf8.count` for a non-negative `value` (rows are sized before they are written).
    static func decimalDigitCount(_ value: Int) -> Int {
        var count = 1
        var rest = value.magnitude / 10
        while rest > 0 { count += 1; rest /= 10 }
        return count
    }

    /// One row read back: byte ranges into the reader's buffer.
    struct Entry {
        var fields: [Range<Int>] = []
        var extras: [(index: Int, value: Range<Int>)] = []
    }

    /// Parses the row starting at `start` in `bytes` into `entry` (reusing its storage);
    /// returns the index after it, or nil when `bytes` ends before the row does.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, into entry: inout Entry) -> Int? {
        var cursor = start
        guard let count = uint16(bytes, &cursor) else { return nil }
        entry.fields.removeAll(keepingCapacity: true)
        for _ in 0..<count {
            guard let field = chunk(bytes, &cursor) else { return nil }
            entry.fields.append(field)
        }
        guard let extraCount = uint16(bytes, &cursor) else { return nil }
        entry.extras.removeAll(keepingCapacity: true)
        for _ in 0..<extraCount {
            guard let index = uint16(bytes, &cursor), let value = chunk(bytes, &cursor) else { return nil }
            entry.extras.append((index, value))
        }
        return cursor
    }

    /// The index after the row starting at `start` in `bytes`, found by skipping over its
    /// lengths (nothing is filled in); nil when `bytes` ends before the row does.
    static func rowEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        var cursor = start
        guard let count = uint16(bytes, &cursor) else { return nil }
        for _ in 0..<count {
            guard chunk(bytes, &cursor) != nil else { return nil }
        }
        guard let extraCount = uint16(bytes, &cursor) else { return nil }
        for _ in 0..<extraCount {
            guard uint16(bytes, &cursor) != nil, chunk(bytes, &cursor) != nil else { return nil }
        }
        return cursor
    }

    /// Appends one value: `u32 len` then its bytes.
    static func appendChunk(_ chunk: String.UTF8View, to buffer: inout [UInt8]) {
        appendUInt32(UInt32(chunk.count), to: &buffer)
        buffer.append(contentsOf: chunk)
    }

    private static func appendUInt32(_ value: UInt32, to buffer: inout [UInt8]) {
        buffer.append(UInt8(truncatingIfNeeded: value))
        buffer.append(UInt8(truncatingIfNeeded: value >> 8))
        buffer.append(UInt8(truncatingIfNeeded: value >> 16))
        buffer.append(UInt8(truncatingIfNeeded: value >> 24))
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
