import Testing
@testable import SoSachPipeline

/// The faster forms of what the reader runs over a file's prefix (keys, phrase lookups, hamlet
/// and commune prefixes) agree with their definitions.
@Suite struct LayoutOpeningFastPathTests {
    /// `exactKey` as it is defined: NFC lower case, letters, digits and nonspacing marks kept,
    /// every other run one space.
    static func referenceExactKey(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            let p = scalar.properties
            if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark {
                if pendingSpace && !result.isEmpty { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    static let texts = ["", " ", "Họ và tên", "HỌ VÀ TÊN", "  Ngày, tháng - năm sinh (dd/mm/yyyy) ", "STT", "Số ĐT",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nguyen Van A", "01/02/1990",
                        "İstanbul", "ΣΟΦΟΣ", "Hoa\u{300}", "a\u{301}!\u{301}", "１２３", "½ ⅓", "日本語", "😀 x", "Ǆ ǅ ǆ",
                        "x\u{0}y\u{7F}z", "Tổng cộng: 57 người", "Bản Nà Sáy", "\u{1E9E}\u{2C2F}", "ǅemal"]

    @Test(arguments: texts)
    func exactKeyMatchesDefinition(_ text: String) {
        #expect(Array(LayoutText.exactKey(text).utf8) == Array(Self.referenceExactKey(text).utf8))
    }

    @Test func exactKeyMatchesDefinitionOnEveryTableScalar() {
        for v in UInt32(0)..<0x3100 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            for text in ["\(scalar)", "A\(scalar)b", "x \(scalar) 1", "Ấ\(scalar)\u{301}."] {
                #expect(Array(LayoutText.exactKey(text).utf8) == Array(Self.referenceExactKey(text).utf8), "U+\(String(v, radix: 16))")
            }
        }
    }

    @Test func startsWithAnyMatchesDefinition() {
        let keys = ["thôn 3", "thôn", "thon 3", "ấp 4", "a\u{302}\u{301}p 4", "đội 1", "xã quài cang", "xa\u{303} y", "to 5",
                    "tổ dân phố 2", "thị trấn x", "thi tran x", "khu", "khu a", "k", "", " thôn", "phường 3", "t\u{301}o 1",
                    "thôn \u{301}x", "thon \u{301}x", "to \u{301}", "to\u{301} 1", "to \r\n", "xa\u{300} 1", "sóc 1", "plei a",
                    "tran van a", "thon", "t", "tô 1", "to\u{302}\u{309} 1", "a\u{302}\u{301}", "ap 1", "\u{111}o\u{323}\u{302}i 2", "đ", "d\u{323}"]
        for key in keys {
            for (words, prefixes) in [(ColumnStats.villageWords, ColumnStats.villagePrefixes),
                                      (ColumnStats.communeWords, ColumnStats.communePrefixes)] {
                #expect(ColumnStats.startsWithAny(key, prefixes) == words.contains { key.hasPrefix($0 + " ") }, "\(key)")
            }
        }
    }

    /// The phrase lookup scans the table in order (diacritics-exact phrases first).
    static func referencePhrase(_ a: HeaderAliases, _ line: String, kinds: Set<String>) -> (field: String, kind: String)? {
        let exact = LayoutText.exactKey(line)
        guard !exact.isEmpty else { return nil }
        let folded = a.text.foldedKey(exact)
        for pass in [false, true] {
            for p in a.phrases where p.folded == pass && kinds.contains(p.kind) {
                if HeaderAliases.startsWithWords(pass ? folded : exact, p.key) { return (p.field, p.kind) }
            }
        }
        return nil
    }

    @Test func phraseMatchesTableScan() throws {
        let a = try HeaderAliases.standard()
        var lines = Self.texts + ["Người lập biểu", "NGƯỜI LẬP BIỂU", "nguoi lap bieu", "Tong cong", "Tổngcộng", "Xác nhận của UBND",
                                  "Quài Cang, ngày 15 tháng 11 năm 2024", "DANH SÁCH CÔNG DÂN HỌC TẬP NĂM 2024", "1 Lò Văn Hùng 1990",
                                  "(12) Tổng cộng", " 3. Người lập biểu", "-- 2024 --"]
        lines += a.phrases.map(\.key) + a.phrases.map { $0.key + " x" } + a.phrases.map { String($0.key.dropLast()) }
        for line in lines {
            for kinds: Set<String> in [["preamble", "footer"], ["preamble"], ["footer"]] {
                let got = a.phrase(startingLine: line, kinds: kinds)
                let want = Self.referencePhrase(a, line, kinds: kinds)
                #expect(got?.field == want?.field && got?.kind == want?.kind, "\(line)")
            }
        }
    }

    /// `keyStartsWithDigit` says yes only when the exact key does start with an ASCII digit.
    @Test func keyStartsWithDigitAgreesWithExactKey() {
        let lines = Self.texts + ["1 Lò Văn Hùng", " (12) x", "..3", "a1", "Ă1", "1\u{301}", "\u{A0}1", "", " - "]
        for line in lines where HeaderAliases.keyStartsWithDigit(line) {
            let first = LayoutText.exactKey(line).utf8.first ?? 0
            #expect(first >= 0x30 && first <= 0x39, "\(line)")
        }
        #expect(HeaderAliases.keyStartsWithDigit("1 Lò Văn Hùng"))
        #expect(HeaderAliases.keyStartsWithDigit(" (12) x"))
        #expect(!HeaderAliases.keyStartsWithDigit("a1"))
    }
}
