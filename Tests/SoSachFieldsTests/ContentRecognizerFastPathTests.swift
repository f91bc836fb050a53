import Foundation
import Testing
import SoSachText
@testable import SoSachFields

/// The byte paths of ``ContentRecognizer`` give the answers of the definitions (``DateParser``,
/// ``PhoneCleaner``, `NationalIDShape`, the Character-based name rules with the shared
/// dictionary) on every cell of the field fixtures and on generated cells of every shape.
@Suite struct ContentRecognizerFastPathTests {
    /// Every value of the field fixtures.
    static let fixtureCells: [String] = {
        var cells: [String] = []
        for file in ["date_vectors.tsv", "id_phone_vectors.tsv", "names_variants.tsv"] {
            for row in FieldsFixture.rows(file) { cells += row.values }
        }
        return cells
    }()

    /// Date-shaped cells: every day and month from 0 to 32 around years at the limits, with
    /// each separator, ISO and day-first, digits only, and near misses.
    static let dateCells: [String] = {
        let year = CivilDate.today().year
        let years = ["0000", "1000", "1899", "1900", "1901", "1950", "1999", "2000", "2024", "\(year - 1)", "\(year)",
                     "\(year + 1)", "2099", "2999", "3000", "9999", "80", "05"]
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var cells: [String] = []
        for y in years {
            cells.append(y)
            for a in 0...32 {
                for b in [0, 1, 2, 4, 9, 11, 12, 13, 29, 30, 31] {
                    for (s, t) in [("/", "/"), ("-", "-"), (".", "."), ("/", "-"), (".", "/")] {
                        cells.append("\(a)\(s)\(b)\(t)\(y)")
                        cells.append("\(pad(a))\(s)\(pad(b))\(t)\(y)")
                        cells.append("\(y)\(s)\(b)\(t)\(a)")
                        cells.append("\(y)\(s)\(pad(b))\(t)\(pad(a))")
                    }
                }
            }
        }
        cells += ["1", "12", "123", "60", "61", "29285", "36526", "999999999", "1234567890", "12345678901234", "1980.0",
                  "1980,0", "05/03/1980 ", " 05/03/1980", "05/03/80", "5/3/1980/1", "5//3/1980", "/5/3/1980", "5/3/1980/",
                  "5/1980", "03/1980", "00/00/1975", "xx/xx/1975", "?/?/1960", "1980-03-05 00:00:00", "5/3/1980 0:00",
                  "ngày 5 tháng 3 năm 1980", "năm 1980", "tháng 3/1980", "05/03/1234567890", "1234567890/1/1",
                  "1/1234567890/1980", "12.1234567890", "12.12345", "0.5", "1.5.1980.5", "1-2", "29/02/2000", "29/02/1900",
                  "31/04/1990", "2000-02-29", "1900-02-29", "0005/03/1980", "005/03/1980", "5/003/1980", "1980-003-05",
                  "1980-03-005", "19800-03-05", "5\u{2044}3\u{2044}1980", "５/３/１９８０", "Thôn 4", "Tổ 5", "Phường 3",
                  "Ngày 5 tháng 3 năm 1980", "NGÀY 5 THÁNG 3 NĂM 1980", "Năm 1980", "năm sinh 1980", "Sinh 1980", "xx/05/1980",
                  "X/X/1980", "5 x 1980", "1980 T 12:00", "1980T12:00", "Thang 3/1980", "tháng 3 - 1980", "Ngàyy 5/3/1980",
                  "ngày 5/3/1980", "ngay 5 thang 3 nam 80", "0857.260.229", "'042202160754", "1980.5", "1980,0", "12.5.1980",
                  "1 2 3 4 5 6 7 8", "1 2 3 4 5 6 7", "5/3/1980 00:00:00", "1980-03-05T00:00", "Nam", "Đ 1980", "đ1980", "ư 1980",
                  "5/3/1980 😀", "5/3/1980\u{301}", "5/3/1980\t", "5/3/1980\u{1}", "(5/3/1980)", "\"5/3/1980\"", "5;3;1980",
                  "Ngày\u{A0}5/3/1980", "Ｔ 1980", "ｘ/ｘ/1980", "ß 1980", "ﬁ 1980", "2,5", "12,345.0", "1980.0.0",
                  "nga\u{300}y 15 tha\u{301}ng 10 na\u{306}m 2025", "Nga\u{300}y 5/3/1980", "ngàyx 5/3/1980", "thángx 3/1980"]
        return cells
    }()

