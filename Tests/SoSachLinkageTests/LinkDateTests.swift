import Testing
@testable import SoSachLinkage

@Suite struct LinkDateTests {
    @Test(arguments: [
        (1985, 3, 7, "1985-03-07", 3),
        (1985, 3, 0, "1985-03", 2),
        (1985, 0, 0, "1985", 1),
        (1985, 0, 7, "1985", 1),   // a day without a month is dropped
        (1985, 13, 7, "1985", 1),  // an impossible month is dropped
        (0, 3, 7, "", 0),
    ])
    func packing(year: Int, month: Int, day: Int, iso: String, precision: Int) {
        let d = LinkDate(year: year, month: month, day: day)
        #expect(Array(d.description.utf8) == Array(iso.utf8))
        #expect(d.precision == precision)
        #expect(LinkDate(raw: d.raw) == d)
    }

    @Test(arguments: [
        (date(1985, 3, 7), date(1985, 3, 7), true),
        (date(1985, 3, 7), date(1985, 3), true),
        (date(1985, 3, 7), date(1985), true),
        (date(1985, 3, 7), .unknown, true),
        (date(1985, 3, 7), date(1985, 3, 8), false),
        (date(1985, 3, 7), date(1985, 4), false),
        (date(1985), date(1986), false),
    ])
    func compatibility(a: LinkDate, b: LinkDate, compatible: Bool) {
        #expect(a.isCompatible(with: b) == compatible)
        #expect(b.isCompatible(with: a) == compatible)
    }

    @Test func recordIsCompact() {
        #expect(MemoryLayout<LinkRecord>.size <= 48)
        #expect(MemoryLayout<LinkRecord>.stride == 48)
    }
}
