import Testing
import SoSachText
@testable import SoSachFields

/// The byte reading of common gender cells (`GenderParser.common`) gives the general reading's
/// answer, and the public `parse` equals the general reading on every cell.
@Suite struct GenderFastPathTests {
    static let cells = [
        "Nam", "nam", "NAM", "nAm", "naM", "NaM", "Nữ", "nữ", "NỮ", "nỮ", "Nu", "nu", "NU", "nU",
        "M", "m", "F", "f", "N", "", " ", "Nam ", " Nam", "Nữ.", "Nư", "Năm", "Nầm", "Nữ giới", "Ông", "Bà",
        "Nu\u{0308}", "Nu\u{031B}\u{0303}", "x", "1", "0", "Male", "Femal", "mm", "Nn", "Na", "Nam1",
    ]

    @Test(arguments: cells)
    func fastPathMatchesGeneral(cell: String) {
        for parser in [GenderParser(), GenderParser(numericCoding: .oneIsMale), GenderParser(numericCoding: .oneIsFemale)] {
            let general = parser.parseGeneral(cell)
            if let fast = GenderParser.common(cell) {
                #expect(general.value == fast && general.flags.isEmpty, "\(Array(cell.utf8))")
            }
            let public_ = parser.parse(cell)
            #expect(public_.value == general.value && public_.flags.map(\.code) == general.flags.map(\.code), "\(Array(cell.utf8))")
        }
    }

    @Test func takenForTheUsualCells() {
        for cell in ["Nam", "Nữ", "NAM", "NỮ", "nu", "M", "F"] { #expect(GenderParser.common(cell) != nil, "\(cell)") }
        for cell in ["Năm", "N", "Nữ giới", "Nu\u{0308}"] { #expect(GenderParser.common(cell) == nil, "\(cell)") }
    }
}
