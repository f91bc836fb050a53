import Foundation
import Testing
@testable import SoSachPipeline

@Suite struct MappingConfigTests {
    static let json = """
    {
      "files": [
        { "pattern": "DS CDHT 2023 *.csv", "encoding": "tcvn3", "delimiter": ";", "headerRows": [6, 7],
          "columns": { "B": "full_name", "4": "birth_date", "Số CCCD": "national_id", "H": "ignore", "I": "x_ket_qua" },
          "listKind": "citizens", "year": 2023,
          "defaultUnit": { "commune": "Quài Cang", "district": "Tuần Giáo", "province": "Điện Biên" } },
        { "pattern": "old/*", "delimiter": "tab", "headerRows": [] }
      ]
    }
    """

    @Test func decodes() throws {
        let config = try MappingConfig.decode(Data(Self.json.utf8))
        #expect(config.files.count == 2)
        let rule = try #require(config.rule(for: "lists/DS CDHT 2023 Quài Cang.csv"))
        #expect(rule.headerRows == [6, 7])
        #expect(rule.delimiterByte == UInt8(ascii: ";"))
        #expect(rule.listKind == .citizens)
        #expect(rule.defaultUnit?.district == "Tuần Giáo")
        #expect(config.rule(for: "old/a.txt")?.delimiterByte == 0x09)
        #expect(config.rule(for: "other.csv") == nil)
    }

    /// (json, fragment of the error message)
    static let invalid: [(String, String)] = [
        (#"{"files":[{"pattern":"*","columns":{"B":"fullname"}}]}"#, "unknown field 'fullname'"),
        (#"{"files":[{"pattern":"*","delimiter":";;"}]}"#, "delimiter ';;'"),
        (#"{"files":[{"pattern":"*","headerRows":[0]}]}"#, "header row 0"),
        (#"{"files":[{"pattern":"*","listKind":"people"}]}"#, "not a valid mapping file"),
        (#"{"files":[{"columns":{}}]}"#, "missing key 'pattern'"),
        (#"{"files":[{"pattern":"*","headerRow":[2]}]}"#, "unknown key 'headerRow'"),
        (#"{"files":[{"pattern":"*","defaultUnit":{"xa":"A"}}]}"#, "unknown key 'xa'"),
    ]

    @Test(arguments: invalid) func rejects(_ c: (String, String)) {
        do {
            _ = try MappingConfig.decode(Data(c.0.utf8), path: "map.json")
            Issue.record("accepted \(c.0)")
        } catch {
            #expect("\(error)".hasPrefix("map.json: "))
            #expect("\(error)".contains(c.1), "\(error)")
        }
    }

    @Test func overridesColumnsAndHeaderRows() throws {
        let source = ArrayRecordSource(lines: """
        Danh sách;;
        Tên người;Ngày;Giấy tờ
        Lò Văn Hùng;12/03/1980;011080123456
        Cà Thị Hoa;01/02/1985;011185123456
        """)
        let rule = MappingConfig.FileRule(pattern: "*", headerRows: [2], columns: ["A": "full_name", "Giấy tờ": "national_id"],
                                          listKind: .family, year: 2020, defaultUnit: .init(commune: "Quài Cang"))
        let (engine, items) = try LayoutTestSupport.run(source, rule: rule)
        #expect(LayoutTestSupport.kinds(items) == ["1 title", "2 header", "3 data", "4 data"])
        #expect(engine.mappings[0].columns.map(\.role.name) == ["full_name", "birth_date", "national_id"])
        #expect(engine.mappings[0].source == "header+config")
        #expect(engine.context.listKind == .family)
        #expect(engine.context.year == 2020)
        #expect(engine.context.commune == "Quài Cang")
    }
}
