import Testing
import SoSachText
@testable import SoSachFields

/// The already-clean fast path of ``NameCleaner`` gives the result of the general pipeline,
/// compared as bytes (full, parts, keys, flags), on the vector file and on generated names; and
/// it is taken for the clean names it is there for.
@Suite struct NameCleanerFastPathTests {
    static let cleaners = [NameCleaner(toneStyle: .traditional), NameCleaner(toneStyle: .modern)]

    struct Result: Equatable {
        let full: [UInt8], family: [UInt8], middle: [UInt8], given: [UInt8]
        let folded: [UInt8], hasDiacritics: Bool, flags: [String]
        var key: [UInt8], phonetic: [UInt8]

        init(_ cleaned: Cleaned<PersonName>) {
            let name = cleaned.value
            full = Array((name?.full ?? "").utf8)
            family = Array((name?.family ?? "").utf8)
            middle = Array((name?.middle ?? "").utf8)
            given = Array((name?.given ?? "").utf8)
            key = Array((name?.key ?? "").utf8)
            folded = Array((name?.foldedKey ?? "").utf8)
            phonetic = Array((name?.phoneticKey ?? "").utf8)
            hasDiacritics = name?.hasDiacritics ?? false
            flags = cleaned.flags.map(\.code) + (name == nil ? ["<nil>"] : [])
        }
    }

    /// Checks `text` and its clean form with both cleaners; returns how many clean forms took
    /// the fast path.
    @discardableResult
    static func check(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        var fastCount = 0
        for cleaner in cleaners {
            let general = cleaner.cleanGeneral(text)
            #expect(Result(cleaner.clean(text)) == Result(general), "\(text)", sourceLocation: sourceLocation)
            // Without the phonetic key, the exact key or both: everything else the same, on both paths.
            for (phonetic, exact) in [(false, true), (true, false), (false, false)] {
                var unkeyed = cleaner
                unkeyed.makesPhoneticKey = phonetic
                unkeyed.makesExactKey = exact
                var expected = Result(general)
                if !phonetic { expected.phonetic = [] }
                if !exact { expected.key = [] }
                #expect(Result(unkeyed.clean(text)) == expected, "\(text)", sourceLocation: sourceLocation)
                #expect(Result(unkeyed.cleanGeneral(text)) == expected, "\(text)", sourceLocation: sourceLocation)
                if let fast = unkeyed.cleanAlreadyClean(text) {
                    #expect(Result(fast) == expected, "\(text)", sourceLocation: sourceLocation)
                }
            }
            // The parts are the Substrings of `full` at their byte ranges.
            if let name = general.value {
                #expect(Array(name.family.utf8) == Self.referencePart(name, name.familyRange), sourceLocation: sourceLocation)
                #expect(Array(name.middle.utf8) == Self.referencePart(name, name.middleRange), sourceLocation: sourceLocation)
                #expect(Array(name.given.utf8) == Self.referencePart(name, name.givenRange), sourceLocation: sourceLocation)
            }
            if let fast = cleaner.cleanAlreadyClean(text) {
                #expect(Result(fast) == Result(general), "\(text)", sourceLocation: sourceLocation)
            }
            guard let full = general.value?.full else { continue }
            let again = cleaner.cleanGeneral(full)
            #expect(Result(cleaner.clean(full)) == Result(again), "\(full)", sourceLocation: sourceLocation)
            if let fast = cleaner.cleanAlreadyClean(full) {
                fastCount += 1
                #expect(Result(fast) == Result(again), "\(full)", sourceLocation: sourceLocation)
            }
        }
        return fastCount
    }

    /// A part as `PersonName` made it before copying bytes: a `Substring` of the UTF-8 view.
    static func referencePart(_ name: PersonName, _ range: Range<Int>) -> [UInt8] {
        if range.isEmpty { return [] }
        let utf8 = name.full.utf8
        return Array(String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])).utf8)
    }

    @Test func vectorFile() {
        let rows = FieldsFixture.rows("names_variants.tsv")
        #expect(rows.count == 88)
        var fast = 0
        for row in rows {
            fast += Self.check(row["variant_a"]!)
            fast += Self.check(row["variant_b"]!)
        }
        #expect(fast > 200)
    }

    @Test(arguments: [
        "Nguyễn Văn Đức", "Ông Nguyễn Văn An", "Bà Hoàng Thị Lan", "Ông Văn Tú", "Chị Nguyễn Thị Lan", "ONG NGUYEN VAN AN",
        "Ong Nguyen Van An", "Anh Nguyen", "Bs Lê Văn Tám", "Phạm Ngọc", "Nguyễn Thị Minh Khai Anh", "Tôn Thất Hùng",
        "Công Tằng Tôn Nữ Thị Lan", "Âu Dương Phong", "Tư Mã Ý", "Y Bih Niê Kđăm", "H'Hen Niê", "Nguyen Van Duc", "Lan Anh",
        "Ánh Nguyễn Thị", "Chi Nguyễn Văn", "Mai Văn Lan", "Hòa", "Hoà", "Nguyễn Văn Quý", "Nguyễn Văn Qúy", "Dương Thị Thủy",
        "Dương Thị Thuỷ", "Giáp Văn Gìn", "Nguyen Nghieng", "Phan Minh Long", "Trieu Thi Nghieng Ngheng", "A", "", "  ", "123",
    ])
    func cases(text: String) {
        Self.check(text)
    }

    /// Family names of the dictionary with common middle and given names, as typed and in the
    /// noisy forms of submitted lists.
    @Test func generatedNames() {
        let families = NameDictionary.shared.familyNames.sorted().map(VietnameseText.titleCased)
        let middles = ["", "Văn", "Thị", "Hữu", "Đức", "Ngọc", "Thùy", "Quốc", "Thị Minh", "Nguyễn", "Lê"]
        let givens = ["Hòa", "Hoà", "Thủy", "Thuỷ", "Khỏe", "Quý", "Qúy", "Ánh", "Đức", "Hương", "Giang", "Nguyệt", "Uyên",
                      "Yến", "Loan", "Tùy", "H'Hen", "Kđăm", "Người", "Gía", "Quyết", "Úy", "Nghĩa", "An", "Linh", "Nam"]
        #expect(families.count > 50)
        var fast = 0, total = 0
        var i = 0
        for family in families {
            for middle in middles {
                // A sample of the given names per family and middle name keeps the test short.
                for _ in 0..<4 {
                    let given = givens[i % givens.count]
                    i += 7
                    let name = [family, middle, given].filter { !$0.isEmpty }.joined(separator: " ")
                    let forms = [name, name.uppercased(), VietnameseText.foldKey(name), "Bà " + name, " " + name]
                    for form in forms[(i % 3)...] {
                        fast += Self.check(form)
                        total += 2
                    }
                }
            }
        }
        #expect(fast > total / 2)
    }
}
