import SoSachLinkage
import Testing
@testable import SoSachPipeline

/// Small pieces of the output layer.
@Suite struct OutputPartsTests {
    @Test(arguments: [
        ("001085012345", "001*******45"),
        ("0912345678", "091*****78"),
        ("12345", "*****"),
        ("", ""),
    ])
    func maskNumbers(input: String, expected: String) {
        #expect(Array(SensitiveValueMask.maskNumber(input).utf8) == Array(expected.utf8))
    }

    @Test(arguments: [
        ("An;1980;001085012345;0912.345.678", "An;1980;001*******45;091*.***.*78"),
        ("STT 12;ngày 05/03/1980", "STT 12;ngày 05/03/1980"),
    ])
    func maskDigitRuns(input: String, expected: String) {
        #expect(Array(SensitiveValueMask.maskDigitRuns(input).utf8) == Array(expected.utf8))
    }

    /// A report with `count` files of varied content (nested objects, arrays, escapes).
    static func report(files count: Int) -> RunReport {
        var files: [FileReport] = []
        for n in 0..<count {
            var file = FileReport(sourceFile: "xã \(n)/\"list\"\n.csv", bytes: Int64(100 * n))
            file.layout = .init(headerLines: n == 0 ? [] : [1, 2], listKind: "citizens", context: ["commune": "Đức La", "year": "2018"])
            file.mapping = [.init(column: 0, header: "Họ và tên", field: "full_name", evidence: "header \"Họ và tên\" = alias")]
            file.flags = n % 2 == 0 ? [:] : ["name.case": n, "enc.tcvn3": 3] // [:] is an empty object
            file.lines = ["data": n, "title": 2]
            files.append(file)
        }
        return RunReport(generator: "sosach test", runSignature: "0", options: .init(toneStyle: "traditional", excel: false, config: nil, master: nil, rejectThresholdPercent: 0),
                         files: files,
                         totals: .init(files: count, lines: ["data": 2], dataRows: 2, records: 1, rejects: 1, rejectsByReason: ["no_name": 1],
                                       flags: [:], units: [:]),
                         linking: .init(persons: 1, multiRecordPersons: 0, linkedRecords: 0, namesUpgraded: 0, reviewPairs: 0,
                                        stats: LinkStats(), personIds: PersonIDStats()),
                         problems: [], timings: nil)
    }

    /// The files' JSON made one by one (by the workers) and spliced gives the bytes of
    /// encoding the whole report at once.
    @Test(arguments: [0, 1, 2, 5])
    func splicedFilesEqualWholeEncoding(count: Int) throws {
        var report = Self.report(files: count)
        report.files = (0..<count).map { Self.awkwardFileReport($0, confidence: 0.5) }
        let spliced = try report.encoded(filesJSON: report.files.map { try $0.encodedForReport(level: 2) })
        #expect(spliced == (try report.encoded()))
    }

    /// A file report with awkward content: every control character, quotes, backslashes,
    /// slashes, non-ASCII and NFD text, keys that sort differently by bytes and by Characters.
    static func awkwardFileReport(_ n: Int, confidence: Double) -> FileReport {
        let controls = String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self)
        var file = FileReport(sourceFile: "a/b\\c \"d\" \(controls) xã\u{0301} \(n).csv", bytes: Int64(n) * 1_000_003)
        file.encoding = n % 2 == 0 ? "tcvn3" : "utf-8"
        file.encodingConfidence = confidence
        file.dialect = .init(delimiter: n % 3 == 0 ? "\t" : ";", quote: n % 2 == 0 ? "\"" : nil)
        file.layout = .init(headerLines: Array(1...(n % 4 + 1)).filter { _ in n % 5 != 0 },
                            listKind: n % 3 == 0 ? "" : "citizens",
                            context: n % 2 == 0 ? [:] : ["year": "2018", "Commune": "Đức La", "commune": "a/b", "z9": "", "z10": "x"])
        file.mapping = (0..<(n % 3)).map { .init(column: $0 + 1, header: "Họ\nTên \($0)", field: "x_col_\($0)", evidence: "content: 9/10 \"names\"") }
        file.lines = ["data": n, "title": 2, "blank": 0, "Total": 1, "column_numbers": 10, "column10": 3, "column9": 4]
        file.dataRows = n
        file.records = max(n - 1, 0)
        file.rejects = n == 0 ? 0 : 1
        file.rejectsByReason = n % 2 == 0 ? [:] : ["no_name": 1, "field_too_long": -2]
        file.flags = n % 3 == 1 ? [:] : ["enc.tcvn3": n, "id.leading_zero": 2, "ID.upper": 1, "name.case": 3, "é": 4, "e": 5]
        file.units = ["ambiguous": 1, "current": n]
        return file
    }

    /// The directly written entry of a file is `JSONEncoder`'s bytes.
    @Test(arguments: Array(0..<12))
    func fileReportJSONIsJSONEncoders(n: Int) throws {
        let confidences: [Double] = [0, 1, 0.95, 0.5, 1.0 / 3, 2.0 / 3, 0.1 + 0.2, 1e-5, 0.123456789, 0.9999999999, 0.25, 0.875]
        let file = Self.awkwardFileReport(n, confidence: confidences[n])
        let expected = [UInt8](try RunReport.makeEncoder().encode(file))
        let written = try file.encodedForReport()
        #expect(written == expected, "\(String(decoding: written, as: UTF8.self))")
    }

    @Test func htmlIsEscapedAndOffline() {
        var report = RunReport(generator: "sosach test", runSignature: "0", options: .init(toneStyle: "traditional", excel: false, config: nil, master: nil, rejectThresholdPercent: 0),
                               files: [FileReport(sourceFile: "<a>.csv", bytes: 1)],
                               totals: .init(files: 1, lines: ["data": 2], dataRows: 2, records: 1, rejects: 1, rejectsByReason: ["no_name": 1],
                                             flags: [:], units: [:]),
                               linking: .init(persons: 1, multiRecordPersons: 0, linkedRecords: 0, namesUpgraded: 0, reviewPairs: 0,
                                              stats: LinkStats(), personIds: PersonIDStats()),
                               problems: [], timings: nil)
        report.files[0].layout.context = ["commune": "Xã Đức Quang"]
        let html = ReportHTMLRenderer.render(report)
        #expect(html.contains("&lt;a&gt;.csv"))
        #expect(!html.contains("<a>.csv"))
        #expect(!html.contains("http://") || html.contains("http://www.w3.org/2000/svg"))
        #expect(!html.contains("<script"))
        #expect(html.contains("<svg"))
    }
}

extension RunReport {
    /// `encoded()` with the `files` array taken from `filesJSON` (each file's
    /// `encodedForReport(level: 2)`), through `write(fileEntries:entry:to:)` into memory.
    func encoded(filesJSON: [[UInt8]]) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try write(fileEntries: filesJSON.count, entry: { filesJSON[$0] }) { bytes += $0 }
        return bytes
    }
}
