/// One CSV record as bytes: its fields (unescaped, without enclosing quotes) stored back to back
/// in one buffer with their end offsets, plus where it came from.
///
/// A record is meant to be reused: `CSVReader.readRecord(into:)` overwrites it and keeps its
/// buffers' capacity, so reading a file allocates nothing per record. Copying a record copies
/// its value (the buffers are copy-on-write arrays).
///
/// Fields are byte slices; `string(at:)` makes a `String` only when asked.
public struct ByteRecord: Sendable {
    /// Field bytes; `storage.count` is the capacity the reader may fill, `length` is used.
    @usableFromInline var storage: [UInt8]
    @usableFromInline var length = 0
    /// Field end offsets into `storage`; `endStorage.count` is the capacity, `count` is used.
    @usableFromInline var endStorage: [Int]

    /// The number of fields. 0 for a blank line and for a record with a `problem`.
    public internal(set) var count = 0
    /// Where the record starts.
    public internal(set) var position = RecordPosition.start
    /// How many physical lines the record spans (1 unless a quoted field holds line ends).
    public internal(set) var lineCount = 0
    /// The record's bytes exactly as in the input, line end included, when the reader was asked
    /// to keep them (`CSVReader.Options.keepRawBytes`); empty otherwise. For a record with a
    /// `problem`, only the first `min(64 KiB, maxFieldSize)` bytes.
    public internal(set) var raw: [UInt8] = []
    /// True when a quoted field of this record never closed (it ran to the end of the input or
    /// over the reader's limits) and was re-read with its quote taken literally; the lines after
    /// it were read as records of their own. The pipeline flags or rejects such a record.
    public internal(set) var recoveredFromUnterminatedQuote = false
    /// Why the fields could not be read (the record is then empty), or nil.
    public internal(set) var problem: RecordProblem?

    /// An empty record with room for `fieldBytes` bytes in `fields` fields before it grows.
    public init(fieldBytes: Int = 1024, fields: Int = 64) {
        storage = [UInt8](repeating: 0, count: max(fieldBytes, 16))
        endStorage = [Int](repeating: 0, count: max(fields, 4))
    }

    /// A record holding `fields` (handy for writing and for tests).
    public init<S: Sequence>(_ fields: S) where S.Element: StringProtocol {
        self.init()
        for field in fields { append(Array(field.utf8)) }
    }

    /// True when the record has no fields.
    public var isEmpty: Bool { count == 0 }

    /// The 1-based physical line where the record ends.
    public var endLine: Int { position.line + max(lineCount, 1) - 1 }

    /// The bytes of field `index` (0-based).
    @inlinable
    public subscript(index: Int) -> ArraySlice<UInt8> {
        storage[range(at: index)]
    }

    /// The offsets of field `index` in the record's byte buffer.
    @inlinable @inline(__always)
    public func range(at index: Int) -> Range<Int> {
        precondition(index >= 0 && index < count, "field index out of range")
        return (index == 0 ? 0 : endStorage[index - 1])..<endStorage[index]
    }

    /// The byte length of field `index`.
    @inlinable @inline(__always)
    public func length(at index: Int) -> Int { range(at: index).count }

    /// Field `index` decoded as UTF-8 (invalid sequences become U+FFFD).
    public func string(at index: Int) -> String {
        withUnsafeBytes(at: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the bytes of field `index`, valid only during the call.
    @inlinable
    public func withUnsafeBytes<R>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let range = range(at: index)
        return try storage.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[range]))
        }
    }

    /// Every field's bytes, in order.
    public var fields: [ArraySlice<UInt8>] { (0..<count).map { self[$0] } }

    /// Every field decoded as UTF-8.
    public var strings: [String] { (0..<count).map { string(at: $0) } }

    /// Appends a field with the given bytes.
    public mutating func append<C: Collection>(_ field: C) where C.Element == UInt8 {
        reserve(fieldBytes: length + field.count, fields: count + 1)
        var offset = length
        for byte in field {
            storage[offset] = byte
            offset += 1
        }
        length = offset
        endStorage[count] = offset
        count += 1
    }

    /// Removes every field and forgets position, raw bytes and markers; keeps the capacity.
    public mutating func removeAll() {
        length = 0
        count = 0
        position = .start
        lineCount = 0
        raw.removeAll(keepingCapacity: true)
        recoveredFromUnterminatedQuote = false
        problem = nil
    }

    /// Makes room for at least `fieldBytes` field bytes and `fields` field ends.
    mutating func reserve(fieldBytes: Int, fields: Int) {
        if fieldBytes > storage.count {
            storage.append(contentsOf: repeatElement(0, count: max(fieldBytes, storage.count * 2) - storage.count))
        }
        if fields > endStorage.count {
            endStorage.append(contentsOf: repeatElement(0, count: max(fields, endStorage.count * 2) - endStorage.count))
        }
    }
}
