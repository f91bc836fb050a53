import Testing
import SoSachText
import SoSachUnits
@testable import SoSachPipeline

/// The row cleaner's byte shortcuts agree with the definitions they replace, and its memos
/// answer exactly what the function gives for the same bytes.
@Suite struct RowCleanerFastPathTests {
    static let texts = ["", " ", "\t", "\u{A0}", "\u{3000}", "Xã Quài Cang", " Xã", "xã", "1", "\u{A0}x", "\u{0600}1",
                        "\u{FFFD}", "Nguy\u{FFFD}n", "Nguyễn", "a\u{EF}\u{BF}b", "thôn bùi xá", "TỔ DÂN PHỐ 5", "Thôn 3",
                        "thon 3", "THON 3", "3", "Ǆ", "ǅ", "ǆ", "ΣΑ", "σα", "abc", "ABC", "aBC", "123 ABC đ", "\r\n"]

    /// `query.isEmpty`: no part has text other than whitespace.
    @Test func emptyQueryMatchesDefinition() {
        let parts: [String?] = [nil, "", " ", "\u{A0}", "\u{3000}\t", "Xã Quài Cang", "\u{A0}x", "đ"]
        for address in parts {
            for commune in parts {
                for province in [nil, " ", "HN"] as [String?] {
                    let query = UnitQuery(address: address, commune: commune, district: nil, province: province)
                    #expect(RowCleaner.isEmptyQuery(query) == query.isEmpty, "\(String(describing: address)) \(String(describing: commune))")
                }
            }
        }
    }

    @Test(arguments: texts)
    func replacementMatchesScalars(text: String) {
        #expect(RowCleaner.containsReplacement(text) == text.unicodeScalars.contains("\u{FFFD}"))
    }

    /// The scalar-property rule `isSingleCase` had before its ASCII shortcut.
    static func referenceSingleCase(_ text: String) -> Bool {
        var lower = false, upper = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isLowercase { lower = true } else if scalar.properties.isUppercase { upper = true }
            if lower && upper { return false }
        }
        return lower != upper
    }

    @Test(arguments: texts)
    func singleCaseMatchesScalarProperties(text: String) {
        #expect(RowCleaner.isSingleCase(text) == Self.referenceSingleCase(text))
    }

    @Test func singleCaseOnEveryASCIIByte() {
        for b in UInt8(0)..<0x80 {
            for text in [String(UnicodeScalar(b)), "a" + String(UnicodeScalar(b)), "A" + String(UnicodeScalar(b)) + "ế"] {
                #expect(RowCleaner.isSingleCase(text) == Self.referenceSingleCase(text), "\(b)")
            }
        }
    }

    /// The memo answers by bytes: NFC and NFD forms are different keys, and each gets its own
    /// computed value even when their slots collide.
    @Test func memoKeysAreBytes() {
        var memo = CellMemo<[UInt8]>()
        var calls = 0
        let compute: (String) -> [UInt8] = { calls += 1; return Array($0.utf8) }
        let nfc = "Hoà", nfd = "Hoa\u{300}"
        for _ in 0..<3 {
            #expect(memo.value(nfc, compute) == Array(nfc.utf8))
            #expect(memo.value(nfd, compute) == Array(nfd.utf8))
        }
        #expect(calls <= 6 && calls >= 2)
        // Many keys: every answer is the function's.
        for round in 0..<2 {
            for k in 0..<2000 {
                let key = "Thôn \(k % 700)"
                #expect(memo.value(key, compute) == Array(key.utf8), "\(round)")
            }
        }
        let long = String(repeating: "x", count: 100)
        #expect(memo.value(long, compute) == Array(long.utf8))
    }

    @Test func cleanupOfEmptyIsEmpty() {
        // Empty extra cells skip the memo and the cleanup.
        #expect(VietnameseText.cleanup("").isEmpty)
    }
}
