import Foundation
import Testing
@testable import SoSachUnits

/// The registry: counts of every table, the chains, the special areas; load time.
@Suite struct UnitRegistryTests {
    let registry = UnitTestSupport.registry

    @Test func countsOfEveryEpoch() {
        #expect(registry.units(.current, .province).count == 34)
        #expect(registry.units(.current, .commune).count == 3_321)
        #expect(registry.units(.legacy, .province).count == 63)
        #expect(registry.units(.legacy, .district).count == 696)
        #expect(registry.units(.legacy, .commune).count == 10_035)
        #expect(registry.specialAreas.count == 6)
        #expect(registry.formerNames.count == 2_361)
    }

    @Test func everyLegacyCommuneHasExactlyOneDefault() {
        for commune in registry.units(.legacy, .commune) {
            let pairs = registry.successors(ofLegacyCommune: commune.code)
            #expect(pairs.filter(\.isDefault).count == 1, "\(commune.code)")
            #expect(pairs.first?.isDefault == true)
            #expect(pairs.allSatisfy { registry.unit(.current, .commune, code: $0.newCommuneCode) != nil })
        }
    }

    @Test func codesAreReadWithTheirEpoch() {
        #expect(registry.unit(.current, .province, code: "24")?.name == "Tỉnh Bắc Ninh")
        #expect(registry.unit(.legacy, .province, code: "24")?.name == "Tỉnh Bắc Giang")
        #expect(registry.province2025(ofLegacyProvince: "02")?.name == "Tỉnh Tuyên Quang")
        #expect(registry.unit(.legacy, .district, code: "769")?.name == "Thành phố Thủ Đức")
        #expect(registry.unit(.legacy, .commune, code: "28303") == nil)  // Gò Công's old Phường 1
    }

    @Test func formerNamesChainToTheirSuccessor() {
        let former = registry.formerNames(of: .commune, legacyCode: "10585")
        #expect(former.contains { $0.oldName == "Xã Kênh Giang" && $0.effectiveDate == "2019-01-10" })
        #expect(registry.specialArea(ofLegacyDistrict: "755")?.newCommuneCode == "26732")
    }

    /// Loading is measured here only to be printed (debug build); the figure to quote is the
    /// release benchmark's (`sosach-bench units`).
    @Test func loadsInOneGo() throws {
        let start = DispatchTime.now()
        let fresh = try UnitRegistry.load()
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
        print(String(format: "UnitRegistry.load() in a debug build: %.0f ms", ms))
        #expect(fresh.units(.current, .commune).count == 3_321)
    }
}
