import PropertyBased
import Testing
import SoSachText
@testable import SoSachFields

/// Properties over generated names: normalisation is idempotent, and the key of a name equals
/// the key of its NFD, upper-case and other-tone-style forms.
@Suite struct NamePropertyTests {
    static let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Ksor"]
    static let middles = ["Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thanh", "Xuân", "Thùy", "Quốc", ""]
    static let givens = ["Hòa", "Hoà", "Thủy", "Thuỷ", "Khỏe", "Quý", "Qúy", "Ánh", "Đức", "Tuấn", "Hương", "Giang", "Nguyệt",
                         "Ấn", "Uyên", "Yến", "Khuê", "Loan", "Xoan", "Thúy", "Tùy", "H'Hen", "Kđăm", "Trường", "Người", "Gía"]
    static let noise = ["", " ", "  ", "\u{A0}", "\u{200B}", "\t"]

    static func name(_ f: Int, _ m: Int, _ g: Int, _ n: Int) -> String {
        [families[f], middles[m], givens[g]].filter { !$0.isEmpty }.joined(separator: " " + noise[n])
    }

    @Test func normalisationIsIdempotent() async {
        await propertyCheck(
            count: 300, input: Gen.int(in: 0...(Self.families.count - 1)), Gen.int(in: 0...(Self.middles.count - 1)),
            Gen.int(in: 0...(Self.givens.count - 1)), Gen.int(in: 0...(Self.noise.count - 1))
        ) { f, m, g, n in
            let name = Self.name(f, m, g, n)
            let once = NameCleaner().clean(name).value!
            let twice = NameCleaner().clean(once.full)
            #expect(Array(twice.value!.full.utf8) == Array(once.full.utf8))
            #expect(twice.flags.isEmpty)
            let text = VietnameseText.cleanup(name)
            #expect(Array(VietnameseText.cleanup(text).utf8) == Array(text.utf8))
            let nfc = VietnameseText.nfc(name)
            #expect(Array(VietnameseText.nfc(nfc).utf8) == Array(nfc.utf8))
        }
    }

    @Test func keyIgnoresFormCaseAndToneStyle() async {
        await propertyCheck(
            count: 300, input: Gen.int(in: 0...(Self.families.count - 1)), Gen.int(in: 0...(Self.middles.count - 1)),
            Gen.int(in: 0...(Self.givens.count - 1)), Gen.int(in: 0...(Self.noise.count - 1))
        ) { f, m, g, n in
            let name = Self.name(f, m, g, n)
            let key = NameCleaner().clean(name).value!.key
            let forms = [
                VietnameseText.nfd(name),
                ICUCaseMapping.uppercased(name),
                VietnameseText.applyingToneStyle(name, .modern),
                VietnameseText.applyingToneStyle(name, .traditional),
                ICUCaseMapping.lowercased(VietnameseText.nfd(VietnameseText.applyingToneStyle(name, .modern))),
            ]
            for form in forms {
                #expect(Array(NameCleaner().clean(form).value!.key.utf8) == Array(key.utf8), "\(form)")
            }
        }
    }
}
