import Foundation
import Testing
import SoSachText
@testable import SoSachPipeline

/// Writing the outputs by segments of files on two threads gives the same bytes whatever the
/// segments: many small ones against one for the whole run.
@Suite(.serialized) struct SegmentedWritingTests {
    /// Runs `clean` on `inputs` with each segment size and compares every output with the first.
    func expectSameOutputs(inputs: [String], workingDirectory: String?, excel: Bool, segmentSizes: [Int?]) throws {
        var outs: [String] = []
        defer { for out in outs { try? FileManager.default.removeItem(atPath: (out as NSString).deletingLastPathComponent) } }
        for size in segmentSizes {
            let out = CleanTestSupport.temporaryFolder("segments") + "/out"
            outs.append(out)
            var options = CleanOptions(inputs: inputs, outputDirectory: out, jobs: 2)
            options.workingDirectory = workingDirectory
            options.quiet = true
            options.recordTimings = false
            options.excel = excel
            options.writeSegmentRecords = size
            _ = try CleanJob(options: options).run()
        }
        let first = CleanTestSupport.outputs(outs[0])
        #expect(!(first["records.csv"] ?? []).isEmpty)
        for (index, out) in outs.enumerated().dropFirst() {
            for (name, bytes) in CleanTestSupport.outputs(out) {
                #expect(bytes == first[name], "\(name) differs with segments of \(segmentSizes[index].map(String.init) ?? "default")")
            }
        }
    }

    @Test(arguments: [false, true]) func sampleDataInSegments(excel: Bool) throws {
        try expectSameOutputs(inputs: ["SampleData"], workingDirectory: CleanGoldenTests.repository, excel: excel,
                              segmentSizes: [Int.max, 1, 50, nil])
    }

    /// A generated province of 6,000 records in 60 files.
    @Test func generatedProvinceInSegments() throws {
        let folder = CleanTestSupport.temporaryFolder("segments-province")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try ProvinceGenerator(encode: { $0.encoded() }).write(records: 6_000, files: 60, to: folder)
        try expectSameOutputs(inputs: [folder], workingDirectory: nil, excel: false, segmentSizes: [Int.max, 1, 250, 1_000])
    }

    /// Segments written in any order land in the file in segment order, after the header (and
    /// the BOM once, in Excel mode).
    @Test(arguments: [false, true]) func segmentsInAnyOrder(excel: Bool) throws {
        let folder = CleanTestSupport.temporaryFolder("segments-order")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rows = (0..<40).map { ["\($0)", $0 % 3 == 0 ? "=x,\($0)" : "plain \($0)", String(repeating: "é", count: $0 * 500)] }
        let sink = MemoryByteSink()
        var reference = CSVWriter(sink: sink, options: CSVWriter.Options(delimiter: UInt8(ascii: ","), excelMode: excel))
        try reference.writeRecord(["id", "text", "long"])
        for row in rows { try reference.writeRecord(row) }
        try reference.flush()
        let expected = sink.bytes
        let path = folder + "/out.csv"
        let output = try SegmentedCSVOutput(path: path, excel: excel, header: ["id", "text", "long"], segments: 8)
        // Segment s holds rows 5s..<5s+5; written 3, 0, 7, 1, 2, 6, 5, 4.
        for segment in [3, 0, 7, 1, 2, 6, 5, 4] {
            try output.writeSegment(segment) { out in
                for row in rows[(segment * 5)..<(segment * 5 + 5)] {
                    for field in row { out.writeField(field) }
                    try out.endRecord()
                }
            }
        }
        #expect(CleanTestSupport.bytes(folder, "out.csv") == expected)
    }
}
