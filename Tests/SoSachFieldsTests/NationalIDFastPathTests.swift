import Testing
import SoSachText
@testable import SoSachFields

/// The byte cleaning of cells of digits, spaces and apostrophes (`NationalIDCleaner.cleanPlain`)
/// gives the general cleaning's answer, on a table and on generated cells; the public `clean`
/// equals the general cleaning everywhere.
@Suite struct NationalIDFastPathTests {
    static let cells = [
        "042093897710", "42068776616", "'042093897710", "042 162 116007", "042093897710 ", " 042093897710",
        "4209389771", "009123456789", "99123456789", "042493897710", "042993897710", "042393897710",
        "123456789", "12345678", "1234567", "1234567890123", "''", "' ", "0", "038303004567",
        "001 0 9 3 8 9 7 7 1 0", "12 345 678", "084123456789", "'12345678", "042.093.897.710",
        "6.01885E+10", "042093897710.0", "", "   ", "0420938977100000000000000001",
    ]

    static func bytes(_ cleaned: Cleaned<NationalID>) -> [UInt8] {
        guard let id = cleaned.value else { return Array("<nil>;".utf8) + Array(cleaned.flags.map(\.code).joined(separator: ";").utf8) }
        let parts = [id.digits, id.kind.rawValue, id.provinceCode ?? "-", id.birthYear.map(String.init) ?? "-",
                     id.gender?.rawValue ?? "-", cleaned.flags.map(\.code).joined(separator: ";")]
        return Array(parts.joined(separator: "|").utf8)
    }

    static func check(_ cell: String) -> Bool {
        let cleaner = NationalIDCleaner()
        var taken = false
        for (year, gender) in [(nil, nil), (1993, Gender.male), (1994, Gender.female), (2003, nil)] as [(Int?, Gender?)] {
            let general = cleaner.cleanGeneral(cell, birthYear: year, gender: gender)
            if let fast = cleaner.cleanPlain(cell, birthYear: year, gender: gender) {
                taken = true
                #expect(bytes(fast) == bytes(general), "\(cell)")
            }
            #expect(bytes(cleaner.clean(cell, birthYear: year, gender: gender)) == bytes(general), "\(cell)")
        }
        return taken
    }

    @Test(arguments: cells)
    func fastPathMatchesGeneral(cell: String) { _ = Self.check(cell) }

    @Test func generatedCells() {
        var generator = SeededGenerator(seed: 7)
        let alphabet: [Character] = ["0", "1", "2", "3", "4", "0", "4", "2", "9", " ", "'"]
        var taken = 0
        for _ in 0..<3000 {
            let length = Int.random(in: 1...15, using: &generator)
            var cell = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            // Real prefixes often: a province code and a century digit.
            if Bool.random(using: &generator) { cell = ["001", "042", "079", "0"].randomElement(using: &generator)! + cell }
            if Self.check(cell) { taken += 1 }
        }
        #expect(taken > 1000)
    }
}