    /// Phone- and ID-shaped cells: every 2-, 3- and 4-digit prefix with subscribers of several
    /// lengths, in the written forms the cleaners accept.
    static let numberCells: [String] = {
        var generator = SeededGenerator(seed: 7)
        func digits(_ n: Int) -> String { String((0..<n).map { _ in Character(String(generator.int(10))) }) }
        var cells: [String] = []
        for p in 0..<100 {
            for rest in [7, 8, 9] { cells.append((p < 10 ? "00" : "0") + "\(p)" + digits(rest)) }
        }
        for p in 0..<1000 {
            let prefix = "0" + String(repeating: "0", count: 3 - "\(p)".count) + "\(p)"
            cells.append(prefix + digits(6))
            cells.append(prefix + digits(7))
            cells.append(String(prefix.dropFirst()) + digits(6))
        }
        for _ in 0..<3000 {
            let number = generator.pick(["0", "", "84", "+84", "0084", "(+84) ", "84 ", "8", "'"]) + digits(7 + generator.int(6))
            var cell = ""
            for c in number {
                cell.append(c)
                if generator.int(5) == 0 { cell += generator.pick([" ", ".", "-", "\u{A0}", "\t"]) }
            }
            cells.append(cell + generator.pick(["", ".0", ".00", " ", "\t", ".5", "E+10", " / 0912345678", "x", ".0 "]))
        }
        cells += ["", " ", "\t", "0", "00", "0084", "84", "+", "+84", "0084912345678", "84912345678", "+84912345678",
                  "840912345678", "8409123456789", "00840912345678", "0912 345 678", "0912.345.678", "(0912) 345-678",
                  "'0912345678", "912345678", "0912345678.0", "0912345678.00", "01234567890", "01623456789", "02838123456",
                  "0838123456", "2838123456", "0438123456", "043812345", "04 3812 3456", "1.08501E+11", "7.9196e+10",
                  "7,9196E+10", "E+10", "1E", "1E+", "+1E10", "1.2.3E+4", "001085012345", "1085012345", "'001085012345",
                  "001 085 012 345", "001-085-012-345", "001085012345.0", "001085012345.00", "001085012345.000",
                  "00108501234.50", ".0", "0.", "12345678", "1234567", "1234567890123", "12345678\u{A0}", "1234\u{C2}5678",
                  "١٢٣٤٥٦٧٨٩", "0912345678 0987654321", "0912345678/0987654321", "0912345678;0987654321"]
        return cells
    }()

