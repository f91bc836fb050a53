import Testing
import SoSachText
@testable import SoSachFields

/// The byte split of ``ContentRecognizer/looksLikePersonName(_:dictionary:)`` gives the same
/// words as the split by Characters whenever it answers, and the recogniser's answer is the
/// one of the Character-based definition.
@Suite struct PersonNameSplitTests {
    static let cases: [String] = [
        "Nguyễn Văn Đức", "NGUYEN VAN DUC", "H'Hen Niê", "Thôn Đông Hòa", "Nguyễn", "Họ và tên",
        "  Trần\u{A0}Thị  Mai ", "Lê\tVăn\t\tAn", "Nguye\u{302}\u{303}n Va\u{306}n", "Nguyễn \u{301}Văn",
        "Nguyễn\u{A0}\u{301}Văn", "\u{301}Nguyễn Văn", "Y Moan Ênuôl", "H’Zen Byă", "Đỗ  Hữu   Phước",
        "Trần-Lê Ngọc.", "A B C D E F G", "Nguyễn Văn Aaaaaaaaa", "Phạm 😀 Hùng", "Lý Thị\u{200D} Lan",
        "Võ Thị\u{0600} Lan", "Hồ Thị\u{AD}Lan", "Ngô Thị\u{85}Lan", "Đặng\u{1E00} Văn", "", " ", "\u{A0}",
        "Bùi Thị Ánh Tuyết", "Lò Văn Páo", "Hà Thị Xuân\u{300}", "Kim Ŋa ƀ", "Chu Văn \u{0345}An",
    ]

    @Test(arguments: cases)
    func byteSplitAgrees(text: String) {
        if let words = ContentRecognizer.splitWordsOnBytes(text) {
            let reference = ContentRecognizer.splitWordsByCharacters(text)
            #expect(words.map { Array($0.utf8) } == reference.map { Array($0.utf8) })
        }
    }

    @Test func byteSplitAgreesOnGeneratedCells() {
        let pieces = ["Nguyễn", "Văn", "a", "Đ", " ", " ", "\u{A0}", "\t", "\u{301}", "\u{323}", "ư", "’", "'",
                      "-", ".", "Ŋ", "ạ", "\u{200D}", "가", "\u{0903}", "😀", "\u{AD}"]
        var generator = SeededGenerator(seed: 20_261_122)
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<generator.int(8) { text += generator.pick(pieces) }
            guard let words = ContentRecognizer.splitWordsOnBytes(text) else { continue }
            let reference = ContentRecognizer.splitWordsByCharacters(text)
            #expect(words.map { Array($0.utf8) } == reference.map { Array($0.utf8) }, "\(Array(text.unicodeScalars))")
        }
    }
}
