import Testing
@testable import SoSachUnits

/// Context from title rows and file names, for the layout.
@Suite struct UnitContextTests {
    let registry = UnitTestSupport.registry

    @Test func communeTitleRow() throws {
        let match = try #require(registry.context(fromText: "UBND XÃ QUÀI CANG"))
        #expect(match.level == .commune)
        #expect(match.context.legacyCommuneCode == "03289")
        #expect(match.context.legacyDistrictCode == "099")
        #expect(match.context.provinceCode == "11")
    }

    @Test func districtTitleRow() throws {
        let match = try #require(registry.context(fromText: "ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO"))
        #expect(match.level == .district)
        #expect(match.context.legacyDistrictCode == "099")
        #expect(match.context.legacyProvinceCode == "11")
    }

    @Test func fileNameInCamelCase() throws {
        let match = try #require(registry.context(fromText: "DSCDHT_2024_PhuongDongTam"))
        #expect(match.level == .commune)
        #expect(match.isAmbiguous)  // Đồng Tâm is a ward or commune in many provinces
    }

    @Test func fileNameWithSpaces() throws {
        let match = try #require(registry.context(fromText: "DS CDHT 2023 Quài Cang"))
        #expect(match.context.legacyCommuneCode == "03289")
    }

    @Test func twoMentionsNarrowEachOther() throws {
        let match = try #require(registry.context(fromText: "Hội Khuyến học phường Đồng Tâm, quận Hai Bà Trưng"))
        #expect(match.context.legacyCommuneCode == "00280")
        #expect(!match.isAmbiguous)
    }

    @Test func earlierRowNarrowsALaterOne() throws {
        let district = try #require(registry.context(fromText: "UBND HUYỆN HOẰNG HÓA"))
        let match = try #require(registry.context(fromText: "Xã Hoang Quy", within: district.context))
        #expect(match.isAmbiguous)  // Hoằng Quỳ or Hoằng Quý: folding never decides
        let exact = try #require(registry.context(fromText: "Xã Hoằng Quỳ", within: district.context))
        #expect(exact.context.legacyCommuneCode == "15886")
    }

    @Test(arguments: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "DANH SÁCH CÔNG DÂN HỌC TẬP", "STT"])
    func rowsThatNameNoUnit(_ text: String) {
        #expect(registry.context(fromText: text) == nil)
    }

    @Test func contextDecidesARow() throws {
        let match = try #require(registry.context(fromText: "UBND THỊ XÃ BỈM SƠN"))
        let resolver = UnitResolver(registry: registry)
        let result = resolver.resolve(UnitQuery(commune: "Phú Sơn"), context: match.context)
        #expect(result.communeCode == "14818")
        #expect(result.flags.contains(UnitFlag.byContext))
    }
}
