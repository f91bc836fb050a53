import Testing
@testable import SoSachText

/// Every row of `unicode_forms.tsv`: the NFC, NFD, "tổ hợp" and mis-ordered forms of the 134
/// letters all become the NFC letter, compared as UTF-8 bytes.
@Suite struct UnicodeFormsTests {
    static let rows: [[String: String]] = (try? UnicodeFixture.rows("unicode_forms.tsv")) ?? []

    @Test func fixtureHasAllLetters() { #expect(Self.rows.count == 134) }

    @Test(arguments: rows)
    func everyFormBecomesNFC(row: [String: String]) {
        let nfc = UnicodeFixture.codepoints(row["nfc_codepoints"]!)
        #expect(Array(nfc.utf8) == Array(row["nfc"]!.utf8))
        for column in ["nfc_codepoints", "nfd_codepoints", "composite_codepoints", "misordered_codepoints"] {
            guard let value = row[column], !value.isEmpty else { continue }
            let form = UnicodeFixture.codepoints(value)
            #expect(Array(VietnameseText.nfc(form).utf8) == Array(nfc.utf8), "nfc(\(column) \(UnicodeFixture.hex(form)))")
            #expect(Array(VietnameseText.cleanup(form).utf8) == Array(nfc.utf8), "cleanup(\(column) \(UnicodeFixture.hex(form)))")
            #expect(Array(VietnameseText.normalize("x" + form + "n").text.utf8) == Array(("x" + nfc + "n").utf8))
        }
        let nfd = UnicodeFixture.codepoints(row["nfd_codepoints"]!)
        #expect(Array(VietnameseText.nfd(nfc).utf8) == Array(nfd.utf8))
    }

    @Test(arguments: rows)
    func foldKeyIsTheBaseLetter(row: [String: String]) {
        let nfc = row["nfc"]!
        let nfd = UnicodeFixture.codepoints(row["nfd_codepoints"]!)
        var base = String(nfd.unicodeScalars.first!).lowercased()
        if base == "đ" { base = "d" }
        #expect(VietnameseText.foldKey(nfc) == base)
        #expect(VietnameseText.foldKey(nfd) == base)
    }

    @Test(arguments: rows)
    func caseMappingMatchesICU(row: [String: String]) {
        let nfc = row["nfc"]!
        #expect(Array(VietnameseText.uppercased(nfc).utf8) == Array(ICUCaseMapping.uppercased(nfc).utf8))
        #expect(Array(VietnameseText.lowercased(nfc).utf8) == Array(ICUCaseMapping.lowercased(nfc).utf8))
    }

    @Test func misorderedMarksAreRepairedWithoutLosingOtherMarks() {
        #expect(Array(VietnameseText.nfc("a\u{301}\u{302}").utf8) == Array("ấ".utf8))
        #expect(Array(VietnameseText.nfc("Nguye\u{303}\u{302}n").utf8) == Array("Nguyễn".utf8))
        #expect(Array(VietnameseText.nfc("Le\u{302}").utf8) == Array("Lê".utf8))
        #expect(Array(VietnameseText.nfc("x\u{0340}").utf8) == Array("x\u{300}".utf8))
    }
}
