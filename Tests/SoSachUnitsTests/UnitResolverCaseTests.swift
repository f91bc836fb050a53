import Foundation
import Testing
@testable import SoSachUnits

/// Hand-written cases from real-looking addresses, including the traps of the reference data.
/// Expected codes were read from Mappings/units (legacy_to_2025.csv, changes_pre2025.csv).
@Suite struct UnitResolverCaseTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var label: String
        var query: UnitQuery
        var context: UnitContext = .none
        var status: UnitStatus
        /// Expected 2025 commune (nil: none written).
        var commune: String?
        var province: String?
        var legacy: String?
        /// Flags that must be present.
        var flags: [String] = []
        /// Flags that must be absent.
        var notFlags: [String] = []
        /// Commune codes that must be among the candidates.
        var candidates: [String] = []
        var testDescription: String { label }
    }

    static let hcm = UnitContext(provinceCode: "79")

    static let cases: [Case] = [
        // Full addresses with type words, in both epochs.
        Case(label: "full address, issue example", query: UnitQuery("Bản Co Sản, xã Quài Cang, huyện Tuần Giáo, tỉnh Điện Biên"),
             status: .converted, commune: "03253", province: "11", legacy: "03289"),
        Case(label: "abbreviated Hà Nội address of a divided ward", query: UnitQuery("Tổ 5, P. Đồng Tâm, Q. Hai Bà Trưng, HN"),
             status: .divided, commune: "00292", province: "01", legacy: "00280",
             flags: ["unit.divided", "unit.province_nickname"], candidates: ["00292", "00322"]),
        Case(label: "no commas, no diacritics", query: UnitQuery("phuong dong tam quan hai ba trung ha noi"),
             status: .divided, commune: "00292", province: "01", legacy: "00280"),
        Case(label: "no separators at all", query: UnitQuery("Quai Cang Tuan Giao Dien Bien"),
             status: .converted, commune: "03253", legacy: "03289"),
        Case(label: "upper case without diacritics", query: UnitQuery("XA QUAI CANG, HUYEN TUAN GIAO, TINH DIEN BIEN"),
             status: .converted, commune: "03253", legacy: "03289"),
        Case(label: "order reversed", query: UnitQuery("Tỉnh Điện Biên - Huyện Tuần Giáo - Xã Quài Cang"),
             status: .converted, commune: "03253", legacy: "03289"),
        Case(label: "separate columns", query: UnitQuery(village: "Bản Co Sản", commune: "Quài Cang", district: "Tuần Giáo", province: "Điện Biên"),
             status: .converted, commune: "03253", legacy: "03289"),
        Case(label: "T.T abbreviation of a district town", query: UnitQuery("T.T Tuần Giáo, H. Tuần Giáo, T. Điện Biên"),
             status: .converted, commune: "03253", legacy: "03253"),
        // Numbered wards.
        Case(label: "P5 Q3 TP.HCM", query: UnitQuery("P5, Q3, TP.HCM"),
             status: .converted, commune: "27154", province: "79", legacy: "27151", flags: ["unit.province_nickname"]),
        Case(label: "phường 05 without commas", query: UnitQuery("phường 05 quận 3 tp hcm"),
             status: .converted, commune: "27154", legacy: "27151"),
        Case(label: "F.5 abbreviation", query: UnitQuery("F.5, Q.3, TPHCM"), status: .converted, commune: "27154", legacy: "27151"),
        Case(label: "Roman numeral and Sài Gòn", query: UnitQuery("Phường IV, Quận 3, Sài Gòn"),
             status: .divided, commune: "27154", legacy: "27148", flags: ["unit.divided", "unit.province_nickname"]),
        Case(label: "Phường 1 in many districts, no context", query: UnitQuery("Phường 1"),
             status: .ambiguous, candidates: ["27190", "27154", "26890", "19333"]),
        Case(label: "Phường 1 in HCM without district", query: UnitQuery("Phường 1, TP Hồ Chí Minh"),
             status: .ambiguous, province: "79", candidates: ["27190", "27154", "26890"]),
        Case(label: "Phường 1 decided by the district", query: UnitQuery("P.1, Q.10, TP.HCM"),
             status: .converted, commune: "27190", legacy: "27184"),
        Case(label: "Phường 1 decided by the file's district", query: UnitQuery(commune: "Phường 1"),
             context: UnitContext(legacyProvinceCode: "79", legacyDistrictCode: "771"),
             status: .converted, commune: "27190", legacy: "27184", flags: ["unit.by_context"]),
        Case(label: "code reuse: Gò Công Phường 1 is 28300, not 28303", query: UnitQuery("Phường 1, TP Gò Công, Tiền Giang"),
             status: .converted, commune: "28306", legacy: "28300"),
        // Same names inside one (merged) province.
        Case(label: "TT Châu Thành in Bến Tre", query: UnitQuery("TT Châu Thành, H. Châu Thành, Bến Tre"),
             status: .converted, commune: "28810", legacy: "28810"),
        Case(label: "TT Châu Thành in Trà Vinh", query: UnitQuery("TT Châu Thành, H. Châu Thành, Trà Vinh"),
             status: .converted, commune: "29374", legacy: "29374"),
        Case(label: "TT Châu Thành under the 2025 Vĩnh Long is ambiguous", query: UnitQuery("TT Châu Thành, H. Châu Thành, Vĩnh Long"),
             status: .ambiguous, province: "86", candidates: ["28810", "29374"]),
        Case(label: "same ward name in two districts of one province", query: UnitQuery("Phường Phú Sơn, Thanh Hóa"),
             status: .ambiguous, province: "38", candidates: ["14797", "14818"]),
        Case(label: "same ward name decided by the district", query: UnitQuery("Phường Phú Sơn, TX Bỉm Sơn, Thanh Hóa"),
             status: .converted, commune: "14818", legacy: "14823"),
        Case(label: "same ward name decided by the file context", query: UnitQuery(commune: "P. Phú Sơn"),
             context: UnitContext(legacyDistrictCode: "380"), status: .converted, commune: "14797", legacy: "14770",
             flags: ["unit.by_context"]),
        // Accents: folding suggests, never decides.
        Case(label: "Hoằng Quỳ with diacritics", query: UnitQuery("Xã Hoằng Quỳ, H. Hoằng Hóa, Thanh Hóa"),
             status: .converted, commune: "15880", legacy: "15886"),
        Case(label: "Hoằng Quý with new tone placement of the province", query: UnitQuery("Xã Hoằng Quý, Hoằng Hoá, Thanh Hoá"),
             status: .converted, commune: "15889", legacy: "15916"),
        Case(label: "Hoang Quy without diacritics is ambiguous", query: UnitQuery("Xa Hoang Quy, Hoang Hoa, Thanh Hoa"),
             status: .ambiguous, candidates: ["15880", "15889"]),
        Case(label: "old tone placement of a 2025 name", query: UnitQuery("Xã Thuận Hoà, Tuyên Quang"),
             status: .current, commune: "00922", province: "08"),
        Case(label: "decomposed (NFD) input", query: UnitQuery("Xã Quài Cang, Điện Biên".decomposedStringWithCanonicalMapping),
             status: .converted, commune: "03253", legacy: "03289"),
        Case(label: "one typo, unique in the province", query: UnitQuery("Xã Quài Canq, Điện Biên"),
             status: .converted, commune: "03253", legacy: "03289", flags: ["unit.typo"]),
        // Changes between 2018 and 2025.
        Case(label: "commune merged in 2019 (pre-2019 list)", query: UnitQuery("Xã Kênh Giang, TX Chí Linh, Hải Dương"),
             status: .divided, commune: "10573", legacy: "10585", flags: ["unit.pre2019", "unit.divided"]),
        Case(label: "commune renamed in 2020 (Cam An → Thanh An)", query: UnitQuery("Xã Cam An, Huyện Cam Lộ, Quảng Trị"),
             status: .converted, commune: "19603", province: "44", legacy: "19603", flags: ["unit.pre2019"]),
        Case(label: "district-level town that became a city (TX Long Khánh)", query: UnitQuery("Xã Xuân Lập, Thị xã Long Khánh, Đồng Nai"),
             status: .converted, commune: "26104", legacy: "26101", flags: ["unit.pre2019"]),
        Case(label: "the same commune after it became a ward of the city", query: UnitQuery("P. Xuân Lập, TP Long Khánh, Đồng Nai"),
             status: .converted, commune: "26104", legacy: "26101", notFlags: ["unit.pre2019"]),
        Case(label: "district town that became a ward (Phú Quốc 2021)", query: UnitQuery("TT Dương Đông, H. Phú Quốc, Kiên Giang"),
             status: .converted, commune: "31078", province: "91", legacy: "31078", flags: ["unit.pre2019"]),
        Case(label: "Quận 2 became TP Thủ Đức in 2021", query: UnitQuery("Phường Thảo Điền, Quận 2, TP.HCM"),
             status: .converted, commune: "27094", legacy: "27088"),
        Case(label: "Quận 9 merged into TP Thủ Đức", query: UnitQuery("P. Long Bình, Q.9, TP HCM"),
             status: .converted, commune: "26833", legacy: "26830"),
        Case(label: "Huế under its old province name", query: UnitQuery("Phường Phú Hội, TP Huế, Thừa Thiên Huế"),
             status: .converted, commune: "19789", province: "46", legacy: "19786", flags: ["unit.province_nickname"]),
        // Already in 2025 units.
        Case(label: "2025 commune with 2025 province", query: UnitQuery("Xã Tuần Giáo, Tỉnh Điện Biên"),
             status: .current, commune: "03253", province: "11"),
        Case(label: "2025 ward of Hà Nội", query: UnitQuery("Phường Ba Đình, Thành phố Hà Nội"),
             status: .current, commune: "00004", province: "01"),
        Case(label: "2025 đặc khu", query: UnitQuery("Đặc khu Phú Quốc, An Giang"), status: .current, commune: "31078", province: "91"),
        Case(label: "2025 name variant Phó Bảng", query: UnitQuery("Xã Phó Bảng, Tuyên Quang"), status: .current, commune: "00745"),
        Case(label: "hyphenated 2025 name", query: UnitQuery("Phường Văn Miếu - Quốc Tử Giám, Hà Nội"),
             context: UnitContext(epoch: .current), status: .current, commune: "00226"),
        // Hải Hòa keeps its name in 2025, but its people went to Hải Lạng.
        Case(label: "Hải Hòa, epoch unknown", query: UnitQuery("Xã Hải Hòa, Quảng Ninh"),
             status: .ambiguous, candidates: ["06799", "06886"]),
        Case(label: "Hải Hòa in a 2024 list", query: UnitQuery("Xã Hải Hòa, Quảng Ninh"), context: UnitContext(epoch: .legacy),
             status: .divided, commune: "06886", legacy: "06799", flags: ["unit.divided"], candidates: ["06799", "06886"]),
        Case(label: "Hải Hòa in a 2025 list", query: UnitQuery("Xã Hải Hòa, Quảng Ninh"), context: UnitContext(epoch: .current),
             status: .current, commune: "06799"),
        // Special areas, provinces, nothing.
        Case(label: "island district without communes", query: UnitQuery("Huyện Côn Đảo, Bà Rịa - Vũng Tàu"),
             status: .converted, commune: "26732", province: "79", flags: ["unit.special_area"]),
        Case(label: "province only", query: UnitQuery("Tỉnh Điện Biên"), status: .unresolved, province: "11", flags: ["unit.province_only"]),
        Case(label: "merged province only", query: UnitQuery("Hà Giang"), status: .unresolved, province: "08", flags: ["unit.province_only"]),
        Case(label: "default commune of the file", query: UnitQuery(village: "Bản Co Sản"),
             context: UnitContext(legacyCommuneCode: "03289", epoch: .legacy), status: .converted, commune: "03253", legacy: "03289",
             flags: ["unit.from_context"]),
        Case(label: "nothing", query: UnitQuery(""), status: .unresolved),
        Case(label: "not a unit", query: UnitQuery("không rõ địa chỉ"), status: .unresolved),
        Case(label: "commune not in the province written", query: UnitQuery("Xã Quài Cang, Tỉnh Cà Mau"),
             status: .unresolved, province: "96", flags: ["unit.province_mismatch"], candidates: ["03253"]),
        Case(label: "apostrophe forms", query: UnitQuery("Xã Ea H’Leo, Huyện Ea H' Leo, Đắk Lắk"),
             status: .converted, commune: "24184", legacy: "24184"),
        Case(label: "one run of ASCII words, village first", query: UnitQuery("thon 5 xa ea tul huyen cu mgar dak lak"),
             status: .converted, commune: "24277", province: "66", legacy: "24277", notFlags: ["unit.province_nickname"]),
        Case(label: "house number and street before the ward", query: UnitQuery("Số 12 Lê Lợi, Phường Bến Nghé, Quận 1, TP.HCM"),
             status: .converted, commune: "26740", legacy: "26740"),
        Case(label: "Long An commune now in Tây Ninh", query: UnitQuery("ấp 3, xã Tân Phú, huyện Đức Hòa, tỉnh Long An"),
             status: .converted, commune: "27952", province: "80", legacy: "27961"),
        Case(label: "a village named like a commune stays a village", query: UnitQuery("Thôn Tân Lập, Điện Biên"),
             status: .unresolved, province: "11"),
        Case(label: "short name that starts like a type word", query: UnitQuery("Quan Hoa, Cau Giay, Ha Noi"),
             status: .divided, commune: "00160", legacy: "00169", candidates: ["00160", "00166"]),
    ]

    @Test(arguments: cases)
    func resolves(_ example: Case) {
        let resolver = UnitResolver(registry: UnitTestSupport.registry)
        let result = resolver.resolve(example.query, context: example.context)
        #expect(result.status == example.status, "flags \(result.flags) candidates \(result.candidates.map(\.communeCode))")
        if let commune = example.commune { #expect(result.communeCode == commune) }
        if example.status == .ambiguous || example.status == .unresolved { #expect(result.communeCode == nil) }
        if let province = example.province { #expect(result.provinceCode == province) }
        if let legacy = example.legacy { #expect(result.legacyCommuneCode == legacy) }
        if example.status == .current { #expect(result.legacyCommuneCode == nil) }
        for flag in example.flags { #expect(result.flags.map(\.code).contains(flag), "flags \(result.flags)") }
        for flag in example.notFlags { #expect(!result.flags.map(\.code).contains(flag), "flags \(result.flags)") }
        let candidateCodes = Set(result.candidates.map(\.communeCode))
        for code in example.candidates { #expect(candidateCodes.contains(code), "candidates \(candidateCodes.sorted())") }
        if example.status == .divided { #expect(result.candidates.filter(\.isDefault).map(\.communeCode) == [example.commune]) }
    }

    @Test func cacheAnswersRepeatedQueries() {
        let resolver = UnitResolver(registry: UnitTestSupport.registry)
        let first = resolver.resolve("Xã Quài Cang, Điện Biên")
        let second = resolver.resolve("Xã Quài Cang, Điện Biên")
        #expect(first == second)
        #expect(resolver.cacheHits == 1 && resolver.cacheMisses == 1)
        // The cache compares bytes: NFD input is a different key but the same answer.
        let decomposed = resolver.resolve("Xã Quài Cang, Điện Biên".decomposedStringWithCanonicalMapping)
        #expect(resolver.cacheMisses == 2)
        #expect(decomposed.communeCode == first.communeCode)
    }
}
