import Testing
import SoSachText
@testable import SoSachFields

/// Every row of `id_phone_vectors.tsv`, plus the flags of each repair.
@Suite struct NationalIDAndPhoneTests {
    static let rows = FieldsFixture.rows("id_phone_vectors.tsv")

    @Test func fixtureHasAllRows() { #expect(Self.rows.count == 36) }

    @Test(arguments: rows)
    func vector(row: [String: String]) {
        let raw = row["raw"]!, expected = row["expected"]!, status = row["status"]!
        if row["field"] == "cccd_cmnd" {
            let gender: Gender? = row["row_gender_or_data_year"] == "male" ? .male : (row["row_gender_or_data_year"] == "female" ? .female : nil)
            let result = NationalIDCleaner().clean(raw, birthYear: Int(row["row_birth_year"]!), gender: gender)
            #expect(Array((result.value?.digits ?? "").utf8) == Array(expected.utf8), "\(raw): \(result.flags)")
            if status.hasPrefix("conflict") { #expect(result.flags.contains("id.cccd_mismatch")) }
            if status.hasPrefix("repaired") { #expect(result.flags.contains("id.leading_zero")) }
            if status.hasPrefix("lost") { #expect(result.flags == ["id.lossy"]) }
            if status.hasPrefix("warn") { #expect(result.flags.contains("id.province_unknown")) }
            if status.hasPrefix("ok") { #expect(!result.flags.contains("id.cccd_mismatch") && !result.flags.contains("id.leading_zero")) }
        } else {
            let cleaner = PhoneCleaner(dataYear: Int(row["row_gender_or_data_year"]!))
            let result = cleaner.clean(raw)
            #expect(Array((result.value?.digits ?? "").utf8) == Array(expected.utf8), "\(raw): \(result.flags)")
            if status.hasPrefix("converted: 11-digit") { #expect(result.flags.contains("phone.migrated")) }
            if status.hasPrefix("converted: pre-2017") { #expect(result.flags.contains("phone.landline_migrated")) }
            if status.hasPrefix("lost") { #expect(result.flags == ["phone.lossy"]) }
        }
    }

    @Test func cccdFields() {
        let id = NationalIDCleaner().clean("038303004567").value
        #expect(id?.kind == .cccd && id?.provinceCode == "038" && id?.birthYear == 2003 && id?.gender == .female)
        #expect(NationalIDCleaner().clean("012345678").value?.kind == .cmnd)
        #expect(NationalIDCleaner().clean("12345").flags == ["id.invalid"])
        #expect(NationalIDCleaner().clean("abc").flags == ["id.invalid"])
        #expect(NationalIDCleaner().clean("9085012345").flags == ["id.invalid"])   // 009… is no province
        #expect(NationalIDCleaner().clean("").value == nil && NationalIDCleaner().clean("").flags.isEmpty)
    }

    @Test func phoneForms() {
        let cleaner = PhoneCleaner()
        #expect(cleaner.clean("0912 345 678 / 0987 654 321").value?.digits == "0912345678")
        #expect(cleaner.clean("0912 345 678 / 0987 654 321").flags == ["phone.multiple"])
        #expect(cleaner.clean("12345").flags == ["phone.invalid"])
        #expect(cleaner.clean("02438123456").value?.kind == .landline)
        #expect(cleaner.clean("0838123456").value?.digits == "0838123456")   // 2018+: a VinaPhone mobile
        #expect(cleaner.clean("912345678").flags == ["phone.leading_zero"])
        #expect(cleaner.clean("+84 912 345 678").flags.isEmpty)
    }
}
