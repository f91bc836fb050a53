import Testing
import SoSachText
@testable import SoSachFields

@Suite struct GenderAndRecognizerTests {
    @Test(arguments: [
        ("Nam", Gender.male), ("NAM", .male), ("nam", .male), ("Nữ", .female), ("NỮ", .female), ("Nu", .female),
        ("NU", .female), ("Nữ", .female), ("nữ giới", .female), ("M", .male), ("F", .female), ("Male", .male),
        ("female", .female), (" Nam ", .male), ("Nư", .female), ("Bà", .female), ("ông", .male),
    ])
    func genderVariants(text: String, expected: Gender) {
        #expect(GenderParser().parse(text).value == expected)
    }

    @Test func genderRejects() {
        #expect(GenderParser().parse("Năm").flags == ["gender.unparsed"])
        #expect(GenderParser().parse("1").value == nil)
        #expect(GenderParser(numericCoding: .oneIsMale).parse("1").value == .male)
        #expect(GenderParser(numericCoding: .oneIsMale).parse("0").value == .female)
        #expect(GenderParser(numericCoding: .oneIsFemale).parse("1").value == .female)
        #expect(GenderParser().parse("").value == nil && GenderParser().parse("").flags.isEmpty)
    }

    @Test func twoColumnForm() {
        let parser = GenderParser()
        #expect(parser.parse(maleCell: "1980", femaleCell: "").value == .male)
        #expect(parser.parse(maleCell: " ", femaleCell: "x").value == .female)
        #expect(parser.parse(maleCell: "1980", femaleCell: "1981").flags == ["gender.conflict"])
        #expect(parser.parse(maleCell: "", femaleCell: "\u{A0}").value == nil)
    }

    @Test func recognizers() {
        #expect(ContentRecognizer.looksLikePersonName("Nguyễn Văn Đức"))
        #expect(ContentRecognizer.looksLikePersonName("NGUYEN VAN DUC"))
        #expect(ContentRecognizer.looksLikePersonName("H'Hen Niê"))
        #expect(!ContentRecognizer.looksLikePersonName("Thôn Đông Hòa"))
        #expect(!ContentRecognizer.looksLikePersonName("Nguyễn"))
        #expect(!ContentRecognizer.looksLikePersonName("12/03/1980"))
        #expect(!ContentRecognizer.looksLikePersonName("Họ và tên"))
        #expect(ContentRecognizer.looksLikeDate("05/03/1980"))
        #expect(ContentRecognizer.looksLikeDate("1980"))
        #expect(!ContentRecognizer.looksLikeDate("29285"))
        #expect(ContentRecognizer.looksLikeDate("29285", serials: true))
        #expect(!ContentRecognizer.looksLikeDate("Nam"))
        #expect(ContentRecognizer.looksLikeNationalID("001085012345"))
        #expect(ContentRecognizer.looksLikeNationalID("7.9196E+10"))
        #expect(!ContentRecognizer.looksLikeNationalID("1980"))
        #expect(ContentRecognizer.looksLikePhone("0912.345.678"))
        #expect(ContentRecognizer.looksLikePhone("+84 912 345 678"))
        #expect(!ContentRecognizer.looksLikePhone("1980"))
        #expect(!ContentRecognizer.looksLikePhone("Nguyễn Văn Đức"))
        #expect(ContentRecognizer.looksLikePhone("912345678"))
        #expect(ContentRecognizer.looksLikePhone("abc / 0912 345 678"))
        #expect(!ContentRecognizer.looksLikePhone("12345678"))
        #expect(ContentRecognizer.looksLikeGender("Nữ"))
    }
}
