/// The record_id (`source_file:source_line`) of any record by its index in records.csv, as
/// UTF-8 appended to a buffer: the bytes of `DatasetWriter.recordID(_:outcomes:starts:)` from
/// flat copies of the file names and source lines, so that the persons pass (a record_id per
/// record) touches no `FileOutcome` and makes no String.
struct RecordIDLocator {
    private let nameBytes: [UInt8]
    // File f's name is nameBytes[nameStarts[f]..<nameStarts[f + 1]].
    private let nameStarts: [Int]
    // The source line of every record.
    private let lines: [Int32]
    // The file of every record (looked up, not searched: the persons pass asks for every record).
    private let fileOfRecord: [Int32]

    init(outcomes: [FileOutcome], starts: [Int]) {
        var nameBytes: [UInt8] = []
        var nameStarts: [Int] = [0]
        var lines: [Int32] = []
        var fileOfRecord: [Int32] = []
        lines.reserveCapacity(starts.last ?? 0)
        fileOfRecord.reserveCapacity(starts.last ?? 0)
        for (file, outcome) in outcomes.enumerated() {
            nameBytes.append(contentsOf: outcome.report.sourceFile.utf8)
            nameStarts.append(nameBytes.count)
            lines.append(contentsOf: outcome.recordLines)
            fileOfRecord.append(contentsOf: repeatElement(Int32(file), count: outcome.recordLines.count))
        }
        self.fileOfRecord = fileOfRecord
        self.nameBytes = nameBytes
        self.nameStarts = nameStarts
        self.lines = lines
    }

    /// Appends the record_id of record `index` to `bytes`.
    func appendRecordID(_ index: Int, to bytes: inout [UInt8]) {
        let file = Int(fileOfRecord[index])
        // From the buffer directly: an ArraySlice costs a retain and a generic append per record.
        nameBytes.withUnsafeBufferPointer { names in
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: names[nameStarts[file]..<nameStarts[file + 1]]))
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
