import Testing
import SoSachText
@testable import SoSachFields

/// ``WordCodeSet`` answers as a `Set` of the same codes, and the sets of the name cleaner's
/// fast path hold what their lists hold.
@Suite struct WordCodeSetTests {
    @Test(arguments: [0, 1, 3, 16, 29, 100, 5000])
    func agreesWithSet(count: Int) {
        var random = SeededGenerator(seed: UInt64(count) + 1)
        let members = (0..<count).map { _ in random.next() | 1 }
        let set = WordCodeSet(members)
        let reference = Set(members)
        for code in members { #expect(set.contains(code)) }
        for _ in 0..<2000 {
            let code = random.next()
            #expect(set.contains(code) == reference.contains(code))
        }
        #expect(!set.contains(0))
    }

    @Test func nameCleanerSets() {
        for word in NameCleaner.honorifics where word.utf8.count <= 8 {
            #expect(NameCleaner.honorificCodeSet.contains(NameCleaner.code(word.utf8)), "\(word)")
            #expect(NameCleaner.foldedHonorificCodeSet.contains(NameCleaner.code(VietnameseText.foldKey(word).utf8)), "\(word)")
        }
        for word in ["nguyễn", "ánh", "văn", "thị", "hòa"] {
            #expect(!NameCleaner.honorificCodeSet.contains(NameCleaner.code(word.utf8)), "\(word)")
        }
        for word in ["nguyen", "tran", "le", "ly"] {
            #expect(NameCleaner.commonFamilyCodeSet.contains(NameCleaner.code(word.utf8)), "\(word)")
        }
        for word in ["van", "thi", "ksor", "nguyenn"] {
            #expect(!NameCleaner.commonFamilyCodeSet.contains(NameCleaner.code(word.utf8)), "\(word)")
        }
        for word in ["công", "tôn", "âu", "tư"] {
            #expect(NameCleaner.compoundFirstWordCodes.contains(NameCleaner.code(word.utf8)), "\(word)")
        }
        for word in ["trần", "tô", "cao", "đặng", "âuu", "tưởng"] {
            #expect(!NameCleaner.compoundFirstWordCodes.contains(NameCleaner.code(word.utf8)), "\(word)")
        }
    }
}
