extension SpillRangeReader {
    /// Calls `body` with every spill row (`RecordSpill`) in `range`, in order: the parsed entry
    /// over `bytes`, and the row's own byte range in `bytes`. Reads `chunkSize` bytes at a time
    /// (more when one row is larger), so memory does not grow with the range. `buffer` and
    /// `entry` are reused between calls.
    func forEachEntry(in range: Range<Int64>, chunkSize: Int = 1 << 22, buffer: inout [UInt8], entry: inout RecordSpill.Entry,
                      _ body: (RecordSpill.Entry, UnsafeBufferPointer<UInt8>, Range<Int>) throws -> Void) throws {
        try forEachChunkedRow(in: range, chunkSize: chunkSize, buffer: &buffer,
                              rowEnd: { bytes, start in RecordSpill.parse(bytes, at: start, into: &entry) },
                              { bytes, row in try body(entry, bytes, row) })
    }

    /// Calls `body` with the byte range of every spill row in `range`, in order, without
    /// parsing them (`RecordSpill.rowEnd`): for passes that parse only a few rows
    /// (`RecordSpill.parse` on the range's start). `buffer` is reused between calls.
    func forEachRow(in range: Range<Int64>, chunkSize: Int = 1 << 22, buffer: inout [UInt8],
                    _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) throws -> Void) throws {
        try forEachChunkedRow(in: range, chunkSize: chunkSize, buffer: &buffer,
                              rowEnd: { bytes, start in RecordSpill.rowEnd(bytes, at: start) }, body)
    }

    /// The chunked walk both passes share: rows are cut by `rowEnd` (nil: the row goes on past
    /// the bytes read so far), and a row cut by a chunk's end is read again with the next chunk.
    private func forEachChunkedRow(in range: Range<Int64>, chunkSize: Int, buffer: inout [UInt8],
                                   rowEnd: (UnsafeBufferPointer<UInt8>, Int) -> Int?,
                                   _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) throws -> Void) throws {
        var offset = range.lowerBound
        let end = range.upperBound
        buffer.removeAll(keepingCapacity: true)
        var cursor = 0
        while offset < end || cursor < buffer.count {
            if offset < end {
                if cursor > 0 { buffer.removeSubrange(0..<cursor); cursor = 0 }
                let got = try read(at: offset, count: min(chunkSize, Int(end - offset)), appendingTo: &buffer)
                guard got > 0 else { throw OutputError(message: "\(path): spill file ends early") }
                offset += Int64(got)
            }
            var parsedAny = false
            try buffer.withUnsafeBufferPointer { bytes in
                while let next = rowEnd(bytes, cursor) {
                    parsedAny = true
                    try body(bytes, cursor..<next)
                    cursor = next
                }
            }
            if offset >= end && cursor < buffer.count && !parsedAny {
                throw OutputError(message: "\(path): spill file is damaged")
            }
        }
    }
}
