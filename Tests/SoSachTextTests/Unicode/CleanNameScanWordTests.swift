import Testing
@testable import SoSachText

/// The word facts of ``CleanNameScan`` (count, first and last space, first word's length in
/// each key, word codes) agree with the bytes of the text and of the general engine's keys.
@Suite struct CleanNameScanWordTests {
    @Test(arguments: [
        "Nguyễn Văn Đức", "Lê Thị Hòa", "Đặng Quý", "A", "Hoàng", "Công Tằng Tôn Nữ Thị Lan", "Âu Dương Phong", "Y Bih Niê Kđăm",
        "Nguyen Van Duc", "Khuyếnkhích Nghiêng Ngả", "Trần Thị Thủy", "Ông Văn Tú", "Ksorkpaa Nie",
    ])
    func words(text: String) {
        for style in ToneStyle.allCases {
            let bytes = Array(text.utf8)
            let n = bytes.count
            var out = [UInt8](repeating: 0, count: CleanNameScan.capacity(n))
            var codes = [UInt64](repeating: 0, count: CleanNameScan.wordCapacity(n))
            let result = bytes.withUnsafeBufferPointer { input in
                out.withUnsafeMutableBufferPointer { o in
                    codes.withUnsafeMutableBufferPointer { CleanNameScan.scan(input, toneStyle: style, into: o.baseAddress!, words: $0.baseAddress!) }
                }
            }
            // Every text here is clean in the traditional style ("Hòa" is not in the modern one).
            guard let scan = result else {
                #expect(style != .traditional, "\(text)")
                continue
            }
            let general = VietnameseText.normalize(text, options: .personName(toneStyle: style))
            let key = Array(general.key.utf8), folded = Array(general.foldedKey.utf8)
            let foldedWords = folded.split(separator: 0x20, omittingEmptySubsequences: false)
            #expect(scan.wordCount == foldedWords.count)
            #expect(scan.firstSpace == (bytes.firstIndex(of: 0x20) ?? n))
            #expect(scan.lastSpace == (bytes.lastIndex(of: 0x20) ?? n))
            #expect(scan.firstKeyWordLength == (key.firstIndex(of: 0x20) ?? key.count))
            #expect(scan.firstFoldedWordLength == (folded.firstIndex(of: 0x20) ?? folded.count))
            for (w, word) in foldedWords.enumerated() {
                var letters: UInt64 = 0
                for b in word.prefix(7) { letters = letters << 8 | UInt64(b) }
                #expect(codes[w] == (word.count <= 7 ? UInt64(word.count) << 56 | letters : 0), "\(text) word \(w)")
            }
        }
    }
}
