import Testing
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
