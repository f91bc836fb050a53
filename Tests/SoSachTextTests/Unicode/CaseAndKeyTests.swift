import Testing
@testable import SoSachText

@Suite struct CaseAndKeyTests {
    @Test(arguments: [
        ("NGUYỄN VĂN ĐỨC", "Nguyễn Văn Đức"),
        ("H'HEN NIÊ KĐĂM", "H'Hen Niê Kđăm"),
        ("ksor h'blin", "Ksor H'Blin"),
        ("y bih niê", "Y Bih Niê"),
        ("nguyễn thị ánh", "Nguyễn Thị Ánh"),
        ("ÑOÑO müller", "Ñoño Müller"),
        ("lê-văn", "Lê-Văn"),
    ])
    func titleCase(input: String, expected: String) {
        #expect(Array(VietnameseText.titleCased(input).utf8) == Array(expected.utf8))
    }

    @Test(arguments: [
        ("Đặng Thị Ánh", "dang thi anh"),
        ("Ðỗ  Văn Hùng", "do van hung"),
        ("NGUYỄN VĂN ĐỨC", "nguyen van duc"),
        ("Họ và tên", "ho va ten"),
        ("Müller Straße", "muller strasse"),
        ("Năm sinh", "nam sinh"),
    ])
    func foldKey(input: String, expected: String) {
        #expect(VietnameseText.foldKey(input) == expected)
    }

    @Test func keyKeepsDiacriticsAndUsesTraditionalTones() {
        #expect(Array(VietnameseText.key("LÊ THỊ HOÀ").utf8) == Array("lê thị hòa".utf8))
        #expect(VietnameseText.key("Thị") != VietnameseText.key("Thi"))
        #expect(VietnameseText.hasDiacritics("Nguyen Van Duc") == false)
        #expect(VietnameseText.hasDiacritics("Nguyen Van Đuc") == true)
    }

    @Test func unchangedInputIsReturnedAsIs() {
        let clean = "Nguyễn Văn Đức"
        let result = VietnameseText.normalize(clean, options: .personName())
        #expect(result.changes.isEmpty)
        #expect(Array(result.text.utf8) == Array(clean.utf8))
    }
}