    /// Names of every family name with middle and given names, in upper, lower and title case,
    /// with and without diacritics, and the Ê Đê / Jrai forms; plus near misses.
    static let nameCells: [String] = {
        let dictionary = NameDictionary.shared
        let family = Array(dictionary.familyNames).sorted() + ["Y", "H'Hen", "Lò", "Nông", "Hoà", "Hòa", "Huỳnh", "Quý", "Qúy"]
        let middle = ["Văn", "Thị", "Ngọc", "Hữu", "Minh", "Xuân", "Thanh", "Quang"]
        let given = ["Đức", "An", "Hùng", "Thảo", "Tuyết", "Khỏe", "Hoà", "Thuỷ", "Quỳnh", "Nghĩa", "Mlô", "Aaaaaaaaa", "Ánh"]
        var generator = SeededGenerator(seed: 11)
        var cells: [String] = []
        for f in family {
            let name = "\(f) \(generator.pick(middle)) \(generator.pick(given))"
            let toned = f.prefix(1).uppercased() + f.dropFirst()
            cells += [name, name.uppercased(), name.lowercased(), VietnameseText.foldKey(name), VietnameseText.foldKey(name).uppercased(),
                      "\(toned) \(generator.pick(given))", f, "\(f) \(f) \(f) \(f) \(f) \(f)", "\(f) \(f) \(f) \(f) \(f) \(f) \(f)",
                      "Y \(generator.pick(given)) \(f)", "Y A B C \(toned)", "Y A B C D \(toned)", "Y A \(toned)",
                      "\(generator.pick(given)) \(toned)", "\(toned)  \(generator.pick(given))", " \(toned) An ", "\(toned)\tAn",
                      "\(toned) An.", "\(toned)-Lê An", "\(toned) An 2", "\(toned) \u{1EA0}n"]
        }
        cells += ["Nguyễn Văn Đức", "NGUYEN VAN DUC", "H'Hen Niê", "Thôn Đông Hòa", "Nguyễn", "Họ và tên", "Hồ Văn An",
                  "Ho Van An", "Hộ Văn An", "Y Moan Ênuôl", "Y Moan Ênuôl Niê Kđăm Byă", "Lò Văn Páo", "Nguye\u{302}\u{303}n Văn",
                  "Bản Nà Sáy", "Làm ruộng", "Nông dân", "Xã Ích Hậu", "Nguyễn Văn Aaaaaaaaa", "Nguyễn Văn Ngườiiiiii",
                  "Nguyễn Thị Nghiêngggggggggggggg", "Trần\u{A0}Thị Mai", "Đặng  Văn", "Nguyễn Văn A", "Nguyen Van A.", "A B",
                  "x x", "- -", "Phạm 😀 Hùng", "Lê Ða", "Lê Ɖa", "Nguye~n Van", "Nguyẽn Văn", "Nguỹên Văn", "Trần Văn Ŋa"]
        return cells
    }()

    /// The cells above, also decomposed and in upper case.
    static let allCells: [String] = {
        let cells = fixtureCells + dateCells + numberCells + nameCells
        return cells + cells.map(VietnameseText.nfd) + cells.map { $0.uppercased() }
    }()

    @Test func datesAgreeWithParser() {
        for cell in Self.allCells {
            #expect(ContentRecognizer.looksLikeDate(cell) == ContentRecognizer.referenceLooksLikeDate(cell), "\(cell)")
            #expect(ContentRecognizer.looksLikeDate(cell, serials: true) == ContentRecognizer.referenceLooksLikeDate(cell, serials: true), "\(cell)")
        }
    }

    @Test func phonesAgreeWithCleaner() {
        for cell in Self.allCells {
            #expect(ContentRecognizer.looksLikePhone(cell) == ContentRecognizer.referenceLooksLikePhone(cell), "\(cell)")
        }
    }

    @Test func nationalIDsAgreeWithShape() {
        for cell in Self.allCells {
            #expect(ContentRecognizer.looksLikeNationalID(cell) == ContentRecognizer.referenceLooksLikeNationalID(cell), "\(cell)")
        }
    }

    @Test func namesAgreeWithDefinition() {
        for cell in Self.allCells {
            #expect(ContentRecognizer.looksLikePersonName(cell) == ContentRecognizer.looksLikePersonName(cell, dictionary: .shared), "\(cell)")
        }
    }

    /// The byte paths answer the common shapes themselves, and the generated cells hold both
    /// answers of each recogniser (so the comparisons above test something).
    @Test func bytePathsDecideCommonCells() {
        func bytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T { var copy = text; return copy.withUTF8(body) }
        for cell in ["05/03/1980", "5-3-1980", "1980-03-05", "1980", "31/02/1980", "00/00/1975", "29285", "1234567890"] {
            #expect(bytes(cell, ContentRecognizer.fastLooksLikeDate) != nil, "\(cell)")
        }
        for cell in ["0912345678", "0912.345.678", "+84 912 345 678", "01623456789", "042077281264", "0912345678.0"] {
            #expect(bytes(cell, ContentRecognizer.fastLooksLikePhone) != nil, "\(cell)")
        }
        for cell in ["Nguyễn Văn Đức", "NGUYEN VAN DUC", "Thôn Đông Hòa", "Y Moan Ênuôl", "12/03/1980"] {
            #expect(bytes(cell, ContentRecognizer.fastLooksLikePersonName) != nil, "\(cell)")
        }
        let cells = Self.allCells
        for (name, test) in [("date", { ContentRecognizer.looksLikeDate($0) }), ("phone", ContentRecognizer.looksLikePhone),
                             ("id", ContentRecognizer.looksLikeNationalID), ("name", { ContentRecognizer.looksLikePersonName($0) })]
            as [(String, (String) -> Bool)] {
            let yes = cells.filter(test).count
            #expect(yes > 100 && cells.count - yes > 100, "\(name): \(yes) of \(cells.count)")
        }
    }

