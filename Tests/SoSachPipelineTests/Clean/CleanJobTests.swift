import Foundation
import Testing
@testable import SoSachPipeline

/// The job's mechanics with test parts: order, determinism, accounting, folder safety.
@Suite struct CleanJobTests {
    /// Three input files in a folder, one in a sub-folder, one ignored by extension.
    func makeInputs() -> String {
        let root = CleanTestSupport.temporaryFolder()
        CleanTestSupport.write("name;date;Ghi chu\n#title\nAn;1980;x\nbinh;1981;\n\n;1990;y\nAN;1980;z\n", to: root, "in/b.csv")
        CleanTestSupport.write("name;date;Nghe\nChi;1970;ruong\nBROKEN;;\nDung;;giao vien\n", to: root, "in/a.tsv")
        CleanTestSupport.write("name;date\nEm;2001\n", to: root, "in/sub/c.txt")
        CleanTestSupport.write("ignored", to: root, "in/notes.md")
        return root
    }

    func run(_ root: String, out: String, jobs: Int, force: Bool = false, excel: Bool = false,
             inputs: [String]? = nil) throws -> CleanSummary {
        var options = CleanOptions(inputs: inputs ?? [root + "/in"], outputDirectory: root + "/" + out, jobs: jobs)
        options.quiet = true
        options.force = force
        options.excel = excel
        options.recordTimings = false
        return try CleanJob(options: options, parts: CleanJobTestParts.parts).run()
    }

