import Testing
import SoSachText
@testable import SoSachFields

/// Every row of `date_vectors.tsv` (made when the current year was 2025: two-digit years pivot
/// at 25), plus the column detector and the plausible range.
@Suite struct DateParserTests {
    static let rows = FieldsFixture.rows("date_vectors.tsv")
    static let parser = DateParser(today: CivilDate(year: 2025, month: 11, day: 1))

    @Test func fixtureHasAllRows() { #expect(Self.rows.count == 38) }

    @Test(arguments: rows)
    func vector(row: [String: String]) {
        var raw = row["raw"]!
        var parser = Self.parser
        if raw.hasSuffix(" (workbook date1904=1)") {
            raw = String(raw.dropLast(" (workbook date1904=1)".count))
            parser.excel1904 = true
        }
        let result = parser.parse(raw)
        let expected = row["expected"]!
        #expect(Array((result.value?.iso ?? "").utf8) == Array(expected.utf8), "\(raw): \(result.flags)")
        if row["precision"] == "invalid" {
            #expect(result.flags.contains("date.invalid"))
        } else {
            #expect(result.value?.precision.rawValue == row["precision"])
        }
    }

    @Test func flags() {
        #expect(Self.parser.parse("05/13/1980").flags == ["date.month_first"])
        #expect(Self.parser.parse("29285").flags == ["date.excel_serial"])
        #expect(Self.parser.parse("5/3/80").flags == ["date.two_digit_year"])
        #expect(Self.parser.parse("00/00/1975").flags == ["date.placeholder"])
        #expect(Self.parser.parse("hello").flags == ["date.unparsed"])
        #expect(Self.parser.parse("").flags.isEmpty && Self.parser.parse("").value == nil)
        #expect(Self.parser.parse("01/01/1899").flags == ["date.out_of_range"])
        #expect(Self.parser.parse("01/01/2030").flags == ["date.out_of_range"])
        #expect(Self.parser.parse("1/1/26").value?.iso == "1926-01-01")
        #expect(Self.parser.parse("sinh ngày 5 tháng 3 năm 1980").value?.iso == "1980-03-05")
        #expect(Self.parser.parse("NĂM 1980").value?.iso == "1980")
        #expect(Self.parser.parse("1980-03").value?.iso == "1980-03")
        #expect(Self.parser.parse("5/3/1980 0:00").value?.iso == "1980-03-05")
        #expect(Self.parser.parse("1980-03-05T00:00:00").value?.iso == "1980-03-05")
        #expect(Self.parser.parse("x").flags == ["date.unparsed"])
        #expect(Self.parser.parse("0").flags == ["date.excel_serial", "date.invalid"])
    }

    @Test func todayIsInjectable() {
        let early = DateParser(today: CivilDate(year: 1990, month: 1, day: 1))
        #expect(early.parse("05/03/1995").flags == ["date.out_of_range"])
        #expect(early.parse("1/1/89").value?.iso == "1989-01-01")
        #expect(early.parse("1/1/95").value?.iso == "1895-01-01" || early.parse("1/1/95").value == nil)
    }

    @Test func columnDetectorDecidesOrder() {
        var detector = DateColumnDetector()
        for value in ["05/03/1980", "07/11/1982", "03/25/1979", "12/01/1990"] { detector.observe(value) }
        #expect(detector.profile.order == .monthFirst)
        #expect(Self.parser.parse("05/03/1980", column: detector.profile).value?.iso == "1980-05-03")
        var vietnamese = DateColumnDetector()
        for value in ["05/03/1980", "25/11/1982", "03/05/1979"] { vietnamese.observe(value) }
        #expect(vietnamese.profile == DateColumnProfile(order: .dayFirst, swapped: false))
    }

    @Test func columnDetectorFindsTheUSSwapPattern() {
        // 05/03/1980 (5 March) became the serial of 3 May 1980 (29344); 13/05/1980 stayed text.
        var detector = DateColumnDetector()
        for value in ["29344", "13/05/1980", "1982-07-01 00:00:00", "25/12/1979"] { detector.observe(value) }
        let profile = detector.profile
        #expect(profile.swapped)
        let fixed = Self.parser.parse("29344", column: profile)
        #expect(fixed.value?.iso == "1980-03-05")
        #expect(fixed.flags.contains("date.swapped"))
        #expect(Self.parser.parse("1982-07-01 00:00:00", column: profile).value?.iso == "1982-01-07")
        #expect(Self.parser.parse("13/05/1980", column: profile).value?.iso == "1980-05-13")
    }
}
