import Foundation
import Testing
@testable import SoSachPipeline

/// `sosach clean SampleData -o out` against the golden outputs in Fixtures/clean/, byte for
/// byte, twice (with different `--jobs`). Re-record with `RECORD_GOLDEN=1 swift test --filter
/// CleanGolden`: the test then fails until it is run again without the variable.
@Suite(.serialized) struct CleanGoldenTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/clean").path
    static let outputs = ["records.csv", "persons.csv", "rejects.csv", "review.csv", "report.json", "report.html"]

    /// Runs the README's command from the repository root (so `source_file` is
    /// `SampleData/…`), into a temporary folder.
    func runSample(jobs: Int) throws -> (String, CleanSummary) {
        let out = CleanTestSupport.temporaryFolder("golden") + "/out"
        var options = CleanOptions(inputs: ["SampleData"], outputDirectory: out, jobs: jobs)
        options.workingDirectory = Self.repository
        options.quiet = true
        options.recordTimings = false
        return (out, try CleanJob(options: options).run())
    }

    @Test func sampleDataMatchesGoldenOutputsTwice() throws {
        let (first, summary) = try runSample(jobs: 2)
        let (second, _) = try runSample(jobs: 1)
        defer { for out in [first, second] { try? FileManager.default.removeItem(atPath: (out as NSString).deletingLastPathComponent) } }
        #expect(summary.exitCode == 1, "SampleData has rejected rows on purpose")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            for name in Self.outputs {
                try Data(CleanTestSupport.bytes(first, name)).write(to: URL(fileURLWithPath: Self.fixtures + "/" + name))
            }
            Issue.record("golden outputs re-recorded in \(Self.fixtures); run again without RECORD_GOLDEN")
            return
        }
        for name in Self.outputs {
            let golden = CleanTestSupport.bytes(Self.fixtures, name)
            #expect(!golden.isEmpty, "missing golden \(name)")
            // Compared as Bools so that a failure names the file instead of printing every byte.
            let sameFirst = CleanTestSupport.bytes(first, name) == golden
            let sameSecond = CleanTestSupport.bytes(second, name) == golden
            #expect(sameFirst, "\(name) differs from Fixtures/clean/\(name) (diff it against a run of `sosach clean SampleData -o out`)")
            #expect(sameSecond, "\(name) differs with --jobs 1")
        }
    }

    @Test func committedSampleDataIsWhatTheGeneratorWrites() throws {
        for file in SampleDataGenerator().files() {
            let committed = CleanTestSupport.bytes(Self.repository + "/SampleData", file.path)
            let same = committed == file.encoded()
            #expect(same, "SampleData/\(file.path): run `sosach-bench sample --out SampleData`")
        }
    }

    @Test func sampleDataAccountsForEveryLine() throws {
        let (out, summary) = try runSample(jobs: 2)
        defer { try? FileManager.default.removeItem(atPath: (out as NSString).deletingLastPathComponent) }
        let report = summary.report
        for file in report.files {
            let bytes = CleanTestSupport.bytes(Self.repository, file.sourceFile)
            #expect(file.lines.values.reduce(0, +) == Self.physicalLines(bytes, utf16: file.encoding.hasPrefix("utf-16")),
                    "\(file.sourceFile): \(file.lines)")
            #expect(file.records + file.rejects == file.dataRows)
        }
        #expect(report.totals.records + report.totals.rejects == report.totals.dataRows)
        #expect(summary.records == report.totals.records)
    }

    @Test func masterKeepsPersonIDs() throws {
        let (first, summary) = try runSample(jobs: 2)
        defer { try? FileManager.default.removeItem(atPath: (first as NSString).deletingLastPathComponent) }
        let out = (first as NSString).deletingLastPathComponent + "/again"
        var options = CleanOptions(inputs: ["SampleData/2025", "SampleData/2018"], outputDirectory: out, jobs: 2)
        options.workingDirectory = Self.repository
        options.masterPath = first + "/persons.csv"
        options.quiet = true
        let again = try CleanJob(options: options).run()
        #expect(again.report.linking.personIds.keptByRecordID > 0)
        #expect(again.report.linking.personIds.masterConflicts == 0)
        // Every record of the second run has the person id its record had in the first run.
        func personByRecord(_ folder: String) -> [String: String] {
            let text = String(decoding: CleanTestSupport.bytes(folder, "records.csv"), as: UTF8.self)
            var result: [String: String] = [:]
            for line in text.split(separator: "\n").dropFirst() {
                let cells = line.split(separator: ",", maxSplits: 5, omittingEmptySubsequences: false)
                result[String(cells[0])] = String(cells[4])
            }
            return result
        }
        let before = personByRecord(first), after = personByRecord(out)
        #expect(!after.isEmpty)
        for (record, person) in after { #expect(before[record] == person, "\(record)") }
        #expect(summary.persons >= again.persons)
    }

    /// Lines of a file: line ends (LF, or CR not followed by LF), plus one for a last line
    /// without a line end.
    static func physicalLines(_ bytes: [UInt8], utf16: Bool) -> Int {
        let units: [UInt16] = utf16
            ? stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8 }
            : bytes.map(UInt16.init)
        var lines = 0
        for (index, unit) in units.enumerated() {
            if unit == 0x0A || (unit == 0x0D && (index + 1 == units.count || units[index + 1] != 0x0A)) { lines += 1 }
        }
        if let last = units.last, last != 0x0A && last != 0x0D { lines += 1 }
        return lines
    }
}