    /// Every spelling of a family name's tone on another vowel, in every case, is found by the
    /// index exactly when its key is a family name.
    @Test func familyNameIndexAgreesWithKeys() {
        let dictionary = NameDictionary.shared
        var words: [String] = []
        for name in dictionary.familyNames {
            for variant in FamilyNameIndex.toneVariants(name) {
                words += [variant, variant.uppercased(), variant.prefix(1).uppercased() + variant.dropFirst()]
            }
        }
        #expect(words.count > dictionary.familyNames.count * 3)
        for word in words where !word.contains(" ") {
            for other in ["An", "Văn"] {
                let cell = "\(word) \(other)"
                #expect(ContentRecognizer.looksLikePersonName(cell) == ContentRecognizer.looksLikePersonName(cell, dictionary: dictionary), "\(cell)")
            }
        }
    }

    /// The letter table: 67 lower-case letters and their 67 capitals, each one NFC scalar,
    /// with the case mappings, properties and Character classes the byte paths rely on.
    @Test func letterTableMatchesUnicode() {
        let lower = Array(CellScan.lowerLetters.unicodeScalars), upper = Array(CellScan.upperLetters.unicodeScalars)
        #expect(lower.count == 67 && upper.count == 67 && Set(lower + upper).count == 134)
        for (l, u) in zip(lower, upper) {
            #expect(String(u).lowercased() == String(l) && Array(String(u).lowercased().utf8) == Array(String(l).utf8))
            #expect(Array(VietnameseText.nfc(String(l)).utf8) == Array(String(l).utf8))
            #expect(Array(VietnameseText.nfc(String(u)).utf8) == Array(String(u).utf8))
            #expect(String(l).utf8.count == String(u).utf8.count)
            #expect(Character(l).isLetter && Character(u).isLetter && Character(u).isUppercase && !Character(l).isUppercase)
            #expect(VietnameseText.hasDiacritics(String(l)) && VietnameseText.hasDiacritics(String(u)))
            #expect(CellScan.lowercased(u.value) == l.value && CellScan.lowercased(l.value) == l.value)
        }
        for v in UInt32(0)..<0x3000 where !(lower + upper).contains(where: { $0.value == v }) {
            #expect(!CellScan.isVietnameseLetter(v))
        }
    }

    /// The bit masks of the scan give the table's answer for every scalar of the first planes.
    @Test func letterMasksMatchTable() {
        for v in UInt32(0x80)..<0x11000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            var text = String(scalar)
            let (kind, next) = text.withUTF8 { CellScan.letterKind($0, at: 0) }
            #expect(kind == CellScan.letterKind(v) && next == text.utf8.count, "U+\(String(v, radix: 16))")
        }
    }

    /// The scan's counts against a Character-by-Character count.
    @Test func scanCountsAgree() {
        for cell in Self.allCells {
            var copy = cell
            let scan = copy.withUTF8 { CellScan($0) }
            let scalars = Array(cell.unicodeScalars)
            #expect(scan.byteCount == cell.utf8.count)
            #expect(scan.digits == scalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }.count)
            #expect(scan.asciiLetters == scalars.filter { $0.isASCII && $0.properties.isAlphabetic }.count)
            #expect(scan.spaces == scalars.filter { $0 == " " }.count)
            #expect(scan.vietnameseLetters == scalars.filter { CellScan.isVietnameseLetter($0.value) }.count)
            #expect(scan.byteCount == 0 || scan.startsUppercase == (scalars[0].properties.isUppercase
                && (scalars[0].isASCII || CellScan.isVietnameseLetter(scalars[0].value))), "\(cell)")
        }
    }
}
