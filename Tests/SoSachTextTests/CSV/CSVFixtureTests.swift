import Foundation
import Testing
@testable import SoSachText

/// The same 40-row citizen list in six encodings (Fixtures/CSV/README.md): bytes-level sniffing
/// and reading must not depend on the encoding.
@Suite struct CSVFixtureTests {
    static let files = ["utf8", "utf8_bom", "tcvn3", "vni", "viscii", "cp1258"]

    static func fixture(_ name: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/CSV/\(name).csv")
        return Array(try Data(contentsOf: url))
    }

    @Test(arguments: files, [7, 4096])
    func sniffsAndReadsEveryEncoding(_ name: String, chunk: Int) throws {
        let bytes = try Self.fixture(name)
        let reader = try CSVReader(sniffing: MemoryByteSource(bytes, chunkSize: chunk))
        let sniffed = try #require(reader.sniffed)
        #expect(sniffed.dialect == .comma)
        #expect(sniffed.fieldCount == 7)
        #expect(sniffed.isConfident)
        #expect(sniffed.lineEnding == .lf)
        #expect(sniffed.byteOrderMark == (name == "utf8_bom" ? .utf8 : nil))
        #expect(sniffed.usesQuotes)
        var record = ByteRecord()
        var rows: [(line: Int, count: Int, first: String)] = []
        while try reader.readRecord(into: &record) {
            rows.append((record.position.line, record.count, record.string(at: 0)))
        }
        #expect(rows.count == 41)
        #expect(rows.allSatisfy { $0.count == 7 })
        #expect(rows.map(\.line) == Array(1...41))
        #expect(rows.dropFirst().map(\.first) == (1...40).map(String.init))
    }

    @Test func fileSourceGivesTheSameRecordsAsMemory() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/CSV/utf8_bom.csv")
        let fromFile = CSVReader(source: try FileByteSource(path: url.path), dialect: .comma)
        var record = ByteRecord()
        var fileRows: [[[UInt8]]] = []
        while try fromFile.readRecord(into: &record) { fileRows.append(record.fields.map { Array($0) }) }
        #expect(fileRows == (try readAll(Self.fixture("utf8_bom"), chunk: 3).map(\.fields)))
        #expect(Array(fileRows[1][4]) == Array("Thôn Đông Hưng, xã Hoà Bình".utf8))
    }
}
