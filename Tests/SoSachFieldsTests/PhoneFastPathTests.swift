import Testing
import SoSachText
@testable import SoSachFields

/// The byte cleaning of digit-only phone cells (`PhoneCleaner.cleanPlain`) gives the general
/// cleaning's answer, on a table and on generated cells, with and without an old data year.
@Suite struct PhoneFastPathTests {
    static let cells = [
        "0912345678", "912345678", "01200587316", "01623456789", "0838123456", "838123456", "0243812345",
        "0084912345", "0084123456789", "84912345678", "849123456", "0012345678", "012345678", "0199999999",
        "0123456789", "01999999999", "02438123456", "0511123456", "511123456", "343199995", "0343199995",
        "+84 786446708", "0912 345 678", "", " ", "12345", "091234567800", "0912345678 ", "0912.345.678",
    ]

    static func bytes(_ cleaned: Cleaned<PhoneNumber>) -> [UInt8] {
        Array(((cleaned.value?.digits ?? "<nil>") + "|" + (cleaned.value?.kind.rawValue ?? "-") + "|"
            + cleaned.flags.map(\.code).joined(separator: ";")).utf8)
    }

    static func check(_ cell: String) -> Bool {
        var taken = false
        for cleaner in [PhoneCleaner(), PhoneCleaner(dataYear: 2016), PhoneCleaner(dataYear: 2018)] {
            let general = cleaner.cleanGeneral(cell)
            if let fast = cleaner.cleanPlain(cell) {
                taken = true
                #expect(bytes(fast) == bytes(general), "\(cell) \(String(describing: cleaner.dataYear))")
            }
            #expect(bytes(cleaner.clean(cell)) == bytes(general), "\(cell)")
        }
        return taken
    }

    @Test(arguments: cells)
    func fastPathMatchesGeneral(cell: String) { _ = Self.check(cell) }

    @Test func generatedCells() {
        var generator = SeededGenerator(seed: 11)
        var taken = 0
        for _ in 0..<5000 {
            let length = Int.random(in: 8...12, using: &generator)
            var cell = String((0..<length).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            if Int.random(in: 0..<3, using: &generator) == 0 {
                cell = ["09", "03", "08", "01", "0162", "0120", "84", "0084", "02"].randomElement(using: &generator)! + cell.dropFirst(2)
            }
            if Self.check(cell) { taken += 1 }
        }
        #expect(taken > 200)
    }
}
