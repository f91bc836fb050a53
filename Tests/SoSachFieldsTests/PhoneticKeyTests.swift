import Testing
import SoSachText
@testable import SoSachFields

/// ``PhoneticKey``: the rules on known keys, and the syllable table (the fast path of
/// ``PhoneticKey/write(_:count:into:)``) against the rules alone, compared as bytes.
@Suite struct PhoneticKeyTests {
    @Test(arguments: [
        ("nguyen van duc", "nguien dan dut"),
        ("duong thi thuy", "duon thi thui"),
        ("tran xuan giang", "chan suan dan"),
        ("nghiem ngoc kha", "ngiem ngot kha"),
        ("giep", "diep"),
        ("gi", "di"),
        ("ghi", "gi"),
        ("ky my", "ci mi"),
        ("nam ranh", "lam dan"),
        ("h'hen nie", "h'hen lie"),
        ("y bih nie kdam", "i bih lie cdam"),
        ("nguyenxyz", "nguienxyz"),
        ("ngheng nghieng", "ngen ngien"),
        ("", ""),
        ("k", "c"),
        ("an 12 ach", "an 12 at"),
    ])
    func key(folded: String, expected: String) {
        #expect(Array(PhoneticKey.make(folded: folded).utf8) == Array(expected.utf8), "\(folded)")
    }

    /// The rules alone on `bytes` (every letter run through ``PhoneticKey/syllable``).
    static func byRules(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: bytes.count + 8)
        var length = 0, i = 0
        bytes.withUnsafeBufferPointer { s in
            out.withUnsafeMutableBufferPointer { o in
                while i < s.count {
                    guard s[i] &- 0x61 < 26 else { o[length] = s[i]; length += 1; i += 1; continue }
                    var e = i + 1
                    while e < s.count && s[e] &- 0x61 < 26 { e += 1 }
                    length = PhoneticKey.syllable(s.baseAddress!, i, e, o.baseAddress!, length)
                    i = e
                }
            }
        }
        return Array(out[..<length])
    }

    /// ``PhoneticKey/write(_:count:into:)`` (table first) on `bytes`.
    static func byTable(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: PhoneticKey.capacity(bytes.count))
        let length = bytes.withUnsafeBufferPointer { s in
            out.withUnsafeMutableBufferPointer { o in
                s.isEmpty ? 0 : PhoneticKey.write(s.baseAddress!, count: s.count, into: o.baseAddress!)
            }
        }
        return Array(out[..<length])
    }

    /// Every syllable the table holds, alone and between other words.
    @Test func tableEqualsRules() {
        var count = 0
        for onset in PhoneticSyllableTable.onsets {
            for nucleus in PhoneticSyllableTable.nuclei {
                for coda in PhoneticSyllableTable.codas {
                    let word = onset + nucleus + coda
                    for text in [word, "nguyen " + word + " thi", word + "'" + word] {
                        let bytes = Array(text.utf8)
                        #expect(Self.byTable(bytes) == Self.byRules(bytes), "\(text)")
                    }
                    count += 1
                }
            }
        }
        #expect(count > 9000)
    }

    /// Random runs of letters, spaces and apostrophes (many not in the table).
    @Test func randomTextEqualsRules() {
        var random = SeededGenerator(seed: 4)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz  'aeiouyngh".utf8)
        for _ in 0..<20_000 {
            let bytes = (0..<random.int(16)).map { _ in random.pick(alphabet) }
            #expect(Self.byTable(bytes) == Self.byRules(bytes), "\(String(decoding: bytes, as: UTF8.self))")
        }
    }
}

/// The fast path's phonetic key from the word codes of ``CleanNameScan`` equals the key of the
/// folded bytes, compared as bytes (words of up to 7 letters from the table or the rules,
/// longer words by the rules).
@Suite struct PhoneticKeyWordCodeTests {
    @Test(arguments: [
        "Nguyễn Văn Đức", "Trần Thị Thủy", "Nghiêm Xuân Giang", "Ksorkpaa Nie", "A", "Y Bih Niê Kđăm", "Quách Thị Khuyên",
        "Nguyen Nghieng", "Trieu Thi Nghieng Ngheng", "Gìn Giữ Rạng Ngời", "Abcdefghijklmnop Xyz",
    ])
    func wordCodes(name: String) throws {
        let bytes = Array(name.utf8)
        let n = bytes.count
        var out = [UInt8](repeating: 0, count: CleanNameScan.capacity(n))
        var words = [UInt64](repeating: 0, count: CleanNameScan.wordCapacity(n))
        let scan = try #require(bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { o in
                words.withUnsafeMutableBufferPointer { CleanNameScan.scan(input, toneStyle: .traditional, into: o.baseAddress!, words: $0.baseAddress!) }
            }
        })
        let folded = Array(out[scan.foldedStart..<(scan.foldedStart + scan.foldedLength)])
        var key = [UInt8](repeating: 0, count: PhoneticKey.capacity(folded.count))
        let length = folded.withUnsafeBufferPointer { f in
            key.withUnsafeMutableBufferPointer { k in
                words.withUnsafeBufferPointer {
                    PhoneticKey.write(words: $0.baseAddress!, count: scan.wordCount, folded: f.baseAddress!, foldedCount: f.count,
                                      into: k.baseAddress!)
                }
            }
        }
        #expect(Array(key[..<length]) == PhoneticKeyTests.byRules(folded), "\(name)")
        #expect(Array(key[..<length]) == PhoneticKeyTests.byTable(folded), "\(name)")
        #expect(scan.wordCount == name.split(separator: " ").count)
    }
}
