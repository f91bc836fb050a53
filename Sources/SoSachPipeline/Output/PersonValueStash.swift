/// The person values (`PersonFields`) of some records, kept between the records pass and the
/// persons pass in one byte buffer (about the size of the values themselves) instead of
/// arrays of strings.
struct PersonValueStash {
    private var bytes: [UInt8] = []
    private var offsets: [UInt32: Int] = [:]

    /// Keeps the values of `ordinal` given as byte ranges of `source`.
    mutating func keep(_ ordinal: UInt32, _ ranges: ArraySlice<Range<Int>>, in source: UnsafeBufferPointer<UInt8>) {
        offsets[ordinal] = bytes.count
        for range in ranges {
            let count = range.count
            bytes.append(UInt8(truncatingIfNeeded: count))
            bytes.append(UInt8(truncatingIfNeeded: count >> 8))
            bytes.append(UInt8(truncatingIfNeeded: count >> 16))
            bytes.append(contentsOf: source[range])
        }
    }

    /// The values kept for `ordinal`, or nil.
    subscript(ordinal: UInt32) -> [String]? {
        guard var cursor = offsets[ordinal] else { return nil }
        var values: [String] = []
        values.reserveCapacity(PersonFields.count)
        for _ in 0..<PersonFields.count {
            let count = Int(bytes[cursor]) | Int(bytes[cursor + 1]) << 8 | Int(bytes[cursor + 2]) << 16
            cursor += 3
            values.append(String(decoding: bytes[cursor..<(cursor + count)], as: UTF8.self))
            cursor += count
        }
        return values
    }
}
