import SoSachText
import Testing
@testable import SoSachLinkage

@Suite struct DeterminismTests {
    /// Messy synthetic records with many shared keys, conflicts and near misses.
    static func messy(count: Int, seed: UInt64) -> [LinkRecord] {
        var g = SeededGenerator(seed: seed)
        let names = ["nguyen van an", "nguyen thi an", "tran van binh", "le thi mai", "nguyen an", "pham hoa"]
        return (0..<count).map { i in
            let person = Int.random(in: 0..<(count / 3), using: &g)
            let name = names[person % names.count]
            let id = Int.random(in: 0..<4, using: &g) == 0 ? "0010900\(String(person % 50 + 10000))" : ""
            let year = 1980 + person % 7
            let birth = Int.random(in: 0..<3, using: &g) == 0 ? date(year) : date(year, 1 + person % 2, 1 + person % 3)
            let gender: LinkGender = [.unknown, .male, .female][Int.random(in: 0..<3, using: &g)]
            let phone = Int.random(in: 0..<2, using: &g) == 0 ? "09\(10_000_000 + person % 40)" : ""
            return rec(UInt32(i), name, birth: birth, gender: gender, id: id, phone: phone,
                       commune: Int32(person % 3 + 1))
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func shuffledInputGivesSameResult(seed: UInt64) {
        let records = Self.messy(count: 600, seed: 42)
        let reference = link(records)
        var g = SeededGenerator(seed: seed)
        let shuffled = records.shuffled(using: &g)
        let result = link(shuffled)
        #expect(result.clusterOfRecord == reference.clusterOfRecord)
        #expect(result.reviewPairs == reference.reviewPairs)
        #expect(result.stats == reference.stats)
        #expect(result.records == reference.records)
        // The data has enough conflicts to exercise every path.
        #expect(reference.stats.links > 0)
        #expect(reference.stats.refusedByReason["cccd_conflict", default: 0] > 0)
        #expect(reference.stats.refusedByReason["gender_conflict", default: 0] > 0)
    }

    @Test func noClusterEverHoldsTwoCCCDsOrTwoGenders() {
        for seed in 1...10 as ClosedRange<UInt64> {
            let result = link(Self.messy(count: 900, seed: seed))
            var cccd = [UInt64?](repeating: nil, count: result.clusterCount)
            var gender = [LinkGender?](repeating: nil, count: result.clusterCount)
            for r in result.records {
                let c = result.cluster(ofRecord: r.ordinal)
                if r.idKind == .cccd {
                    #expect(cccd[c] == nil || cccd[c] == r.nationalID)
                    cccd[c] = r.nationalID
                }
                if r.gender != .unknown {
                    #expect(gender[c] == nil || gender[c] == r.gender)
                    gender[c] = r.gender
                }
            }
        }
    }
}
