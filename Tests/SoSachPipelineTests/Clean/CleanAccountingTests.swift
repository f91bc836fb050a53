import Foundation
import Testing
@testable import SoSachPipeline

/// Malformed inputs through the real reader and cleaners: every physical line is counted once,
/// every data row ends in exactly one of records.csv and rejects.csv, nothing is dropped.
@Suite struct CleanAccountingTests {
    static let header = "STT;Họ và tên;Ngày sinh;Giới tính;Số CCCD;Thôn\n"

    /// Name → file content (bytes).
    static let files: [(String, [UInt8])] = [
        ("ragged.csv", Array((header
            + "1;Nguyễn Văn An;01/02/1980;Nam;001080012345;Thôn 1\n"
            + "2;Trần Thị Bình;1981;Nữ\n"
            + "3;Lê Văn Cường;03/04/1982;Nam;001082012345;Thôn 2;thừa;thừa nữa\n"
            + "4;Phạm Thị Dung;05/06/1983;Nữ;001183012345;Thôn 3\n").utf8)),
        ("quote.csv", Array((header
            + "1;Nguyễn Văn An;01/02/1980;Nam;001080012345;Thôn 1\n"
            + "2;\"Trần Thị Bình;1981;Nữ;001181012345;Thôn 1\n"
            + "3;Lê Văn Cường;03/04/1982;Nam;001082012345;Thôn 2\n"
            + "4;Phạm Thị Dung;05/06/1983;Nữ;001183012345;Thôn 3\n").utf8)),
        ("invalid.csv", Array((header + "1;Nguyễn Văn An;01/02/1980;Nam;001080012345;Thôn 1\n").utf8)
            + [0x32, 0x3B, 0x4C, 0xFF, 0x20, 0x56, 0x61, 0x6E, 0x20, 0x42, 0x3B, 0x31, 0x39, 0x38, 0x30, 0x0A]
            + Array("3;Lê Văn Cường;03/04/1982;Nam;001082012345;Thôn 2\n".utf8)),
        ("noname.csv", Array((header
            + "1;;01/02/1980;Nam;001080012345;Thôn 1\n"
            + "2;12345;01/02/1980;Nam;001080012346;Thôn 1\n"
            + "3;Lê Văn Cường;03/04/1982;Nam;001082012345;Thôn 2").utf8)),
        ("empty.csv", []),
        ("header-only.csv", Array(header.utf8)),
        ("crlf.csv", Array((header + "1;Nguyễn Văn An;01/02/1980;Nam;001080012345;Thôn 1\n\n\n").utf8).flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }),
    ]

    @Test func everyLineIsAccountedFor() throws {
        let root = CleanTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/in", withIntermediateDirectories: true)
        for (name, bytes) in Self.files {
            try Data(bytes).write(to: URL(fileURLWithPath: root + "/in/" + name))
        }
        var options = CleanOptions(inputs: ["in"], outputDirectory: "out", jobs: 2)
        options.workingDirectory = root
        options.quiet = true
        let summary = try CleanJob(options: options).run()
        let report = summary.report
        #expect(report.files.count == Self.files.count)
        for file in report.files {
            let bytes = CleanTestSupport.bytes(root, file.sourceFile)
            #expect(file.lines.values.reduce(0, +) == CleanGoldenTests.physicalLines(bytes, utf16: false),
                    "\(file.sourceFile): \(file.lines)")
            #expect(file.records + file.rejects == file.dataRows, "\(file.sourceFile)")
        }
        let byName = Dictionary(uniqueKeysWithValues: report.files.map { ($0.sourceFile, $0) })
        #expect(byName["in/ragged.csv"]?.dataRows == 4)
        #expect(byName["in/quote.csv"]?.dataRows == 4)
        #expect(byName["in/invalid.csv"]?.dataRows == 3)
        #expect(byName["in/noname.csv"]?.rejectsByReason["no_name"] == 2)
        #expect(byName["in/noname.csv"]?.records == 1)
        #expect(byName["in/empty.csv"]?.lines.isEmpty == true)
        #expect(byName["in/header-only.csv"]?.dataRows == 0)
        #expect(byName["in/crlf.csv"]?.records == 1)

        // Every data row is in exactly one output, under its own line number.
        let records = String(decoding: CleanTestSupport.bytes(root + "/out", "records.csv"), as: UTF8.self)
        let rejects = String(decoding: CleanTestSupport.bytes(root + "/out", "rejects.csv"), as: UTF8.self)
        for (name, lines) in [("ragged", 2...5), ("quote", 2...5), ("invalid", 2...4), ("noname", 2...4)] {
            for line in lines {
                let inRecords = records.contains("\nin/\(name).csv:\(line),")
                let inRejects = rejects.contains("\nin/\(name).csv,\(line),")
                #expect(inRecords != inRejects, "in/\(name).csv line \(line): records \(inRecords), rejects \(inRejects)")
            }
        }
        // The rows after a stray quote stay records.
        #expect(records.contains("in/quote.csv:4,"))
        #expect(records.contains("in/quote.csv:5,"))
        #expect(summary.exitCode == (summary.rejects > 0 ? 1 : 0))
    }

    @Test func rejectThresholdDecidesTheExitCode() throws {
        let root = CleanTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/in", withIntermediateDirectories: true)
        try Data(Self.files.first { $0.0 == "noname.csv" }!.1).write(to: URL(fileURLWithPath: root + "/in/noname.csv"))
        var options = CleanOptions(inputs: [root + "/in"], outputDirectory: root + "/out", jobs: 1)
        options.quiet = true
        #expect(try CleanJob(options: options).run().exitCode == 1)
        options.rejectThresholdPercent = 70 // 2 of 3 rows rejected: 66.7 %
        options.force = true
        #expect(try CleanJob(options: options).run().exitCode == 0)
    }

    /// A column mixing Excel serials with day-first text whose day is > 12 was damaged by a
    /// US-locale Excel: the serials get day and month swapped back.
    @Test func usLocaleSwappedDatesAreRepaired() throws {
        let root = CleanTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let serial = SyntheticListRenderer.excelSerial(year: 1980, month: 5, day: 3) // typed 05/03/1980
        CleanTestSupport.write(Self.header
            + "1;Nguyễn Văn An;\(serial);Nam;001080012345;Thôn 1\n"
            + "2;Trần Thị Bình;13/05/1981;Nữ;001181012345;Thôn 1\n"
            + "3;Lê Văn Cường;25/12/1982;Nam;001082012345;Thôn 2\n", to: root, "in/swap.csv")
        var options = CleanOptions(inputs: [root + "/in"], outputDirectory: root + "/out", jobs: 1)
        options.quiet = true
        _ = try CleanJob(options: options).run()
        let records = String(decoding: CleanTestSupport.bytes(root + "/out", "records.csv"), as: UTF8.self)
        let first = records.split(separator: "\n")[1]
        #expect(first.contains(",1980-03-05,"), "\(first)")
        #expect(first.contains("date.swapped"), "\(first)")
    }
}
