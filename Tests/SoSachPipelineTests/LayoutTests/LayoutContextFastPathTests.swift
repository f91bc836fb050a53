import Foundation
import Testing
import SoSachText
@testable import SoSachFields
@testable import SoSachPipeline

/// The shortcuts of the reader's per-file work (cleanup of plain cells, folded keys of ASCII
/// keys, phrase lookups of numbered rows, quotes and years in title lines) agree with what they
/// skip, on every line and cell of the fixtures and sample files.
@Suite struct LayoutContextFastPathTests {
    static let lines: [String] = ColumnStatsFastEvidenceTests.files.flatMap { file in
        file.1.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).map(String.init)
    }
    static var texts: [String] { lines + ColumnStatsFastEvidenceTests.cells }

    @Test func cleanPlainIsKeptByCleanup() {
        var plain = 0
        for cell in Self.texts + ["Nguyễn Văn Đức", "ĐỖ THỊ Ánh", "Hoà", "Qúy", "Thuỷ", "a\u{301}", "Lê  An", " Lê", "Lê\tAn", "Lê\u{A0}An", "Lê\u{200B}An"] {
            guard LayoutText.isCleanPlain(cell) else { continue }
            plain += 1
            #expect(Array(VietnameseText.cleanup(cell).utf8) == Array(cell.utf8), "\(cell)")
        }
        #expect(plain > 1_000)
        for cell in [" Lê", "Lê ", "Lê  An", "Lê\tAn", "Lê\u{A0}An", "Lê\u{200B}An", "a\u{301}", "Ð", "\u{7F}"] {
            #expect(!LayoutText.isCleanPlain(cell), "\(cell)")
        }
    }

    @Test func asciiKeysFoldToThemselves() {
        var keys = Self.texts.map(LayoutText.exactKey).filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        keys += ["a", "z 9", "0", "dd", "nguyen van a", "thi tran 3", "uy", "qui", "gi a"]
        for key in keys {
            #expect(Array(LayoutText.exactKey(VietnameseText.foldKey(key)).utf8) == Array(key.utf8), "\(key)")
        }
        let reference = LayoutText(normalize: { $0 }, fold: VietnameseText.foldKey, looksLikeName: { _ in false },
                                   looksLikeDate: { _ in false }, looksLikeNationalID: { _ in false }, looksLikePhone: { _ in false })
        for text in Self.texts {
            #expect(Array(LayoutText.standard.foldedKey(text).utf8) == Array(reference.foldedKey(text).utf8), "\(text)")
        }
    }

    @Test func numberedRowsStartNoPhrase() {
        let aliases = LayoutTestSupport.aliases
        var decided = 0
        for line in Self.lines {
            let cells = line.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "\t" }).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard let first = cells.first(where: { !$0.isEmpty }), aliases.noPhraseStarts(lineStartingWith: first) else { continue }
            decided += 1
            let text = cells.filter { !$0.isEmpty }.joined(separator: " ")
            for kinds: Set<String> in [["preamble", "footer"], ["preamble"], ["footer"]] {
                #expect(aliases.phrase(startingLine: text, kinds: kinds) == nil, "\(text)")
            }
        }
        #expect(decided > 100)
    }

    @Test func quotesRemovedAsByCharacters() {
        for text in Self.texts + ["\"CÔNG DÂN\"", "“A” ‘b’ «c» 'd'", "e\u{301}\"", "\"\u{301}", "‚‛", "Ở"] {
            let reference = String(text.filter { !"\"“”'‘’«»".contains($0) })
            #expect(Array(text.replacingQuotes().utf8) == Array(reference.utf8), "\(text)")
        }
    }

    /// The unit words are NFC (plain lines compare their keys with them as bytes).
    @Test func unitWordsAreNFC() {
        for entry in ContextExtractor.unitWords + ContextExtractor.foldedUnitWords {
            for word in entry.words {
                var copy = word
                #expect(copy.withUTF8 { CellScan($0).isPlain } && Array(VietnameseText.nfc(word).utf8) == Array(word.utf8), "\(word)")
            }
        }
    }

    /// Words split on bytes are the words split by Characters.
    @Test func plainWordsAreCharacterWords() {
        func reference(_ line: String) -> [String] {
            var words: [String] = []
            var current = ""
            for ch in line {
                if ch.isLetter || ch.isNumber || ch == "'" {
                    current.append(ch)
                } else {
                    if !current.isEmpty { words.append(current); current = "" }
                    if !ch.isWhitespace { words.append(String(ch)) }
                }
            }
            if !current.isEmpty { words.append(current) }
            return words
        }
        var plain = 0
        for line in Self.texts + ["a\r\nb", "x\u{1}y", "Đ-Ư (3)", "'a' b'", "\t\u{B}\u{C}", "UBND XÃ HƯƠNG SƠN;;;"] {
            var copy = line
            if copy.withUTF8({ ContextExtractor.plainWords($0) }) != nil { plain += 1 }
            #expect(ContextExtractor.words(line).map { Array($0.utf8) } == reference(line).map { Array($0.utf8) }, "\(line)")
        }
        #expect(plain > 1_000)
    }

    /// The byte checks in front of Foundation's `contains` agree with it.
    @Test func containsAgreesWithFoundation() {
        let parts = ["content:", " công dân học tập ", " cong dan hoc tap ", " gia đình học tập ", " a ", "ă", "a"]
        let extra = ["header \"Họ và tên\": content: 3/4 cells", "content", "content:\u{301}", "xcontent:", "CONTENT:",
                     " công dân học tập ", " cong dan hoc tap ", " co\u{302}ng da\u{302}n ho\u{323}c ta\u{323}p ", " ă ", " a\u{306} "]
        for text in Self.texts + extra {
            #expect(ColumnMapper.mentionsContent(text) == text.contains("content:"), "\(text)")
            for part in parts {
                #expect(ContextExtractor.contains(text, part) == text.contains(part), "\(text) | \(part)")
            }
        }
    }

    /// A plain line without 4 consecutive digits has no word whose folded key is a year.
    @Test func yearNeedsFourDigitsInPlainLines() {
        let extra = ["NĂM 2024", "năm học 2023 - 2024", "Năm '2024'", "năm 20'24", "năm ２０２４", "năm 2O24"]
        for line in Self.lines + extra where !ContextExtractor.mayHoldYear(line) {
            for word in ContextExtractor.words(line) {
                #expect(LayoutText.year(LayoutText.standard.foldedKey(word)) == nil, "\(line)")
            }
        }
        #expect(ContextExtractor.mayHoldYear("năm ２０２４"))
        #expect(!ContextExtractor.mayHoldYear("DANH SÁCH CÔNG DÂN HỌC TẬP XÃ SƠN TÂY"))
    }
}
