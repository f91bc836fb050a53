import Testing
@testable import SoSachLinkage

@Suite struct ReviewPairTests {
    @Test func sameNameYearCommuneDifferentDay() {
        let result = link([
            rec(0, "bui van son", birth: date(1988, 7, 1), commune: 6),
            rec(1, "bui van son", birth: date(1988, 7, 2), commune: 6),
            rec(2, "bui van son", birth: date(1988), commune: 6),
        ])
        #expect(links(result).isEmpty)
        #expect(result.reviewPairs.map { [$0.first, $0.second] } == [[0, 1], [0, 2]])
        #expect(result.reviewPairs.allSatisfy { $0.reason == .sameNameYearCommune && $0.rule == nil })
        #expect(result.reviewPairs[0].agreement.birthDate == .differs)
        #expect(result.reviewPairs[1].agreement.birthDate == .similar)
    }

    @Test func samePhoneAndNameWithoutYear() {
        let result = link([
            rec(0, "dang thi thu", phone: "0977000111"),
            rec(1, "dang thi thu", birth: date(1999), phone: "0977000111"),
        ])
        #expect(result.reviewPairs.map(\.reason) == [.samePhoneName])
        #expect(Array(result.reviewPairs[0].agreement.description.utf8) == Array(
            "name=same;birth_date=missing;gender=missing;national_id=missing;phone=same;commune=missing".utf8))
    }

    @Test func nearMissOfDifferentPersonsIsNotListed() {
        // Different CCCDs and different dates: clearly two people, no review noise.
        let result = link([
            rec(0, "bui van son", birth: date(1988, 7, 1), id: "001088000001", commune: 6),
            rec(1, "bui van son", birth: date(1988, 7, 2), id: "001088000002", commune: 6),
        ])
        #expect(result.reviewPairs.isEmpty)
    }

    @Test func linkedPairsAreNotListed() {
        let result = link([
            rec(0, "bui van son", birth: date(1988, 7, 1), phone: "0911000000", commune: 6),
            rec(1, "bui van son", birth: date(1988), phone: "0911000000", commune: 6),
        ])
        #expect(links(result) == [[0, 1]])
        #expect(result.reviewPairs.isEmpty)
    }

    @Test func capCountsOmittedPairs() {
        var options = DeterministicLinker.Options()
        options.maxReviewPairs = 3
        // 10 separate name groups, each a near miss.
        var records: [LinkRecord] = []
        for g in 0..<10 {
            records.append(rec(UInt32(2 * g), "ten \(g)", birth: date(1980, 1, 1), commune: 1))
            records.append(rec(UInt32(2 * g + 1), "ten \(g)", birth: date(1980, 1, 2), commune: 1))
        }
        let result = link(records, options: options)
        #expect(result.reviewPairs.count == 3)
        #expect(result.stats.reviewPairs == 3)
        #expect(result.stats.reviewPairsOmitted == 7)
    }

    @Test(arguments: [
        (rec(0, "a b", birth: date(1990, 1, 1), id: "001090000001"), rec(1, "a b", birth: date(1990, 1, 1), id: "001090000001"), 0.99),
        (rec(0, "a b", birth: date(1990, 1, 1), id: "001090000001"), rec(1, "a b", birth: date(1990, 1, 1), id: "001090000002"), 0.01),
    ])
    func scoreOrdersAgreement(a: LinkRecord, b: LinkRecord, bound: Double) {
        let score = FieldAgreement(a, b).score
        #expect((0...1).contains(score))
        if bound > 0.5 { #expect(score >= bound) } else { #expect(score <= bound) }
    }
}
