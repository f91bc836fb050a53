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

    /// "Đức Thịnh" is the official name of 2025 commune 18277 (Hà Tĩnh) and the former (pre-2020)
    /// name of legacy commune 18274, Thanh Bình Thịnh: the official name wins unless the list
    /// predates 2025 and no legacy commune bears the name.
    struct OfficialOverFormerCase: Sendable, CustomTestStringConvertible {
        let text: String
        let epoch: UnitEpoch?
        let communeCode: String?
        let legacyCommuneCode: String?
        var testDescription: String { "\(text) [\(epoch?.rawValue ?? "no epoch")]" }
    }

    static let officialOverFormerCases: [OfficialOverFormerCase] = [
        .init(text: "DANH SÁCH CÔNG DÂN HỌC TẬP XÃ ĐỨC THỊNH, TỈNH HÀ TĨNH NĂM 2025", epoch: nil, communeCode: "18277", legacyCommuneCode: nil),
        .init(text: "UBND XÃ ĐỨC THỊNH", epoch: nil, communeCode: "18277", legacyCommuneCode: nil),
        .init(text: "UBND XÃ ĐỨC THỊNH", epoch: .current, communeCode: "18277", legacyCommuneCode: nil),
        .init(text: "Xã Đức Thịnh, tỉnh Hà Tĩnh", epoch: .current, communeCode: "18277", legacyCommuneCode: nil),
        // A list from before 2025-07 cannot name the 2025 commune: the former name is meant.
        .init(text: "UBND XÃ ĐỨC THỊNH, HUYỆN ĐỨC THỌ", epoch: .legacy, communeCode: nil, legacyCommuneCode: "18274"),
    ]

    @Test(arguments: officialOverFormerCases)
    func officialNameOverFormerName(_ c: OfficialOverFormerCase) throws {
        let match = try #require(registry.context(fromText: c.text, within: UnitContext(epoch: c.epoch)))
        #expect(match.level == .commune)
        #expect(match.context.communeCode == c.communeCode)
        #expect(match.context.legacyCommuneCode == c.legacyCommuneCode)
        #expect(match.context.provinceCode == "42")
        #expect(!match.isAmbiguous, "\(match.units.map(\.name))")
    }

    @Test func legacyOfficialNameOverFormerNameInALegacyList() throws {
        // Quài Cang is a legacy official name: a pre-2025 list means it, never a former name.
        let match = try #require(registry.context(fromText: "UBND XÃ QUÀI CANG", within: UnitContext(epoch: .legacy)))
        #expect(match.context.legacyCommuneCode == "03289")
    }

    @Test func contextAndResolverAgreeOnDucThinh() throws {
        let match = try #require(registry.context(fromText: "UBND XÃ ĐỨC THỊNH"))
        let resolver = UnitResolver(registry: registry)
        let direct = resolver.resolve(UnitQuery(address: "Xã Đức Thịnh, Hà Tĩnh"), context: .none)
        #expect(direct.status == .current)
        #expect(direct.communeCode == match.context.communeCode)
        let village = resolver.resolve(UnitQuery(village: "Thôn Trung Lễ"), context: match.context)
        #expect(village.communeCode == "18277")
    }
}
