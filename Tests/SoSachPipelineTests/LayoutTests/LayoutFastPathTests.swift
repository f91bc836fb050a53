import Testing
import SoSachText
@testable import SoSachPipeline

/// The per-row fast paths of the reader agree with what they replace.
@Suite struct LayoutFastPathTests {
    /// `smallInteger` as it was written on Characters (the reference for the byte version).
    static func referenceSmallInteger(_ text: String) -> Int? {
        var t = Substring(text)
        if t.hasPrefix("("), t.hasSuffix(")") { t = t.dropFirst().dropLast() }
        if t.hasSuffix(".") { t = t.dropLast() }
        guard t.count <= 6, LayoutText.isInteger(t) else { return nil }
        return Int(t)
    }

    static let integerCells = ["1", "12.", "(3)", "(3.)", "123456", "1234567", "", "()", ".", "(", ")", "(12", "12)",
                               "1 2", "０1", "(1).", "007", "(123456.)", "(1234567)", "12..", "((1))", "1\u{301}",
                               "(\u{301}1)", "1)\u{301}", "Lò Văn Hùng", "01/02/1990", "II.", "-1", "+1", "1.5"]

    @Test(arguments: integerCells)
    func smallIntegerMatchesReference(_ cell: String) {
        #expect(LayoutText.smallInteger(cell) == Self.referenceSmallInteger(cell))
    }

    @Test func smallIntegerMatchesReferenceOnGeneratedCells() {
        let alphabet: [Character] = ["(", ")", ".", "0", "1", "9", " ", "a", "\u{301}"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<5000 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            var cell = ""
            for k in 0..<Int(state % 10) { cell.append(alphabet[Int((state >> (4 * UInt64(k) + 8)) % UInt64(alphabet.count))]) }
            #expect(LayoutText.smallInteger(cell) == Self.referenceSmallInteger(cell), "\(cell.unicodeScalars.map { $0.value })")
        }
    }

    /// Cells the reader passes by as clean ASCII are what the standard normaliser returns as is.
    @Test func cleanASCIIIsKeptByCleanup() {
        let cells = ["1", "Nguyen Van A", "01/02/1990", "0912345678", "H'Hen Nie", "a-b", "x.y", "Q.1", "#1 (x)", "~?`"]
        for cell in cells {
            #expect(LayoutText.isCleanASCII(cell), "\(cell)")
            #expect(Array(VietnameseText.cleanup(cell).utf8) == Array(cell.utf8), "\(cell)")
        }
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var clean = 0
        for _ in 0..<5000 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            var bytes: [UInt8] = []
            for k in 0..<Int(state % 12) {
                let r = Int((state >> (5 * UInt64(k) + 4)) & 0x7F)
                bytes.append(r < 16 ? 0x20 : UInt8(r))  // spaces often, every ASCII byte sometimes
            }
            let cell = String(decoding: bytes, as: UTF8.self)
            guard LayoutText.isCleanASCII(cell) else { continue }
            clean += 1
            #expect(Array(VietnameseText.cleanup(cell).utf8) == bytes, "\(bytes)")
        }
        #expect(clean > 500)
    }

    @Test func uncleanASCIIIsNotSkipped() {
        for cell in [" 1", "1 ", "a  b", "a\tb", "\u{7F}", "a\u{1}b", "Văn", " "] {
            #expect(!LayoutText.isCleanASCII(cell), "\(cell)")
        }
        #expect(LayoutText.isCleanASCII(""))
    }

    /// The cell cache compares bytes: canonically equal cells (NFC, NFD) are different keys.
    @Test func cellCacheKeysAreBytes() {
        var cache = CellCache()
        let nfc = Array("Hoà".utf8), nfd = Array("Hoa\u{300}".utf8)
        nfc.withUnsafeBufferPointer { cache.insert($0, hash: CellCache.hash($0), string: "Hoà", flags: []) }
        #expect(nfc.withUnsafeBufferPointer { cache.lookup($0, hash: CellCache.hash($0))?.string } == "Hoà")
        #expect(nfd.withUnsafeBufferPointer { cache.lookup($0, hash: CellCache.hash($0)) } == nil)
        // A colliding hash with other bytes is a miss, not a wrong hit.
        let nfcHash = nfc.withUnsafeBufferPointer { CellCache.hash($0) }
        #expect(nfd.withUnsafeBufferPointer { cache.lookup($0, hash: nfcHash) } == nil)
    }
}

/// `exactKey` with its ASCII shortcut agrees with the property-based rule on every ASCII byte.
@Suite struct LayoutExactKeyTests {
    static func reference(_ text: String) -> String { LayoutOpeningFastPathTests.referenceExactKey(text) }

    @Test func matchesReference() {
        var cells = ["Họ và tên", "STT", "Ngày/tháng/năm sinh", "CMND/CCCD", "Tổng cộng: 57 người", "(1)", "  x--y  ",
                     "Số ĐT", "Ho ten", "Năm sinh\tNam", "Thôn/Xóm/Ấp/Bản"]
        cells.append(String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self))
        for cell in cells {
            #expect(Array(LayoutText.exactKey(cell).utf8) == Array(Self.reference(cell).utf8), "\(cell)")
        }
    }
}
