import Testing
@testable import SoSachText

/// Every row of `tone_placement.tsv`: `old_style` is the traditional style ("Hòa"), `new_style`
/// the modern one ("Hoà"); misplaced tones are corrected in both.
@Suite struct TonePlacementTests {
    static let rows: [[String: String]] = (try? UnicodeFixture.rows("tone_placement.tsv")) ?? []

    @Test func fixtureHasAllRows() { #expect(Self.rows.count == 74) }

    @Test(arguments: rows)
    func traditionalAndModern(row: [String: String]) {
        let input = row["input"]!
        let traditional = VietnameseText.applyingToneStyle(input, .traditional)
        let modern = VietnameseText.applyingToneStyle(input, .modern)
        #expect(Array(traditional.utf8) == Array(row["old_style"]!.utf8), "\(input) → \(UnicodeFixture.hex(traditional))")
        #expect(Array(modern.utf8) == Array(row["new_style"]!.utf8), "\(input) → \(UnicodeFixture.hex(modern))")
        // The key always uses the traditional style, lower case.
        #expect(Array(VietnameseText.key(input).utf8) == Array(VietnameseText.lowercased(row["old_style"]!).utf8))
    }

    @Test func changesAreReported() {
        var options = VietnameseTextOptions()
        options.toneStyle = .traditional
        #expect(VietnameseText.normalize("Hoà", options: options).changes == [.toneStyle])
        #expect(VietnameseText.normalize("Qúy", options: options).changes == [.toneMisplaced])
        #expect(VietnameseText.normalize("Hòa", options: options).changes == [])
        options.toneStyle = nil
        #expect(Array(VietnameseText.normalize("Hoà", options: options).text.utf8) == Array("Hoà".utf8))
    }

    @Test func unusualWordsAreLeftAlone() {
        for word in ["ThanhHương", "Êban", "Mlô", "Kđăm", "H'Hen", "Ksor", "xyz", "Ñoño"] {
            #expect(Array(VietnameseText.applyingToneStyle(word, .traditional).utf8) == Array(word.utf8))
        }
    }
}
