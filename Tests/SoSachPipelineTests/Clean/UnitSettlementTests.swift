import Foundation
import Testing
import SoSachText
import SoSachUnits
@testable import SoSachPipeline

/// Settling ambiguous units by rewriting only their records gives the same outputs, byte for
/// byte, as the reference way of reading their files again with the run's provinces.
@Suite(.serialized) struct UnitSettlementTests {
    /// Runs `clean` on `inputs` both ways and compares every output file.
    func expectSameBothWays(inputs: [String], workingDirectory: String?, jobs: Int) throws {
        var outs: [String] = []
        defer { for out in outs { try? FileManager.default.removeItem(atPath: (out as NSString).deletingLastPathComponent) } }
        var settledRows: [Int] = []
        for rereading in [true, false] {
            let out = CleanTestSupport.temporaryFolder("settle") + "/out"
            outs.append(out)
            var options = CleanOptions(inputs: inputs, outputDirectory: out, jobs: jobs)
            options.workingDirectory = workingDirectory
            options.quiet = true
            options.recordTimings = false
            options.settleUnitsByRereading = rereading
            let summary = try CleanJob(options: options).run()
            settledRows.append(summary.report.totals.flags[RunContextSettler.byRunContext.code] ?? 0)
        }
        #expect(settledRows[0] > 0, "the input must hold rows that the run context settles")
        for name in CleanGoldenTests.outputs {
            let same = CleanTestSupport.bytes(outs[0], name) == CleanTestSupport.bytes(outs[1], name)
            #expect(same, "\(name) differs between rereading and rewriting")
        }
    }

    @Test func sampleDataBothWays() throws {
        try expectSameBothWays(inputs: ["SampleData"], workingDirectory: CleanGoldenTests.repository, jobs: 2)
    }

    /// A generated province of 6,000 records in 60 files (legacy lists, every encoding).
    @Test(arguments: [1, 2]) func generatedProvinceBothWays(jobs: Int) throws {
        let folder = CleanTestSupport.temporaryFolder("settle-province")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try ProvinceGenerator(encode: { $0.encoded() }).write(records: 6_000, files: 60, to: folder)
        try expectSameBothWays(inputs: [folder], workingDirectory: nil, jobs: jobs)
    }

    /// An ambiguous-unit row survives its spill round trip (nil parts stay nil, empty texts
    /// stay empty, flags keep their order).
    @Test(arguments: [
        AmbiguousUnitRow(record: 0, query: UnitQuery(commune: "Xã Đức Minh"), flagsBesideUnit: []),
        AmbiguousUnitRow(record: 41, query: UnitQuery(address: "Thôn 3; xã Tân Lập", village: "", commune: nil,
                                                      district: "Huyện A", province: "1"),
                         flagsBesideUnit: ["name.case", "enc.tcvn3", "id.leading_zero"]),
    ])
    func ambiguousRowRoundTrip(_ row: AmbiguousUnitRow) throws {
        var buffer: [UInt8] = []
        row.append(to: &buffer)
        var entry = RecordSpill.Entry()
        let back = buffer.withUnsafeBufferPointer { bytes -> AmbiguousUnitRow? in
            guard RecordSpill.parse(bytes, at: 0, into: &entry) == bytes.count else { return nil }
            return AmbiguousUnitRow(entry, in: bytes)
        }
        #expect(back == row)
    }
}
