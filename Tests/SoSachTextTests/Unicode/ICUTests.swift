import Testing
@testable import SoSachText

@Suite struct ICUTests {
    /// The byte fast path claims every scalar below U+0300 and in U+1E00–U+1EFF is NFC on its
    /// own; ICU must agree for each of them, alone and after a letter.
    @Test func triviallyNFCRangesAgreeWithICU() {
        var disagreements: [String] = []
        for value in Array(UInt32(0)..<0x300) + Array(UInt32(0x1E00)..<0x1F00) {
            let scalar = Unicode.Scalar(value)!
            let text = "a" + String(Character(scalar))
            #expect(ICUNormalizer.isTriviallyNFC(text))
            if Array(ICUNormalizer.nfcUnchecked(text).utf8) != Array(text.utf8) {
                disagreements.append(String(format: "U+%04X", value))
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements)")
        #expect(!ICUNormalizer.isTriviallyNFC("a\u{301}"))
        #expect(!ICUNormalizer.isNFC("a\u{301}"))
        #expect(ICUNormalizer.isNFC("á"))
        #expect(ICUNormalizer.isNFC("日本"))
    }

    @Test func normalizerRoundTrip() {
        let text = "Nguyễn Văn Đức – 日本"
        #expect(Array(ICUNormalizer.nfc(ICUNormalizer.nfd(text)).utf8) == Array(text.utf8))
        #expect(ICUNormalizer.nfd(text).unicodeScalars.count > text.unicodeScalars.count)
    }

    @Test func icuTitleCaseHasTheKnownApostropheProblem() {
        #expect(ICUCaseMapping.titlecased("H'HEN NIÊ") == "H'hen Niê")
        #expect(Array(ICUCaseMapping.uppercased("đặng").utf8) == Array("ĐẶNG".utf8))
    }

    @Test func collatorSortsInVietnameseOrder() throws {
        let collator = try VietnameseCollator()
        let words = ["Đào", "Anh", "Ân", "Bình", "Dũng", "Ăn", "Ba"]
        let sorted = words.sorted { collator.sortKey($0).lexicographicallyPrecedes(collator.sortKey($1)) }
        #expect(sorted == ["Anh", "Ăn", "Ân", "Ba", "Bình", "Dũng", "Đào"])
        #expect(collator.compare("Dũng", "Đào") == -1)
        #expect(VietnameseCollator.forCurrentThread() === VietnameseCollator.forCurrentThread())
    }

    @Test func transliteratorFromIDAndRules() throws {
        let latin = try ICUTransliterator(id: "Any-Latin; Latin-ASCII")
        #expect(latin.transliterate("Straße") == "Strasse")
        let rules = try ICUTransliterator(rules: "ð > đ; Ð > Đ;")
        #expect(rules.transliterate("Ðỗ") == "Đỗ")
        #expect(throws: ICUError.self) { try ICUTransliterator(id: "No-Such-Thing") }
    }
}