    @Test func writesRecordsInInputOrderWithPersonIDsAndExtras() throws {
        let root = makeInputs()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let summary = try run(root, out: "out", jobs: 2)
        let records = String(decoding: CleanTestSupport.bytes(root + "/out", "records.csv"), as: UTF8.self)
        let lines = records.split(separator: "\n").map(String.init)
        #expect(lines[0] == OutputColumns.records.joined(separator: ",") + ",x_nghe,x_ghi chu")
        let ids = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[0] }
        #expect(ids == ["\(root)/in/a.tsv:2", "\(root)/in/a.tsv:4", "\(root)/in/b.csv:3", "\(root)/in/b.csv:4",
                        "\(root)/in/b.csv:7", "\(root)/in/sub/c.txt:2"].map { Substring($0) })
        // "AN" links to "An" (same person id), extras land in their run-wide column.
        #expect(lines[3].hasSuffix(",,x"))
        #expect(lines[5].hasSuffix(",,z"))
        let person3 = lines[3].split(separator: ",", omittingEmptySubsequences: false)[4]
        let person5 = lines[5].split(separator: ",", omittingEmptySubsequences: false)[4]
        #expect(person3 == person5)
        #expect(summary.records == 6)
        #expect(summary.rejects == 2)
        #expect(summary.exitCode == 1)
        #expect(summary.persons == 5)
    }

    @Test func accountingAddsUp() throws {
        let root = makeInputs()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let summary = try run(root, out: "out", jobs: 1)
        let report = summary.report
        #expect(report.totals.records + report.totals.rejects == report.totals.dataRows)
        for file in report.files {
            #expect(file.records + file.rejects == file.dataRows)
            let text = String(decoding: FileManager.default.contents(atPath: file.sourceFile)!, as: UTF8.self)
            let physical = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
            #expect(file.lines.values.reduce(0, +) == physical, "\(file.sourceFile)")
        }
        let rejects = String(decoding: CleanTestSupport.bytes(root + "/out", "rejects.csv"), as: UTF8.self)
        #expect(rejects.split(separator: "\n").count == 1 + summary.rejects)
        #expect(rejects.contains(",csv.test,"))
        #expect(rejects.contains(",no_name,"))
    }

    @Test func outputsDoNotDependOnJobs() throws {
        let root = makeInputs()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try run(root, out: "one", jobs: 1, inputs: [root + "/in"])
        _ = try run(root, out: "three", jobs: 3, inputs: [root + "/in"])
        _ = try run(root, out: "one", jobs: 3, inputs: [root + "/in"]) // a rerun replaces its own outputs
        let one = CleanTestSupport.outputs(root + "/one")
        let three = CleanTestSupport.outputs(root + "/three")
        for name in ["records.csv", "persons.csv", "rejects.csv", "review.csv", "report.json", "report.html"] {
            #expect(one[name] == three[name], "\(name)")
            #expect(one[name]?.isEmpty == false, "\(name)")
        }
    }

    @Test func refusesAnotherRunsOutputsUnlessForced() throws {
        let root = makeInputs()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try run(root, out: "out", jobs: 1)
        let before = CleanTestSupport.outputs(root + "/out")
        #expect(throws: OutputError.self) {
            _ = try run(root, out: "out", jobs: 1, inputs: [root + "/in/a.tsv"])
        }
        #expect(CleanTestSupport.outputs(root + "/out") == before)
        _ = try run(root, out: "out", jobs: 1, force: true, inputs: [root + "/in/a.tsv"])
        #expect(CleanTestSupport.outputs(root + "/out") != before)
        // Outputs that no SoSach report identifies are refused too.
        CleanTestSupport.write("a,b\n", to: root, "other/records.csv")
        #expect(throws: OutputError.self) { _ = try run(root, out: "other", jobs: 1) }
    }

    @Test func failedRunLeavesTheFolderAsItWas() throws {
        let root = makeInputs()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let failing = CleanParts(
            openSource: { path, _, _ in
                if path.hasSuffix("c.txt") { throw CleanError.unreadableInput(path: path, reason: "test failure") }
                return try CleanJobTestParts.Source(path: path)
            },
            makeRowCleaner: { _, _, _, _ in CleanJobTestParts.Cleaner() },
            loadMaster: CleanJobTestParts.parts.loadMaster)
        var options = CleanOptions(inputs: [root + "/in"], outputDirectory: root + "/out", jobs: 2)
        options.quiet = true
        #expect(throws: CleanError.self) { _ = try CleanJob(options: options, parts: failing).run() }
        let left = try FileManager.default.contentsOfDirectory(atPath: root + "/out")
        #expect(left.isEmpty, "\(left)")
    }

    @Test func excelModeAddsBOMAndNeutralisesFormulas() throws {
        let root = CleanTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        CleanTestSupport.write("name;date;Cong thuc\n=SUM(A1);1980;+84 912\n", to: root, "in/x.csv")
        _ = try run(root, out: "out", jobs: 1, excel: true)
        let records = CleanTestSupport.bytes(root + "/out", "records.csv")
        #expect(Array(records.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: records.dropFirst(3), as: UTF8.self)
        #expect(text.contains(",'=SUM(A1),"))
        #expect(text.hasSuffix(",'+84 912\n"))
    }

    @Test func missingInputIsAnError() throws {
        let root = CleanTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(throws: CleanError.self) { _ = try run(root, out: "out", jobs: 1, inputs: [root + "/nope.csv"]) }
        #expect(!FileManager.default.fileExists(atPath: root + "/out/report.json"))
    }

    @Test func emptyInputsGiveHeadersOnly() throws {
        let root = CleanTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        CleanTestSupport.write("", to: root, "in/empty.csv")
        CleanTestSupport.write("name;date\n", to: root, "in/header.csv")
        let summary = try run(root, out: "out", jobs: 2)
        #expect(summary.dataRows == 0)
        #expect(summary.exitCode == 0)
        #expect(CleanTestSupport.bytes(root + "/out", "records.csv") == Array((OutputColumns.records.joined(separator: ",") + "\n").utf8))
    }
}

/// Inputs, folders and the output folder.
@Suite struct InputExpanderTests {
    @Test func foldersAreSortedFilteredAndTheOutputFolderSkipped() throws {
        let root = CleanTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for name in ["in/b.csv", "in/a.TSV", "in/z/c.txt", "in/.hidden/x.csv", "in/notes.md", "in/out/records.csv", "single.dat"] {
            CleanTestSupport.write("x\n", to: root, name)
        }
        let inputs = try InputExpander.expand(["in", "single.dat", "in/b.csv"], base: root, excluding: [root + "/in/out"])
        #expect(inputs.map(\.displayPath) == ["in/a.TSV", "in/b.csv", "in/z/c.txt", "single.dat"])
        #expect(inputs.map(\.path) == inputs.map { root + "/" + $0.displayPath })
        #expect(throws: CleanError.self) { _ = try InputExpander.expand(["missing"], base: root) }
    }
}
