import Testing
import SoSachUnits
@testable import SoSachPipeline

@Suite struct LayoutEngineTests {
    @Test func officialLayout() throws {
        let source = ArrayRecordSource(lines: """
        UBND XÃ QUÀI CANG;;;
        DANH SÁCH CÔNG DÂN HỌC TẬP NĂM 2024;;;
        ;;;
        STT;Họ và tên;Năm sinh;Thôn
        1;2;3;4
        1;Lò Văn Hùng;1980;Bản Cang
        2;Quàng Thị Hoa;1985;Bản Món
        ;Tổng cộng: 2 người;;
        Người lập biểu;;;Chủ tịch
        Lò Văn Minh;;;Cà Văn Tú
        3;Lò Văn Sơn;1990;Bản Cang
        """)
        let (engine, items) = try LayoutTestSupport.run(source)
        #expect(LayoutTestSupport.kinds(items) == [
            "1 title", "2 title", "3 blank", "4 header", "5 column_numbers", "6 data", "7 data", "8 total",
            "9 footer", "10 footer", "11 data",
        ])
        #expect(engine.context.commune == "QUÀI CANG")
        #expect(engine.context.year == 2024)
        #expect(engine.context.listKind == .citizens)
        #expect(engine.mappings[0].columns.map(\.role.name) == ["row_number", "full_name", "birth_date", "village"])
    }

    @Test func twoColumnGender() throws {
        let source = ArrayRecordSource(lines: """
        STT;Họ và tên;Năm sinh;;Bản
        ;;Nam;Nữ;
        1;Lò Văn Hùng;1980;;Bản Cang
        2;Quàng Thị Hoa;;1985;Bản Món
        """)
        let (engine, items) = try LayoutTestSupport.run(source)
        #expect(LayoutTestSupport.kinds(items) == ["1 header", "2 header", "3 data", "4 data"])
        #expect(engine.mappings[0].columns.map(\.role.name) == ["row_number", "full_name", "birth_date_male", "birth_date_female", "village"])
        guard case .data(let row) = items[3] else { Issue.record("not data"); return }
        #expect(Array(row[.gender].utf8) == Array("Nữ".utf8))
        #expect(row[.birthDate] == "1985")
    }
}

/// A generated list of `count` data rows under a title and a header, made on the fly.
final class GeneratedSource: LayoutRecordSource {
    let count: Int
    private var line = 0
    var physicalLineCount: Int? { count + 3 }
    init(count: Int) { self.count = count }

    func nextRecord() throws -> LayoutRecord? {
        line += 1
        switch line {
        case 1: return LayoutRecord(line: 1, cells: ["DANH SÁCH CÔNG DÂN HỌC TẬP", "", "", ""])
        case 2: return LayoutRecord(line: 2, cells: ["STT", "Họ và tên", "Năm sinh", "Thôn"])
        case 3: return LayoutRecord(line: 3, cells: ["1", "2", "3", "4"])
        case 4...(count + 3): return LayoutRecord(line: line, cells: ["\(line - 3)", "Lò Văn Hùng", "1980", "Bản Cang"])
        default: return nil
        }
    }
}

extension LayoutEngineTests {
    @Test func memoryStaysBounded() throws {
        let engine = try LayoutEngine(source: GeneratedSource(count: 50_000), aliases: LayoutTestSupport.aliases,
                                      rule: nil, displayPath: "big.csv", prefixLimit: 200)
        var data = 0
        var lines = 0
        while let item = try engine.next() {
            lines += item.lineCount
            if case .data = item { data += 1 }
        }
        #expect(data == 50_000)
        #expect(lines == 50_003)
        #expect(engine.peakBuffered <= 200)
    }

    /// (lines, expected kinds): the per-row rules, one case per layout trait.
    static let layouts: [(String, [String])] = [
        // A header-less file: the columns are mapped by content.
        ("Lò Văn Hùng;12/03/1980;011080123456\nCà Thị Hoa;01/02/1985;011185123456\nQuàng Văn Tú;05/06/1990;011090123456",
         ["1 data", "2 data", "3 data"]),
        // Title rows above a header-less table, a signature below.
        ("DANH SÁCH CÔNG DÂN;;\n;;\nLò Văn Hùng;12/03/1980;011080123456\nCà Thị Hoa;01/02/1985;011185123456\n;;\nNgười lập biểu;;",
         ["1 title", "2 blank", "3 data", "4 data", "5 blank", "6 footer"]),
        // Two lists pasted: the second header re-maps the columns.
        ("STT;Họ và tên;Năm sinh\n1;Lò Văn Hùng;1980\n;;\nDANH SÁCH THÔN 2;;\nSTT;Năm sinh;Họ và tên\n1;1985;Cà Thị Hoa",
         ["1 header", "2 data", "3 blank", "4 title", "5 header", "6 data"]),
        // Template rows holding only an STT, a total.
        ("STT;Họ và tên;Năm sinh\n1;Lò Văn Hùng;1980\n2;;\n3;;\nTổng;1;",
         ["1 header", "2 data", "3 blank", "4 blank", "5 total"]),
        // A first data row of a name and a gender word is not a sub-header.
        ("Họ và tên;Giới tính\nNguyễn Văn Hùng;Nam\nTrần Thị Hoa;Nữ", ["1 header", "2 data", "3 data"]),
        // Section headings between groups of rows.
        ("STT;Họ và tên;Năm sinh\nI. BẢN CANG;;\n1;Lò Văn Hùng;1980\nII. BẢN MÓN;;\n2;Cà Thị Hoa;1985",
         ["1 header", "2 title", "3 data", "4 title", "5 data"]),
        // A row with more cells than the table: rejected.
        ("STT;Họ và tên;Năm sinh\n1;Lò Văn Hùng;1980\n2;Cà, Thị Hoa;1985;x\n3;Quàng Văn Tú;1990",
         ["1 header", "2 data", "3 data reject", "4 data"]),
    ]

