import Testing
@testable import SoSachPipeline

@Suite struct ContextExtractorTests {
    static let extractor = ContextExtractor(aliases: LayoutTestSupport.aliases)

    struct Case: Sendable, CustomStringConvertible {
        var titles: [String]
        var file: String
        var village: String? = nil
        var commune: String? = nil
        var district: String? = nil
        var province: String? = nil
        var year: Int? = nil
        var kind: ListKind? = nil
        var description: String { file + " " + titles.joined(separator: " / ") }
    }

    static let cases: [Case] = [
        Case(titles: ["UBND HUYỆN TUẦN GIÁO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "UBND XÃ QUÀI CANG", "Độc lập - Tự do - Hạnh phúc",
                      "DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU \"CÔNG DÂN HỌC TẬP\" NĂM 2024"],
             file: "a.csv", commune: "QUÀI CANG", district: "TUẦN GIÁO", year: 2024, kind: .citizens),
        Case(titles: ["TỈNH ĐIỆN BIÊN"], file: "x.csv", province: "ĐIỆN BIÊN"),
        Case(titles: ["BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP"], file: "x.csv"),
        Case(titles: ["HỘI KHUYẾN HỌC XÃ PHÌNH SÁNG", "DANH SÁCH GIA ĐÌNH HỌC TẬP NĂM 2023"], file: "x.csv",
             commune: "PHÌNH SÁNG", year: 2023, kind: .family),
        Case(titles: ["THÔN NÀ SÁY - XÃ QUÀI CANG"], file: "x.csv", village: "THÔN NÀ SÁY", commune: "QUÀI CANG"),
        Case(titles: ["UBND THÀNH PHỐ ĐIỆN BIÊN PHỦ", "TỈNH ĐIỆN BIÊN"], file: "x.csv", district: "ĐIỆN BIÊN PHỦ", province: "ĐIỆN BIÊN"),
        Case(titles: ["UBND XA QUAI CANG"], file: "x.csv", commune: "QUAI CANG"),
        Case(titles: ["DANH SÁCH DÒNG HỌ HỌC TẬP"], file: "x.csv", kind: .clan),
        Case(titles: ["DANH SÁCH CÔNG DÂN HỌC TẬP THÔN 5", "Xã Ea Tu, tỉnh Đắk Lắk"], file: "x.csv",
             village: "THÔN 5", commune: "Ea Tu", province: "Đắk Lắk", kind: .citizens),
        Case(titles: [], file: "DS CDHT 2023 Quài Cang.csv", commune: "Quài Cang", year: 2023, kind: .citizens),
        Case(titles: [], file: "lists/DSCDHT_2024_PhuongDongTam.csv", commune: "Dong Tam", year: 2024, kind: .citizens),
        // CamelCase parts glued to the type word are one name, even words that are noise alone.
        Case(titles: [], file: "DS_2020_XaTanDan.txt", commune: "Tan Dan", year: 2020),
        Case(titles: [], file: "DS_2021_ThiTranHocTap.csv", commune: "Hoc Tap", year: 2021),
        Case(titles: [], file: "TTDanChu_2022.csv", commune: "Dan Chu", year: 2022),
        Case(titles: [], file: "XTanDan.csv", commune: "Tan Dan"),
        Case(titles: [], file: "P.Tan An.csv", commune: "Tan An"),
        Case(titles: [], file: "x_Tan_An.csv"),
        Case(titles: [], file: "DSCDHT_2024_PCongHoa.csv", commune: "Cong Hoa", year: 2024, kind: .citizens),
        Case(titles: [], file: "Xa_Tan_Dan.csv", commune: "Tan"),
        Case(titles: [], file: "XaTanDan_final.csv", commune: "Tan Dan"),
        Case(titles: [], file: "DS CĐHT 2022 xã Mường Mùn.csv", commune: "Mường Mùn", year: 2022, kind: .community),
        Case(titles: ["UBND XÃ NÀ TẤU"], file: "DS CDHT 2023 Quài Cang.csv", commune: "NÀ TẤU", year: 2023, kind: .citizens),
    ]

    @Test(arguments: cases) func extracts(_ c: Case) {
        let context = Self.extractor.extract(titles: c.titles.enumerated().map { ($0.offset + 1, $0.element) }, displayPath: c.file)
        #expect(context.village.map { Array($0.utf8) } == c.village.map { Array($0.utf8) }, "\(context.evidence)")
        #expect(context.commune.map { Array($0.utf8) } == c.commune.map { Array($0.utf8) }, "\(context.evidence)")
        #expect(context.district.map { Array($0.utf8) } == c.district.map { Array($0.utf8) }, "\(context.evidence)")
        #expect(context.province.map { Array($0.utf8) } == c.province.map { Array($0.utf8) }, "\(context.evidence)")
        #expect(context.year == c.year)
        #expect(context.listKind == c.kind)
    }

    @Test func placeAndDateLine() {
        let text = LayoutTestSupport.text
        #expect(ContextExtractor.isPlaceAndDateLine("Quài Cang, ngày 15 tháng 11 năm 2024", text: text))
        #expect(ContextExtractor.isPlaceAndDateLine(", ngày ... tháng ... năm 2023", text: text))
        #expect(!ContextExtractor.isPlaceAndDateLine("Lò Văn Ngày", text: text))
    }

    static let headings: [(String, String?)] = [
        ("II. BẢN MÓN", "BẢN MÓN"), ("Thôn 3:", "Thôn 3"), ("2) Tổ dân phố 5", "Tổ dân phố 5"),
        ("I. CÁN BỘ CÔNG CHỨC", nil), ("Bổ sung", nil),
    ]

    @Test(arguments: headings) func hamletHeading(_ c: (String, String?)) {
        #expect(ContextExtractor.hamletHeading(c.0).map { Array($0.utf8) } == c.1.map { Array($0.utf8) })
    }
}
