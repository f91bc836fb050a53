import Foundation
import SoSachLinkage
import SoSachText
@testable import SoSachPipeline

/// Parts that let the job's mechanics be tested without the real layout, cleaners and linker:
/// a file is `;`-separated; line 1 is a header; `#…` is a title; blank lines are blank; a line
/// with `BROKEN` is a reader reject; cells are `name;date;extras…` named by the header.
enum CleanJobTestParts {
    final class Source: CleanListSource {
        let lines: [Substring]
        var index = 0
        let extraColumnNames: [String]
        let detectionReport: FileReport
        let fileContext = FileContext()

        init(path: String) throws {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CleanError.unreadableInput(path: path, reason: "cannot read")
            }
            let text = String(decoding: data, as: UTF8.self)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.last == "" { lines.removeLast() }
            self.lines = lines
            let header = lines.first.map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) } ?? []
            extraColumnNames = header.dropFirst(2).map { "x_" + $0.lowercased() }
            var report = FileReport(sourceFile: path, bytes: 0)
            report.encoding = "utf-8"
            report.encodingConfidence = 1
            report.dialect = .init(delimiter: ";", quote: "\"")
            report.layout = .init(headerLines: lines.isEmpty ? [] : [1], listKind: "citizens", context: [:])
            detectionReport = report
        }

        func nextLine() throws -> ListLine? {
            guard index < lines.count else { return nil }
            defer { index += 1 }
            let line = index + 1
            let text = String(lines[index])
            if index == 0 { return .nonData(.header, line: line) }
            if text.isEmpty { return .nonData(.blank, line: line) }
            if text.hasPrefix("#") { return .nonData(.title, line: line) }
            if text.contains("BROKEN") {
                return .reject(line: line, reason: "csv.test", message: "\(line): broken", raw: text)
            }
            let cells = text.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            var extras = Array(cells.dropFirst(2))
            extras += Array(repeating: "", count: max(0, extraColumnNames.count - extras.count))
            var row = DataRow(sourceLine: line, extras: Array(extras.prefix(extraColumnNames.count)), raw: text)
            row[.fullName] = cells[0]
            row[.birthDate] = cells.count > 1 ? cells[1] : ""
            return .data(row)
        }
    }

    /// Accepts rows with a name; records with the same upper-cased name get the same CCCD, so
    /// the real linker joins them.
    struct Cleaner: RowCleaning {
        mutating func clean(_ row: DataRow) -> RowCleaningResult {
            let name = row[.fullName]
            guard !name.isEmpty else { return .reject(reason: "no_name", message: "line \(row.sourceLine): no name") }
            var record = CleanRecord(sourceFile: "", sourceLine: row.sourceLine)
            record.fullName = name
            record.birthDate = row[.birthDate]
            record.unitStatus = "unresolved"
            record.extras = row.extras
            if name != name.uppercased() { record.flags = ["name.case"] }
            let id = 100_000_000_000 + Int(LinkKey.hash(name.uppercased()) % 1_000_000)
            record.nationalID = "0" + String(id).dropFirst()
            let link = LinkRecord(ordinal: 0, foldedName: name.lowercased(), nameHasDiacritics: true,
                                  birth: LinkDate(year: Int(record.birthDate) ?? 0), gender: .unknown,
                                  nationalID: record.nationalID, idKind: .cccd, phone: "", commune: 0)
            return .record(record, link)
        }
    }

    static let parts = CleanParts(
        openSource: { path, _, _ in try Source(path: path) },
        makeRowCleaner: { _, _, _, _ in Cleaner() },
        loadMaster: { _ in try MasterIndex.Builder().build() })
}