    @Test(arguments: layouts) func layout(_ c: (String, [String])) throws {
        let (_, items) = try LayoutTestSupport.run(ArrayRecordSource(lines: c.0))
        #expect(LayoutTestSupport.kinds(items) == c.1)
    }

    @Test func secondHeaderRemapsColumns() throws {
        let (engine, items) = try LayoutTestSupport.run(ArrayRecordSource(lines:
            "STT;Họ và tên;Năm sinh\n1;Lò Văn Hùng;1980\nSTT;Năm sinh;Họ và tên\n1;1985;Cà Thị Hoa"))
        #expect(engine.mappings.count == 2)
        guard case .data(let row) = items[3] else { Issue.record("not data"); return }
        #expect(row[.fullName] == "Cà Thị Hoa")
        #expect(row[.birthDate] == "1985")
        #expect(row.section == 1)
    }
}

extension LayoutEngineTests {
    @Test func wideHeaderWithManyLocalColumns() throws {
        let (engine, items) = try LayoutTestSupport.run(ArrayRecordSource(lines: """
        STT;Họ và tên;Năm sinh;Con em học giỏi;Tham gia sinh hoạt;Đóng góp quỹ;Sách báo;Tủ sách gia đình
        1;Lò Văn Hùng;1980;x;x;;x;
        2;Nguyễn Thị Hoa;1985;;x;x;;x
        """))
        #expect(LayoutTestSupport.kinds(items) == ["1 header", "2 data", "3 data"])
        #expect(engine.mappings[0].extraColumnNames.first == "x_con_em_hoc_gioi")
    }
}

extension LayoutEngineTests {
    @Test func tableAfterThePrefixAddsExtraColumns() throws {
        var lines = ["STT;Họ và tên;Năm sinh;Ghi chú"]
        for i in 1...30 { lines.append("\(i);Nguyễn Văn Hùng;1980;") }
        lines.append("STT;Họ và tên;Năm sinh;Dân tộc")
        lines.append("1;Trần Thị Hoa;1985;Kinh")
        let engine = try LayoutEngine(source: ArrayRecordSource(lines: lines.joined(separator: "\n")),
                                      aliases: LayoutTestSupport.aliases, rule: nil, displayPath: "t.csv", prefixLimit: 10)
        #expect(engine.extraColumnNames == ["x_ghi_chu"])
        var last: DataRow?
        while let item = try engine.next() { if case .data(let row) = item { last = row } }
        #expect(engine.extraColumnNames == ["x_ghi_chu", "x_dan_toc"])
        #expect(engine.mappings.count == 2)
        #expect(last?.extras == ["", "Kinh"])
        #expect(last?.section == 1)
    }
}

extension LayoutEngineTests {
    @Test func fieldIndexesFollowAllCases() {
        #expect(CanonicalField.allCases.map(\.index) == Array(0..<CanonicalField.allCases.count))
    }

    /// "Đức Thịnh" is the official name of 2025 commune 18277 and the former (pre-2020) name of
    /// legacy commune 18274 (Thanh Bình Thịnh): the list year decides which the title means.
    static let ducThinhTitles: [(titles: String, communeCode: String?, legacyCommuneCode: String?)] = [
        ("DANH SÁCH CÔNG DÂN HỌC TẬP XÃ ĐỨC THỊNH, TỈNH HÀ TĨNH NĂM 2025", "18277", nil),
        ("UBND XÃ ĐỨC THỊNH;;;\nDANH SÁCH CÔNG DÂN HỌC TẬP NĂM 2025", "18277", nil),
        ("UBND XÃ ĐỨC THỊNH, HUYỆN ĐỨC THỌ;;;\nDANH SÁCH CÔNG DÂN HỌC TẬP NĂM 2018", nil, "18274"),
    ]

    @Test(arguments: ducThinhTitles)
    func titleUnitFollowsTheListYear(titles: String, communeCode: String?, legacyCommuneCode: String?) throws {
        let source = ArrayRecordSource(lines: titles + """

        STT;Họ và tên;Năm sinh;Thôn
        1;Lê Minh Phương;1985;Thôn Thủy Hội
        """)
        let engine = try LayoutEngine(source: source, aliases: LayoutTestSupport.aliases, rule: nil, displayPath: "test.csv",
                                      unitRegistry: try UnitRegistry.shared())
        while try engine.next() != nil {}
        let unit = try #require(engine.context.unit)
        #expect(unit.communeCode == communeCode)
        #expect(unit.legacyCommuneCode == legacyCommuneCode)
        #expect(unit.provinceCode == "42")
        #expect(!engine.context.evidence.contains { $0.contains("ambiguous") }, "\(engine.context.evidence)")
    }
}
