import Testing
@testable import SoSachPipeline

/// `ColumnStats.startsWithUppercase` agrees with its definition `cell.first?.isUppercase == true`.
@Suite struct ColumnStatsUppercaseTests {
    @Test(arguments: [
        "", "A", "a", "Z", "z", "1980", "Hùng", "hùng", "Đức", "đức", "Ánh", "A\u{301}nh", "a\u{301}nh",
        "1\u{301}", "\r\nA", "\rA", "\nA", " A", "'Y", "H'Hen", "NGUYEN VAN A", "x", "X", "✓", "Ð", "É", "ß",
        "\u{0600}A", "Ⅷ", "ǅ", "Σ", "σ", "\t", "@", "[", "`", "{",
    ])
    func agreesWithDefinition(cell: String) {
        #expect(ColumnStats.startsWithUppercase(cell) == (cell.first?.isUppercase == true))
    }

    @Test func agreesOnEveryASCIIPair() {
        for a in 0..<0x80 {
            for b in [-1, 0x0A, 0x20, 0x41, 0x61, 0x7F] {
                let scalars = b < 0 ? [a] : [a, b]
                let cell = String(String.UnicodeScalarView(scalars.map { Unicode.Scalar(UInt8($0)) }))
                #expect(ColumnStats.startsWithUppercase(cell) == (cell.first?.isUppercase == true), "\(scalars)")
            }
        }
    }

    /// The gender and mark words in their longest canonically equivalent spellings fit the
    /// 8-byte bound `add` checks before the set lookups.
    @Test func lookupBoundCoversDecomposedWords() {
        for word in ["nu\u{31B}\u{303}", "nu\u{303}\u{31B}", "n\u{1B0}\u{303}", "nam", "nu"] {
            #expect(ColumnStats.genderWords.contains(word))
            #expect(word.utf8.count <= 8)
        }
        for mark in ColumnStats.markWords { #expect(mark.utf8.count <= 8) }
    }
}
