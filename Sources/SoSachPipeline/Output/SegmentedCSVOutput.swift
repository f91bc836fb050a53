import Foundation
import SoSachText

/// One CSV of the dataset written by several threads at once, segment by segment (a segment
/// is a run of input files): the file's bytes are the header then the segments in order,
/// whichever thread wrote which segment and when.
///
/// The first segment not yet written goes straight to the file as it is written; a later one
/// is held in memory until every segment before it is in the file. Threads take segments in
/// order, so only a few are held at a time. The file is committed (synced and renamed into
/// place, `AtomicFileOutput`) by the thread that writes its last segment.
final class SegmentedCSVOutput: @unchecked Sendable {
    private let output: AtomicFileOutput
    private let options: CSVWriter.Options
    private let segmentCount: Int
    private let lock = NSLock()
    // Guarded by `lock`: the first segment not yet in the file, and the finished later ones.
    private var nextSegment = 0
    private var held: [Int: [UInt8]] = [:]
    // Emptied buffers of held segments, reused (their memory is already mapped).
    private var spare: [[UInt8]] = []

    /// Starts `path` with `header`; the file is committed once `segments` segments are written
    /// (at once when there are none).
    init(path: String, excel: Bool, header: [String], segments: Int) throws {
        output = try AtomicFileOutput(path: path)
        var options = CSVWriter.Options()
        options.excelMode = excel
        var writer = CSVWriter(sink: output, options: options)
        try writer.writeRecord(header)
        try writer.flush()
        options.byteOrderMark = false
        self.options = options
        segmentCount = segments
        if segments == 0 { try output.commit() }
    }

    /// Writes segment `segment` with `body` (records written into the given file end with
    /// `endRecord()`), then places it in the file.
    func writeSegment(_ segment: Int, _ body: (inout CSVOutputFile) throws -> Void) throws {
        let sink = Sink(file: self, segment: segment)
        var out = CSVOutputFile(writer: CSVWriter(sink: sink, options: options))
        try body(&out)
        try out.flush()
        try finish(segment, held: &sink.held)
    }

    /// Whether `segment` is the first one not yet in the file.
    private func isNext(_ segment: Int) -> Bool {
        lock.withLock { nextSegment == segment }
    }

    /// An empty buffer for holding a segment.
    private func takeSpare() -> [UInt8] {
        lock.withLock { spare.popLast() } ?? []
    }

    /// Keeps `buffer`'s memory for another held segment and leaves `buffer` empty (called
    /// with `lock` held).
    private func recycle(_ buffer: inout [UInt8]) {
        if buffer.capacity > 0, spare.count < 4 {
            buffer.removeAll(keepingCapacity: true)
            spare.append(buffer)
        }
        buffer = []
    }

    /// Places a written segment: into the file with the held segments after it when it is the
    /// next one, else held until it is.
    private func finish(_ segment: Int, held bytes: inout [UInt8]) throws {
        try lock.withLock {
            guard nextSegment == segment else {
                held[segment] = bytes
                bytes = []
                return
            }
            try bytes.withUnsafeBytes { try output.write($0) }
            recycle(&bytes)
            nextSegment += 1
            while var next = held.removeValue(forKey: nextSegment) {
                try next.withUnsafeBytes { try output.write($0) }
                recycle(&next)
                nextSegment += 1
            }
            if nextSegment == segmentCount { try output.commit() }
        }
    }

    /// A segment's bytes as its writer hands them over: to the file once the segment is the
    /// next one (only then: the segments before it are all in the file), held before that.
    private final class Sink: ByteSink {
        let file: SegmentedCSVOutput
        let segment: Int
        var isNext = false
        var held: [UInt8] = []

        init(file: SegmentedCSVOutput, segment: Int) {
            self.file = file
            self.segment = segment
        }

        func write(_ bytes: UnsafeRawBufferPointer) throws {
            if !isNext { isNext = file.isNext(segment) }
            guard isNext else {
                if held.capacity == 0 { held = file.takeSpare() }
                held.append(contentsOf: bytes)
                return
            }
            if !held.isEmpty {
                try held.withUnsafeBytes { try file.output.write($0) }
                file.lock.withLock { file.recycle(&held) }
            }
            try file.output.write(bytes)
        }
    }
}
