import Foundation
import SoSachText
import SoSachUnits
import Testing
@testable import SoSachPipeline

/// Every fixture list file read end to end with `ListFileReader`: the line classification and
/// the mapping compared with a golden file, and every physical line accounted for exactly once.
///
/// Golden files are compared as bytes. `RECORD_GOLDEN=1 swift test --filter LayoutGoldenTests`
/// rewrites them and fails, so that a recording is never mistaken for a pass; re-run without it.
@Suite struct LayoutGoldenTests {
    /// The UTF-8 fixtures, and the legacy ones made from `*.utf8-source.csv` with LegacyEncoder.
    static let fixtures: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: LayoutTestSupport.fixtures.path)) ?? []
        return names.filter { !$0.hasSuffix(".golden") && !$0.hasSuffix(".inspect.json") && !$0.hasSuffix(".inspect.txt") }
            .filter { $0.hasSuffix(".csv") || $0.hasSuffix(".tsv") || $0.hasSuffix(".txt") }
            .filter { !$0.contains(".utf8-source.") }
            .sorted() + legacy.map(\.name)
    }()

    /// (fixture name, source, encoding)
    static let legacy: [(name: String, source: String, encoding: TextEncoding)] = [
        ("25_tcvn3.csv", "25_tcvn3.utf8-source.csv", .tcvn3),
        ("26_vni.csv", "26_vni.utf8-source.csv", .vni),
        ("27_cp1258.csv", "27_cp1258.utf8-source.csv", .windows1258),
    ]

    /// The fixture's path: in the fixtures folder, or for a legacy one a temp file encoded now.
    static func path(of name: String) throws -> String {
        if let l = legacy.first(where: { $0.name == name }) {
            let text = try String(contentsOf: LayoutTestSupport.fixtures.appendingPathComponent(l.source), encoding: .utf8)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sosach-layout-\(getpid())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let url = folder.appendingPathComponent(name)
            try Data(LegacyEncoder.encode(text, as: l.encoding)).write(to: url)
            return url.path
        }
        return LayoutTestSupport.fixtures.appendingPathComponent(name).path
    }

    @Test func atLeastTwentyFiveFixtures() {
        #expect(Self.fixtures.count >= 25)
    }

    @Test(arguments: fixtures) func golden(_ name: String) throws {
        let path = try Self.path(of: name)
        let reader = try ListFileReader(path: path, displayPath: name, config: nil)
        var items: [ListLine] = []
        while let item = try reader.next() { items.append(item) }

        // Every physical line exactly once, in order.
        var expected = 1
        for item in items {
            #expect(item.line == expected, "\(name): item at line \(item.line), expected \(expected)")
            expected = item.line + item.lineCount
        }
        let physical = try LayoutGolden.physicalLineCount(path: path)
        #expect(expected - 1 == physical, "\(name): lines reported vs file")

        let rendered = LayoutGolden.render(reader: reader, items: items)
        try LayoutGolden.assertGolden(rendered, named: name + ".golden")
    }

    /// `sosach inspect --json` output (the library function behind it) for a few files.
    static let inspected = ["01_cdht_quai_cang_official.csv", "02_nam_nu_two_row_header.csv", "05_headerless.csv",
                            "07_two_lists_pasted.csv", "11_utf16le_unicode_text.txt", "DS CDHT 2023 Quài Cang.csv"]

    @Test(arguments: inspected) func inspectJSON(_ name: String) throws {
        let report = try InspectReport.build(path: try Self.path(of: name), displayPath: name)
        try LayoutGolden.assertGolden(try report.json(), named: name + ".inspect.json")
        try LayoutGolden.assertGolden(report.text(), named: name + ".inspect.txt")
    }
}

