import Foundation
import Testing
import SoSachText
@testable import SoSachFields

/// The ten-byte reading of "dd/mm/yyyy" (`DateParser.plainDate`) gives the general reading's
/// answer; `BirthDate.iso`'s in-place form equals the padded rule.
@Suite struct DateFastPathTests {
    static let parsers = [DateParser(today: CivilDate(year: 2025, month: 6, day: 30)),
                          DateParser(today: CivilDate(year: 2018, month: 12, day: 31), earliestYear: 1920)]

    static let cells = [
        "12/03/1985", "01/01/1900", "31/12/1899", "29/02/1984", "29/02/1985", "29/02/1900", "29/02/2000",
        "31/04/1990", "30/04/1990", "00/03/1985", "12/00/1985", "00/00/1985", "13/05/1980", "05/13/1980",
        "12/12/2025", "30/06/2025", "01/07/2025", "31/12/2018", "01/01/2019", "31/01/1919", "01/01/1920",
        "12-03-1985", "12.03.1985", "1985/03/12", "12/3/1985", "1/3/1985", "12/03/85", "12/03/19850",
        "ab/03/1985", "12/03/198a", " 12/03/198", "12/03/1985 ", "99/99/9999", "31/13/2000", "31/10/2000",
    ]

    static func bytes(_ cleaned: Cleaned<BirthDate>) -> [UInt8] {
        Array((cleaned.value?.iso ?? "<nil>").utf8) + [0] + Array(cleaned.flags.map(\.code).joined(separator: ";").utf8)
    }

    @Test(arguments: cells)
    func fastPathMatchesGeneral(cell: String) {
        for parser in Self.parsers {
            for column in [DateColumnProfile.vietnamese, DateColumnProfile(order: .dayFirst, swapped: true),
                           DateColumnProfile(order: .monthFirst)] {
                let general = parser.parseGeneral(cell, column: column)
                if column.order == .dayFirst, let fast = parser.plainDate(cell) {
                    #expect(Self.bytes(Cleaned(fast)) == Self.bytes(general), "\(cell)")
                }
                #expect(Self.bytes(parser.parse(cell, column: column)) == Self.bytes(general), "\(cell)")
            }
        }
    }

    @Test func everyDayOfSomeYears() {
        let parser = DateParser(today: CivilDate(year: 2025, month: 6, day: 30))
        var taken = 0
        for year in [1899, 1900, 1984, 1985, 2000, 2024, 2025, 2026] {
            for month in 0...13 {
                for day in 0...32 {
                    let cell = String(format: "%02d/%02d/%04d", day, month, year)
                    let general = parser.parseGeneral(cell)
                    if let fast = parser.plainDate(cell) {
                        taken += 1
                        #expect(Self.bytes(Cleaned(fast)) == Self.bytes(general), "\(cell)")
                    }
                    #expect(Self.bytes(parser.parse(cell)) == Self.bytes(general), "\(cell)")
                }
            }
        }
        #expect(taken > 2000)
    }

    static func describe(_ shape: DateShape?) -> String {
        guard let shape else { return "nil" }
        return "\(shape.kind) \(shape.twoDigitYear) \(shape.placeholder) \(shape.isRealDate)"
    }

    /// The shape of "dd/mm/yyyy" built by `DateShape.plain` is the general reading's.
    @Test func plainShapeMatchesGeneral() {
        var taken = 0
        var cells = Self.cells
        for day in ["00", "01", "12", "13", "31", "99", "x1", "1/"] {
            for month in ["00", "01", "12", "13", "99", "?1"] {
                for year in ["0000", "1985", "2025", "9999", "198a"] { cells.append("\(day)/\(month)/\(year)") }
            }
        }
        for cell in cells {
            let bytes = Array(cell.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                let general = Self.describe(DateShape.readGeneral(bytes: buffer))
                if let plain = DateShape.plain(buffer) {
                    taken += 1
                    #expect(Self.describe(plain) == general, "\(cell)")
                }
            }
            #expect(Self.describe(DateShape.read(cell)) == bytes.withUnsafeBufferPointer { Self.describe(DateShape.readGeneral(bytes: $0)) }
                    || bytes.contains { $0 >= 0x80 }, "\(cell)")
        }
        #expect(taken >= 100)
    }

    @Test(arguments: [(1985, 3, 7), (1985, 3, nil), (1985, nil, nil), (5, 1, 2), (0, nil, nil), (9999, 12, 31),
                      (10000, 1, 1), (-5, nil, nil), (1985, 100, 1), (2000, 1, 100)] as [(Int, Int?, Int?)])
    func isoMatchesPaddedRule(year: Int, month: Int?, day: Int?) {
        let date = BirthDate(year: year, month: month, day: day)
        #expect(Array(date.iso.utf8) == Array(date.paddedISO.utf8))
    }
}
