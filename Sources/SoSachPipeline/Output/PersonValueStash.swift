/// The person values (`PersonFields`) of some records, kept between the records pass and the
/// persons pass in one byte buffer (about the size of the values themselves) instead of
/// arrays of strings.
///
/// An entry is `PersonFields.count` values, each a 3-byte little-endian length and the bytes.
/// Entries are found through a dense table by ordinal (4 bytes per record), and read as byte
/// ranges of ``withBytes(_:)`` (``value(at:in:)``): the persons pass makes no String per value.
struct PersonValueStash {
    private var bytes: [UInt8] = []
    private var starts: [Int] = []
    // The entry of each ordinal (index into `starts`), `none` when not kept.
    private var entryOfOrdinal: [UInt32]
    private static let none = UInt32.max

    /// An empty stash for records with ordinals `0..<recordCount`.
    init(recordCount: Int) {
        entryOfOrdinal = [UInt32](repeating: Self.none, count: recordCount)
    }

    /// Keeps the values of `ordinal` given as byte ranges of `source`.
    mutating func keep(_ ordinal: UInt32, _ ranges: ArraySlice<Range<Int>>, in source: UnsafeBufferPointer<UInt8>) {
        entryOfOrdinal[Int(ordinal)] = UInt32(starts.count)
        starts.append(bytes.count)
        for range in ranges {
            let count = range.count
            bytes.append(UInt8(truncatingIfNeeded: count))
            bytes.append(UInt8(truncatingIfNeeded: count >> 8))
            bytes.append(UInt8(truncatingIfNeeded: count >> 16))
            bytes.append(contentsOf: source[range])
        }
    }

    /// Where the values of `ordinal` start in ``withBytes(_:)``, or nil when not kept.
    func entry(_ ordinal: UInt32) -> Int? {
        let e = entryOfOrdinal[Int(ordinal)]
        return e == Self.none ? nil : starts[Int(e)]
    }

    /// Calls `body` with every kept byte.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer(body)
    }

    /// The byte range of the value at `cursor` (an ``entry(_:)`` or a previous `next`) and
    /// where the next value of the entry starts.
    static func value(at cursor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (range: Range<Int>, next: Int) {
        let count = Int(bytes[cursor]) | Int(bytes[cursor + 1]) << 8 | Int(bytes[cursor + 2]) << 16
        return (cursor + 3..<(cursor + 3 + count), cursor + 3 + count)
    }

    /// The values kept for `ordinal`, or nil.
    subscript(ordinal: UInt32) -> [String]? {
        guard var cursor = entry(ordinal) else { return nil }
        return bytes.withUnsafeBufferPointer { all in
            var values: [String] = []
            values.reserveCapacity(PersonFields.count)
            for _ in 0..<PersonFields.count {
                let (range, next) = Self.value(at: cursor, in: all)
                values.append(String(decoding: all[range], as: UTF8.self))
                cursor = next
            }
            return values
        }
    }
}
