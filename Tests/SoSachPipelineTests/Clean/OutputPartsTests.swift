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
        let report = Self.report(files: count)
        let spliced = try report.encoded(filesJSON: report.files.map { try $0.encodedForReport() })
        #expect(spliced == (try report.encoded()))
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
