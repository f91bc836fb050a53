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

    /// Every list file of the layout fixtures and of SampleData, sorted by path.
    static let listFiles: [URL] = {
        let root = fixtures.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var urls: [URL] = []
        for folder in [fixtures, root.appendingPathComponent("SampleData")] {
            let found = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? []
            urls += found.filter { ["csv", "tsv", "txt"].contains($0.pathExtension) && !$0.lastPathComponent.contains(".inspect.") }
        }
        return urls.sorted { $0.path < $1.path }
    }()

    static let text: LayoutText = .standard

    static let aliases: HeaderAliases = try! HeaderAliases.standard()

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
