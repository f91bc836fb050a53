import SoSachText
import Testing
@testable import SoSachLinkage

/// Synthetic province-like data: persons appearing 1-3 times with noise, households sharing
/// phones, some IDs. Exercises the whole linker at a size where quadratic work would show.
@Suite struct ScaleTests {
    static func synthetic(persons: Int, seed: UInt64) -> [LinkRecord] {
        var g = SeededGenerator(seed: seed)
        var records: [LinkRecord] = []
        records.reserveCapacity(persons * 2)
        for p in 0..<persons {
            let nameKey = UInt64(p % (persons / 4) + 1) &* 0x9e37_79b9_7f4a_7c15 | 1
            let birth = LinkDate(year: 1940 + p % 70, month: 1 + p % 12, day: 1 + p % 28)
            let commune = Int32(p % 3000 + 1)
            let phone = UInt64(900_000_000 + p / 3)    // households of three share a phone
            let hasID = p % 3 == 0
            let copies = 1 + Int(g.next() % 3)
            for _ in 0..<copies {
                let keepDay = g.next() % 4 != 0
                records.append(LinkRecord(
                    ordinal: 0, nameKey: nameKey, nameHasDiacritics: g.next() % 2 == 0,
                    birth: keepDay ? birth : LinkDate(year: birth.year),
                    gender: p % 2 == 0 ? .male : .female,
                    nationalID: hasID ? UInt64(1_000_000_000 + p) : 0, idKind: hasID ? .cccd : .none,
                    phone: g.next() % 2 == 0 ? phone : 0, commune: g.next() % 8 == 0 ? 0 : commune))
            }
        }
        records.shuffle(using: &g)
        for i in records.indices { records[i].ordinal = UInt32(i) }
        return records
    }

    @Test func twoHundredThousandRecordsLinkFastEvenInDebug() {
        let records = Self.synthetic(persons: 100_000, seed: 7)
        #expect(records.count > 190_000)
        let clock = ContinuousClock()
        var result: LinkResult?
        let elapsed = clock.measure { result = DeterministicLinker().link(records) }
        let r = result!
        #expect(elapsed < .seconds(5))
        #expect(r.stats.clusters >= 100_000)      // never merges distinct persons in this data
        #expect(r.stats.clusters < records.count)
        #expect(r.stats.links == records.count - r.stats.clusters)
        let ids = PersonIDAssigner().assign(r, recordID: { "f.csv:\($0)" })
        #expect(ids.count == r.clusterCount)
    }
}
