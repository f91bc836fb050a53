import Testing
@testable import SoSachPipeline

/// The sample-data generator is deterministic and covers what SampleData promises.
@Suite struct SampleDataGeneratorTests {
    @Test func sameSeedSameFiles() {
        let a = SampleDataGenerator().files()
        let b = SampleDataGenerator().files()
        #expect(a.map(\.path) == b.map(\.path))
        #expect(a.map { Array($0.text.utf8) } == b.map { Array($0.text.utf8) })
        let other = SampleDataGenerator(seed: 1).files()
        #expect(a.map { Array($0.text.utf8) } != other.map { Array($0.text.utf8) })
    }

    @Test func coversEveryEncodingAndLayout() {
        let files = SampleDataGenerator().files()
        #expect(files.count >= 10)
        #expect(Set(files.map(\.encoding)) == Set(SampleFile.Encoding.allCases))
        let all = files.map(\.text).joined()
        for needle in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Năm sinh", "Nam", "Nữ", "(1)", "Tổng cộng",
                       "XÃ ĐỨC LA", "Huyện Đức Thọ", "Phường Đại Nài", "XÃ ĐỨC QUANG", "\u{E000}"] {
            #expect(all.contains(needle), "\(needle)")
        }
        // Old 11-digit phones in the 2018 list.
        let legacy = files.first { $0.path.hasPrefix("2018/") }!
        #expect(legacy.text.contains(";016") || legacy.text.contains(";012"))
    }

    @Test func sharedCitizensAppearInSeveralLists() {
        let files = SampleDataGenerator().files()
        let first = files[0].text, legacy = files.first { $0.path.hasPrefix("2018/") }!.text
        // The 2018 list names citizens of the 2025 list (same 9 random ID digits, or same name).
        let ids2025 = Set(first.split(separator: ";").filter { $0.count == 12 && $0.allSatisfy(\.isNumber) }.map { $0.suffix(6) })
        let ids2018 = Set(legacy.split(separator: ";").filter { $0.count >= 9 && $0.allSatisfy(\.isNumber) }.map { $0.suffix(6) })
        #expect(!ids2025.intersection(ids2018).isEmpty)
    }

    @Test func excelSerials() {
        #expect(SyntheticListRenderer.excelSerial(year: 1980, month: 3, day: 5) == 29285)
        #expect(SyntheticListRenderer.excelSerial(year: 2000, month: 1, day: 1) == 36526)
    }

    @Test(arguments: [("Nguyễn Thị Hòa", "Nguyễn Thị Hoà"), ("Lê Văn Thủy", "Lê Văn Thuỷ"), ("Hoàng Khỏe", "Hoàng Khoẻ")])
    func modernTones(input: String, expected: String) {
        #expect(Array(SyntheticListRenderer.modernTones(input).utf8) == Array(expected.utf8))
    }
}
