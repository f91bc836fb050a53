import Foundation
import Testing
@testable import SoSachUnits

/// The folding inside SoSachUnits: tone placement, case, đ, apostrophes, hyphens, numbers.
@Suite struct UnitNameFolderTests {
    static let sameKeys: [(String, String)] = [
        ("Thuỷ", "Thủy"), ("Hoà Bình", "Hòa Bình"), ("KHÁNH HOÀ", "Khánh Hòa"), ("Ia H' Drai", "Ia H'Drai"),
        ("Ea H’leo", "Ea H'Leo"), ("Phan Rang-Tháp Chàm", "Phan Rang - Tháp Chàm"),
        ("Quài Cang", "Quài Cang".decomposedStringWithCanonicalMapping), ("Phường 05", "Phường 5"),
    ]
    static let differentExact: [(String, String)] = [
        ("Hoằng Quỳ", "Hoằng Quý"), ("Nga Thanh", "Nga Thành"), ("Đăk", "Dak"), ("Xà Phìn", "Xã Phìn"),
    ]

    @Test(arguments: sameKeys)
    func equalKeys(_ left: String, _ right: String) {
        let a = UnitNameFolder.shared.keys(left), b = UnitNameFolder.shared.keys(right)
        #expect(Array(a.exact.utf8) == Array(b.exact.utf8))
        #expect(Array(a.folded.utf8) == Array(b.folded.utf8))
    }

    @Test(arguments: differentExact)
    func differentExactKeys(_ left: String, _ right: String) {
        let a = UnitNameFolder.shared.keys(left), b = UnitNameFolder.shared.keys(right)
        #expect(Array(a.exact.utf8) != Array(b.exact.utf8))
        #expect(Array(a.folded.utf8) == Array(b.folded.utf8))
    }

    @Test func foldedKeyIsLowerASCII() {
        let keys = UnitNameFolder.shared.keys("Đặc khu Côn Đảo, TP. Hồ Chí Minh")
        #expect(Array(keys.folded.utf8) == Array("dac khu con dao tp ho chi minh".utf8))
        #expect(Array(keys.exact.utf8) == Array("đăc5 khu côn đao3 tp hô1 chi2 minh".utf8))
        #expect(keys.hasDiacritics)
    }

    /// All 134 Vietnamese letters with marks (67 lower, 67 upper, đ/Đ included) fold to ASCII.
    @Test func everyVietnameseLetterFolds() {
        let lower = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
        var count = 0
        for letter in (lower + lower.uppercased()).unicodeScalars where letter.value > 0x7F {
            let folded = UnitNameFolder.shared.letter(letter)
            #expect(folded != nil, "\(letter)")
            #expect((folded?.ascii ?? 0) < 0x80)
            count += 1
        }
        #expect(count == 134)
    }

    @Test func tokensAndBreaks() {
        let tokens = UnitTokenizer.tokenize("P.5, Q3 - TP.HCM")
        #expect(tokens.map(\.folded) == ["p", "5", "q", "3", "tp", "hcm"])
        #expect(tokens.map(\.dotAfter) == [true, false, false, false, true, false])
        #expect(tokens.map(\.breakBefore) == [false, false, true, false, false, false])
        #expect(tokens.map(\.softBreakBefore) == [false, false, false, false, true, false])
        #expect(UnitTokenizer.romanValue("iv") == 4)
        #expect(UnitTokenizer.romanValue("iiii") == nil)
    }
}

/// The loader's one-pass key builder agrees with the tokenizer on every name of the tables.
@Suite struct UnitNameKeysConsistencyTests {
    @Test func fastKeysEqualTokenKeys() {
        let registry = UnitTestSupport.registry
        var names: [(String, UnitType?)] = []
        for unit in registry.units {
            names.append((unit.name, unit.type))
            for variant in unit.nameVariants { names.append((variant, UnitType.prefixing(variant) ?? unit.type)) }
        }
        for former in registry.formerNames { names.append((former.oldName, former.oldType)) }
        var mismatches: [String] = []
        for (name, type) in names {
            let tokens = UnitNameIndex.coreTokens(of: name, type: type)
            let fast = UnitNameIndex.coreKeys(of: name, type: type)
            if Array(fast.folded.utf8) != Array(tokens.map(\.folded).joined(separator: " ").utf8)
                || Array(fast.exact.utf8) != Array(tokens.map(\.exact).joined(separator: " ").utf8) {
                mismatches.append("\(name): \(fast) vs \(tokens.map(\.exact))")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
        #expect(names.count > 14_000)
    }
}
