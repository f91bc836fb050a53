/// The record_id (`source_file:source_line`) of any record by its index in records.csv, as
/// UTF-8 appended to a buffer: the bytes of `DatasetWriter.recordID(_:outcomes:starts:)` from
/// flat copies of the file names and source lines, so that the persons pass (a record_id per
/// record) touches no `FileOutcome` and makes no String.
struct RecordIDLocator {
    private let nameBytes: [UInt8]
    // File f's name is nameBytes[nameStarts[f]..<nameStarts[f + 1]].
    private let nameStarts: [Int]
    // The first record of each file, and the total at the end (`DatasetWriter.firstRecordOfFile`).
    private let starts: [Int]
    // The source line of every record.
    private let lines: [Int32]

    init(outcomes: [FileOutcome], starts: [Int]) {
        var nameBytes: [UInt8] = []
        var nameStarts: [Int] = [0]
        var lines: [Int32] = []
        lines.reserveCapacity(starts.last ?? 0)
        for outcome in outcomes {
            nameBytes.append(contentsOf: outcome.report.sourceFile.utf8)
            nameStarts.append(nameBytes.count)
            lines.append(contentsOf: outcome.recordLines)
        }
        self.nameBytes = nameBytes
        self.nameStarts = nameStarts
        self.starts = starts
        self.lines = lines
    }

    /// Appends the record_id of record `index` to `bytes`.
    func appendRecordID(_ index: Int, to bytes: inout [UInt8]) {
        // The last file whose first record is at or before `index` (files without records share
        // their start with the next one).
        var low = 0, high = nameStarts.count - 2
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        // From the buffers directly: an ArraySlice and a reversed digit run cost a retain and
        // a generic append per record.
        nameBytes.withUnsafeBufferPointer { names in
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: names[nameStarts[low]..<nameStarts[low + 1]]))
        }
        bytes.append(UInt8(ascii: ":"))
        let line = lines[index]
        if line < 0 { bytes.append(UInt8(ascii: "-")) }
        // At most 10 digits, written from the end of a small stack buffer.
        var digits: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var rest = line.magnitude
            var at = buffer.count
            repeat {
                at -= 1
                buffer[at] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[at...]))
        }
    }
}
