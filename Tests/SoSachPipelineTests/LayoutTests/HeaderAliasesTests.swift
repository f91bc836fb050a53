import Testing
@testable import SoSachPipeline

@Suite struct HeaderAliasesTests {
    /// (header, fields, exact)
    static let cases: [(String, [String], Bool)] = [
        ("Họ và tên", ["full_name"], true),
        ("HỌ VÀ TÊN", ["full_name"], true),
        ("Ho va ten", ["full_name"], true),
        ("Họ, tên", ["full_name"], true),
        ("Năm", ["birth_year"], true),
        ("Nam", ["gender_male_flag"], true),
        ("NAM", ["gender_male_flag"], true),
        ("ĐT", ["phone"], true),
        ("DT", ["ethnicity"], true),
        ("Tên", ["full_name", "given_name"], true),
        ("Năm sinh", ["birth_date", "birth_year"], true),
        ("Thôn/Xóm/Ấp/Bản/Tổ dân phố", ["hamlet"], true),
        ("SỐ CCCD", ["id_number"], true),
        ("So dinh danh ca nhan", ["id_number"], false),
        ("Ngay thang nam sinh", ["birth_date"], false),
    ]

    @Test(arguments: cases) func header(_ c: (String, [String], Bool)) throws {
        let hit = try #require(LayoutTestSupport.aliases.header(c.0))
        #expect(hit.fields == c.1)
        #expect(hit.exact == c.2)
    }

    @Test func phrases() {
        let a = LayoutTestSupport.aliases
        #expect(a.phrase(startingLine: "Tổng cộng: 57 người", kinds: ["footer"])?.field == "footer_total")
        #expect(a.phrase(startingLine: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", kinds: ["preamble", "footer"])?.field == "preamble_national_motto")
        #expect(a.phrase(startingLine: "Người lập biểu", kinds: ["footer"])?.kind == "footer")
        #expect(a.phrase(startingLine: "Tổngcộng", kinds: ["footer"]) == nil)
    }
}
