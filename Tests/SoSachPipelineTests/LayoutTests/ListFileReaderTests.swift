import Foundation
import SoSachText
import Testing
@testable import SoSachPipeline

@Suite struct ListFileReaderTests {
    /// Writes `bytes` to a fresh temp file named `name`.
    static func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sosach-reader-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func readAll(_ reader: ListFileReader) throws -> [ListLine] {
        var items: [ListLine] = []
        while let item = try reader.next() { items.append(item) }
        return items
    }

    @Test func legacyColumnInAUnicodeFile() throws {
        // A UTF-8 sheet whose notes column was pasted from a TCVN3 file.
        var bytes = Array("STT;Họ và tên;Năm sinh;Ghi chú\n".utf8)
        let notes = ["Chuyển đến từ xã Quài Tở", "Đã tốt nghiệp trung học", "Hội viên khuyến học", "Chuyển đi nơi khác"]
        for (i, note) in notes.enumerated() {
            bytes += Array("\(i + 1);Nguyễn Văn Hùng;198\(i);".utf8) + LegacyEncoder.encode(note, as: .tcvn3) + [0x0A]
        }
        let reader = try ListFileReader(path: try Self.file("mixed.csv", bytes), displayPath: "mixed.csv", config: nil)
        #expect(reader.profile.encoding.columns[3] == "tcvn3")
        let rows = try Self.readAll(reader).compactMap { if case .data(let r) = $0 { return r } else { return nil } }
        #expect(rows.count == 4)
        #expect(rows.first.map { Array($0.extras[0].utf8) } == Array(notes[0].utf8))
    }

    @Test func mappingFileOverridesEncodingDelimiterAndHeader() throws {
        let text = "Danh sách|\nTên người|Ngày|Giấy tờ\nLò Văn Hùng|12/03/1980|011080123456\n"
        let path = try Self.file("DS 2020.txt", LegacyEncoder.encode(text, as: .vni))
        let config = MappingConfig(files: [
            .init(pattern: "*.csv"),
            .init(pattern: "DS *.txt", encoding: "vni", delimiter: "|", headerRows: [2],
                  columns: ["A": "full_name", "3": "national_id"], listKind: .citizens),
        ])
        let reader = try ListFileReader(path: path, displayPath: "DS 2020.txt", config: config)
        #expect(reader.profile.configPattern == "DS *.txt")
        #expect(reader.profile.encoding.name == "vni")
        #expect(reader.profile.dialect.delimiter == "|")
        #expect(reader.profile.mapping.columns.map(\.role.name) == ["full_name", "birth_date", "national_id"])
        let items = try Self.readAll(reader)
        #expect(items.map(\.kind) == [.title, .header, .data])
        guard case .data(let row) = items[2] else { Issue.record("no data row"); return }
        #expect(Array(row[.fullName].utf8) == Array("Lò Văn Hùng".utf8))
    }

    @Test func unknownEncodingInTheMappingFileThrows() throws {
        let path = try Self.file("a.csv", Array("STT;Họ và tên\n1;Lò Văn Hùng\n".utf8))
        let config = MappingConfig(files: [.init(pattern: "*", encoding: "klingon")])
        #expect(throws: MappingConfig.InvalidConfig.self) {
            _ = try ListFileReader(path: path, displayPath: "a.csv", config: config)
        }
    }

    /// (name, file text, expected kinds with line numbers, expected reject reasons)
    static let accounting: [(String, String, [String])] = [
        ("no final line end", "STT;Họ và tên\n1;Lò Văn Hùng", ["1 header", "2 data"]),
        ("blank lines at the end", "STT;Họ và tên\n1;Lò Văn Hùng\n\n\n", ["1 header", "2 data", "3 blank", "4 blank"]),
        ("CR line ends", "STT;Họ và tên\r1;Lò Văn Hùng\r2;Cà Thị Hoa\r", ["1 header", "2 data", "3 data"]),
        ("multi-line cell", "STT;Họ và tên;Ghi chú\n1;Lò Văn Hùng;\"a\nb\nc\"\n2;Cà Thị Hoa;\n",
         ["1 header", "2 data", "5 data"]),
        ("unterminated quote", "STT;Họ và tên;Ghi chú\n1;Lò Văn Hùng;\"chưa đóng\n2;Cà Thị Hoa;\n3;Quàng Văn Tú;\n",
         ["1 header", "2 data", "3 data", "4 data"]),
        ("empty file", "", []),
    ]

    @Test(arguments: accounting) func everyLineOnce(_ c: (String, String, [String])) throws {
        let name = "acc-" + c.0.replacingOccurrences(of: " ", with: "-") + ".csv"
        let path = try Self.file(name, Array(c.1.utf8))
        let reader = try ListFileReader(path: path, displayPath: name, config: nil)
        let items = try Self.readAll(reader)
        #expect(items.map { "\($0.line) \($0.kind.rawValue)" } == c.2, "\(c.0)")
        #expect(items.reduce(0) { $0 + $1.lineCount } == (try LayoutGolden.physicalLineCount(path: path)), "\(c.0)")
    }

    @Test func unterminatedQuoteIsFlagged() throws {
        let text = "STT;Họ và tên;Ghi chú\n1;Lò Văn Hùng;\"chưa đóng\n2;Cà Thị Hoa;\n"
        let reader = try ListFileReader(path: try Self.file("q.csv", Array(text.utf8)), displayPath: "q.csv", config: nil)
        let rows = try Self.readAll(reader).compactMap { if case .data(let r) = $0 { return r } else { return nil } }
        #expect(rows.first?.flags.contains("csv.quote_recovered") == true)
        #expect(rows.count == 2)
    }
}

extension ListFileReaderTests {
    @Test func hugeFieldIsRejectedAndEveryLineStillCounted() throws {
        // An unquoted cell of 1.1 MB (over the reader's 1 MiB field limit): rejected, the rest read.
        var text = "STT;Họ và tên;Ghi chú\n1;Lò Văn Hùng;" + String(repeating: "x", count: 1_100_000)
        text += "\n2;Cà Thị Hoa;\n"
        let path = try Self.file("huge.csv", Array(text.utf8))
        let items = try Self.readAll(try ListFileReader(path: path, displayPath: "huge.csv", config: nil))
        var expected = 1
        for item in items {
            #expect(item.line == expected)
            expected = item.line + item.lineCount
        }
        #expect(expected - 1 == (try LayoutGolden.physicalLineCount(path: path)))
        guard case .reject(let line, let reason, _, _) = items[1] else { Issue.record("no reject: \(items[1])"); return }
        #expect(line == 2)
        #expect(reason == "csv.field_too_long")
        guard case .data(let row) = items.last! else { Issue.record("last is not data"); return }
        #expect(row[.fullName] == "Cà Thị Hoa")
    }
}
