import Testing
@testable import SoSachLinkage

@Suite struct EdgeCaseTests {
    @Test func noRecords() {
        let result = link([])
        #expect(result.clusterCount == 0)
        #expect(result.stats.records == 0)
        #expect(result.membership().count == 0)
        let ids = PersonIDAssigner().assign(result, recordID: { "f:\($0)" })
        #expect(ids.count == 0)
    }

    @Test func oneRecord() {
        let result = link([rec(0, "a b")])
        #expect(groups(result) == [[0]])
        #expect(result.stats.singletons == 1)
        #expect(result.stats.largestCluster == 1)
    }

    @Test func recordsWithoutAnyKeyStaySingletons() {
        let result = link((0..<5).map { rec(UInt32($0)) })
        #expect(result.clusterCount == 5)
        #expect(result.reviewPairs.isEmpty)
    }

    @Test func idOfKindNoneIsDropped() {
        let r = LinkRecord(ordinal: 0, nameKey: 1, nationalID: 123, idKind: .none)
        #expect(r.nationalID == 0)
        #expect(r.looseNameKey == 1)
    }

    @Test func statsEncodeEveryRuleAndReason() throws {
        let stats = link([rec(0, "a b", id: "001000000001"), rec(1, "a b", id: "001000000001")]).stats
        #expect(Set(stats.linksByRule.keys) == Set(LinkRule.allCases.map(\.rawValue)))
        #expect(stats.linksByRule["national_id"] == 1)
        #expect(Set(stats.refusedByReason.keys) == ["cccd_conflict", "gender_conflict", "ambiguous"])
        #expect(stats.links == 1)
    }

    @Test func membershipListsRecordsInOrder() {
        let result = link([
            rec(0, "a b", id: "001000000001"), rec(1, "c d"), rec(2, "a b", id: "001000000001"),
            rec(3, "c d", birth: date(1990), phone: "0911"), rec(4, "c d", birth: date(1990), phone: "0911"),
        ])
        #expect(groups(result) == [[0, 2], [1], [3, 4]])
        #expect(result.earliestRecordOfCluster == [0, 1, 3])
        #expect(result.cluster(ofRecord: 4) == 2)
    }

    @Test func reviewPairsAreSortedAndOrdered() {
        let result = link([
            rec(0, "x y", birth: date(1990, 1, 1), commune: 1),
            rec(1, "a b", phone: "0911"),
            rec(2, "x y", birth: date(1990, 1, 2), commune: 1),
            rec(3, "a b", birth: date(1980), phone: "0911"),
        ])
        let pairs = result.reviewPairs.map { [$0.first, $0.second] }
        #expect(pairs == [[0, 2], [1, 3]])
        #expect(result.reviewPairs.allSatisfy { $0.first < $0.second })
    }
}
