import Testing
@testable import SoSachText

/// Every row of `confusables.tsv`, each placed in a name where its rule applies.
@Suite struct ConfusablesTests {
    static let rows: [[String: String]] = (try? UnicodeFixture.rows("confusables.tsv")) ?? []

    static func nameOptions() -> VietnameseTextOptions {
        var options = VietnameseTextOptions.personName()
        options.casing = .keep
        return options
    }

    @Test func fixtureHasAllRows() { #expect(Self.rows.count == 92) }

    @Test(arguments: rows)
    func lookalikeIsReplaced(row: [String: String]) {
        let char = UnicodeFixture.codepoints(row["codepoints"]!)
        let canonical = UnicodeFixture.codepoints(row["canonical_codepoints"]!)
        let (input, expected): (String, String)
        switch row["category"]! {
        case "d_stroke": (input, expected) = (char + "ặng", canonical + "ặng")
        case "combining_tone", "combining_lookalike": (input, expected) = ("Tu" + char + "n", "Tu" + canonical + "n")
        case "spacing_mark": (input, expected) = ("Ta" + char + "m", "Ta" + canonical + "m")
        case "apostrophe": (input, expected) = ("H" + char + "Hen", "H'Hen")
        case "script_lookalike": (input, expected) = ("Ng" + char + "x", "Ng" + canonical + "x")
        default: Issue.record("unknown category \(row["category"]!)"); return
        }
        let result = VietnameseText.normalize(input, options: Self.nameOptions())
        let want = VietnameseText.nfc(expected)
        #expect(Array(result.text.utf8) == Array(want.utf8), "\(UnicodeFixture.hex(input)) → \(UnicodeFixture.hex(result.text))")
        #expect(result.changes.contains(.confusable) || result.changes.contains(.composition))
    }

    @Test func wholeForeignTokensAreKept() {
        let text = "Иван Nguyеn"   // the second е is Cyrillic inside a Latin word; Иван is Russian
        let result = VietnameseText.cleanup(text)
        #expect(Array(result.utf8) == Array("Иван Nguyen".utf8))
        #expect(Array(VietnameseText.cleanup("Тосо").utf8) == Array("Тосо".utf8))
    }

    @Test func invisibleAndOddSpaces() {
        let cases: [(String, String)] = [
            ("  Trần\u{A0}Văn   An\u{200B} ", "Trần Văn An"),
            ("Lê\u{3000}Thị\u{AD}Hoa", "Lê ThịHoa"),
            ("\u{FEFF}Ngô\tVăn", "Ngô Văn"),
            ("Trần Văn An\u{A0}", "Trần Văn An"),
        ]
        for (input, expected) in cases {
            #expect(Array(VietnameseText.cleanup(input).utf8) == Array(expected.utf8), "\(input)")
        }
    }

    @Test func spacingMarksOnlyInsideWordsInNames() {
        let options = Self.nameOptions()
        #expect(Array(VietnameseText.normalize("Lê.Văn", options: options).text.utf8) == Array("Lê Văn".utf8))
        #expect(Array(VietnameseText.normalize("Ng. Văn An", options: options).text.utf8) == Array("Ng Văn An".utf8))
        #expect(Array(VietnameseText.cleanup("Thôn Bãi.xã").utf8) == Array("Thôn Bãi.xã".utf8))
    }
}