enum LayoutGolden {
    /// The lines of a file as the CSV reader counts them: LF, CR LF and a lone CR end a line; a
    /// last line without a line end counts. UTF-16 files are counted on their text.
    static func physicalLineCount(path: String) throws -> Int {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        if bytes.starts(with: [0xFF, 0xFE]) {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8 }
            bytes = Array(String(decoding: units, as: UTF16.self).utf8)
        }
        var count = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D { count += 1; if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 } }
            else if bytes[i] == 0x0A { count += 1 }
            i += 1
        }
        if let last = bytes.last, last != 0x0A && last != 0x0D { count += 1 }
        return count
    }

    /// The golden form: the profile, then one line per item.
    static func render(reader: ListFileReader, items: [ListLine]) -> String {
        let p = reader.profile
        var out = "# \(p.displayPath)\n"
        out += "encoding: \(p.encoding.name)"
        if !p.encoding.columns.isEmpty {
            out += " columns " + p.encoding.columns.sorted { $0.key < $1.key }.map { "\(ColumnAssignment.letter(of: $0.key))=\($0.value)" }.joined(separator: ",")
        }
        out += "\ndialect: delimiter \(p.dialect.delimiter == "\t" ? "tab" : p.dialect.delimiter)\n"
        var counts: [LineKind: Int] = [:]
        var rejects = 0
        for item in items {
            counts[item.kind, default: 0] += item.lineCount
            if case .reject = item { rejects += item.lineCount }
        }
        out += "lines: \(items.reduce(0) { $0 + $1.lineCount }) = "
            + LineKind.allCases.filter { counts[$0] != nil }.map { "\($0.rawValue) \(counts[$0]!)" }.joined(separator: " + ")
            + (rejects > 0 ? " (\(rejects) rejected)" : "") + "\n"
        let c = p.context
        out += "context: village=\(c.village ?? "-") commune=\(c.commune ?? "-") type=\(c.communeType ?? "-") district=\(c.district ?? "-") province=\(c.province ?? "-") year=\(c.year.map(String.init) ?? "-") kind=\(c.listKind?.rawValue ?? "-")\n"
        if let u = c.unit {
            out += "unit: legacy_province=\(u.legacyProvinceCode ?? "-") province=\(u.provinceCode ?? "-") legacy_district=\(u.legacyDistrictCode ?? "-") legacy_commune=\(u.legacyCommuneCode ?? "-") commune=\(u.communeCode ?? "-") epoch=\(u.epoch?.rawValue ?? "-")\n"
        }
        for e in c.evidence { out += "  \(e)\n" }
        for (n, m) in reader.mappings.enumerated() {
            out += "table \(n) lines \(m.headerLines.map(String.init).joined(separator: ",")) from \(m.source)\n"
            for col in m.columns {
                out += "  \(col.letter) \"\(col.header)\" -> \(col.role.name) [\(col.evidence.joined(separator: "; "))]\n"
            }
        }
        out += "extras: \(reader.extraColumnNames.joined(separator: ", "))\n---\n"
        for item in items {
            switch item {
            case .data(let row):
                let fields = CanonicalField.allCases.filter { !row[$0].isEmpty }.map { "\($0.rawValue)=\(escaped(row[$0]))" }
                let extras = zip(reader.extraColumnNames, row.extras).filter { !$0.1.isEmpty }.map { "\($0.0)=\(escaped($0.1))" }
                out += "\(row.sourceLine)\(row.lineCount > 1 ? "+\(row.lineCount - 1)" : "") data t\(row.section) | "
                    + fields.joined(separator: " | ")
                    + (extras.isEmpty ? "" : " || " + extras.joined(separator: " | "))
                    + (row.flags.isEmpty ? "" : " [" + row.flags.map(\.code).joined(separator: ",") + "]") + "\n"
            case .nonData(let kind, let line):
                out += "\(line) \(kind.rawValue)\n"
            case .reject(let line, let reason, let message, _):
                out += "\(line)\(item.lineCount > 1 ? "+\(item.lineCount - 1)" : "") reject \(reason): \(message)\n"
            }
        }
        return out
    }

    /// Line breaks inside a cell shown as \n so that one item stays one golden line.
    static func escaped(_ value: String) -> String {
        value.replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\n")
    }

    /// Compares `text` with the golden file `name` as bytes; with RECORD_GOLDEN=1 writes it and fails.
    static func assertGolden(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = LayoutTestSupport.fixtures.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
            Issue.record("recorded \(name); run again without RECORD_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        guard let golden = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file \(name); record it with RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        guard Array(golden) != Array(text.utf8) else { return }
        let expected = String(decoding: golden, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let actual = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(expected.count, actual.count)).first { Array(expected[$0].utf8) != Array(actual[$0].utf8) } ?? min(expected.count, actual.count)
        let want = line < expected.count ? String(expected[line]) : "<end>"
        let got = line < actual.count ? String(actual[line]) : "<end>"
        Issue.record("\(name) differs from its golden file at line \(line + 1):\n  golden: \(want)\n  now:    \(got)", sourceLocation: sourceLocation)
    }
}
