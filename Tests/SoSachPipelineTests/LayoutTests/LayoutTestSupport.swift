import Foundation
@testable import SoSachPipeline

/// Records from an array, for engine tests.
final class ArrayRecordSource: LayoutRecordSource {
    private var records: [LayoutRecord]
    private var index = 0
    let physicalLineCount: Int?

    init(_ records: [LayoutRecord], lineCount: Int? = nil) {
        self.records = records
        self.physicalLineCount = lineCount ?? records.last.map { $0.line + $0.lineCount - 1 }
    }

    /// One record per line of `text`, cells split on `;` (test data has no quotes).
    convenience init(lines text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let records = lines.enumerated().map { i, line in
            LayoutRecord(line: i + 1, cells: line.split(separator: ";", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }, raw: line)
        }
        self.init(records)
    }

    func nextRecord() throws -> LayoutRecord? {
        guard index < records.count else { return nil }
        defer { index += 1 }
        return records[index]
    }
}

enum LayoutTestSupport {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/layout")

    /// Stand-in text tools until SoSachText/SoSachFields land (then `.standard`).
    static let text = LayoutText(
        normalize: { $0.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines) },
        fold: { $0.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d") },
        looksLikeName: { s in
            let words = s.split(separator: " ")
            return (2...6).contains(words.count) && words.allSatisfy { w in w.allSatisfy(\.isLetter) && w.first!.isUppercase }
        },
        looksLikeDate: { s in
            s.range(of: #"^(\d{1,2}[/.-]){1,2}\d{4}$|^(19|20)\d\d$"#, options: .regularExpression) != nil
        },
        looksLikeNationalID: { s in
            let d = s.filter { $0 != " " }
            return (d.count == 9 || d.count == 12) && d.allSatisfy(\.isNumber)
        },
        looksLikePhone: { s in
            let d = s.filter { $0 != " " && $0 != "." }
            return d.count == 10 && d.hasPrefix("0") && d.allSatisfy(\.isNumber)
        })

    static let aliases: HeaderAliases = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Mappings/text/headers.csv").path
        let content = try! String(contentsOfFile: path, encoding: .utf8)
        var entries: [HeaderAliases.Entry] = []
        for line in content.split(separator: "\n").dropFirst() {
            // Test-only split (the table quotes only aliases holding commas).
            var cells: [String] = []
            var cell = ""
            var quoted = false
            for ch in line {
                if ch == "\"" { quoted.toggle(); continue }
                if ch == "," && !quoted { cells.append(cell); cell = ""; continue }
                cell.append(ch)
            }
            cells.append(cell)
            entries.append(HeaderAliases.Entry(alias: cells[0], field: cells[1], kind: cells[2]))
        }
        return HeaderAliases(entries: entries, text: text)
    }()

    /// Streams every item of `source` through a fresh engine.
    static func run(_ source: LayoutRecordSource, rule: MappingConfig.FileRule? = nil, path: String = "test.csv") throws -> (LayoutEngine, [ListLine]) {
        let engine = try LayoutEngine(source: source, aliases: aliases, rule: rule, displayPath: path)
        var items: [ListLine] = []
        while let item = try engine.next() { items.append(item) }
        return (engine, items)
    }

    /// "1 title, 2 header, …" for compact expectations.
    static func kinds(_ items: [ListLine]) -> [String] {
        items.map { "\($0.line) \($0.kind.rawValue)\(isReject($0) ? " reject" : "")" }
    }

    static func isReject(_ item: ListLine) -> Bool { if case .reject = item { return true } else { return false } }
}
