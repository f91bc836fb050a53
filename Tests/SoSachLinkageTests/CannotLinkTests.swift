import Testing
@testable import SoSachLinkage

@Suite struct CannotLinkTests {
    @Test func differentCCCDsNeverLink() {
        let result = link([
            rec(0, "nguyen van an", birth: date(1985, 3, 7), id: "001085000123", commune: 1),
            rec(1, "nguyen van an", birth: date(1985, 3, 7), id: "001085000999", commune: 1),
        ])
        #expect(links(result).isEmpty)
        #expect(result.stats.refusedByReason["cccd_conflict"] == 1)
        #expect(result.reviewPairs.map(\.reason) == [.cccdConflict])
        #expect(result.reviewPairs[0].agreement.nationalID == .conflict)
        #expect(result.reviewPairs[0].rule == .nameBirthCommune)
    }

    @Test func cmndAndCCCDMayLink() {
        let result = link([
            rec(0, "nguyen van an", birth: date(1985, 3, 7), id: "012345678", commune: 1),
            rec(1, "nguyen van an", birth: date(1985, 3, 7), id: "001085000999", commune: 1),
        ])
        #expect(links(result) == [[0, 1]])
    }

    @Test func differentGendersNeverLink() {
        let result = link([
            rec(0, "nguyen an", birth: date(2001, 6, 1), gender: .male, phone: "0911111111", commune: 1),
            rec(1, "nguyen an", birth: date(2001, 6, 1), gender: .female, phone: "0911111111", commune: 1),
        ])
        #expect(links(result).isEmpty)
        #expect(result.reviewPairs.map(\.reason) == [.genderConflict])
        #expect(result.stats.refusedByReason["gender_conflict"] == 2)  // refused by rules 2 and 3
    }

    @Test func sameIDDifferentGenderIsRefused() {
        let result = link([
            rec(0, "nguyen van an", gender: .male, id: "001085000123"),
            rec(1, "nguyen van an", gender: .female, id: "001085000123"),
        ])
        #expect(links(result).isEmpty)
        #expect(result.reviewPairs.map(\.reason) == [.genderConflict])
    }

    @Test func transitiveChainCannotJoinTwoCCCDs() {
        // A~B by phone (rule 3), B~C by ID (rule 1); A and C hold different CCCDs.
        // Rule 1 runs first: {B, C}; then rule 3 would join A with {B, C}: refused.
        let result = link([
            rec(0, "le thi mai", birth: date(1970), id: "001170000001", phone: "0912000000"),
            rec(1, "le thi mai", birth: date(1970), id: "001170000002", phone: "0912000000"),
            rec(2, "le thi mai", id: "001170000002"),
        ])
        #expect(links(result) == [[1, 2]])
        #expect(result.stats.refusedByReason["cccd_conflict"] == 1)
    }

    @Test func transitiveChainThroughRecordWithoutID() {
        // A (CCCD 1) ~ B (no ID) by phone; B ~ C (CCCD 2) by name + date + commune.
        // Rule 2 runs first: {B, C} carries CCCD 2, so rule 3 refuses A: A and C stay apart
        // even though A and B alone, and B and C alone, would link.
        let result = link([
            rec(0, "le thi mai", birth: date(1970), id: "001170000001", phone: "0912000000"),
            rec(1, "le thi mai", birth: date(1970, 4, 4), phone: "0912000000", commune: 3),
            rec(2, "le thi mai", birth: date(1970, 4, 4), id: "001170000002", commune: 3),
        ])
        #expect(links(result) == [[1, 2]])
        #expect(result.stats.refusedByReason["cccd_conflict"] == 1)
        #expect(result.reviewPairs.contains { $0.first == 0 && $0.second == 1 && $0.reason == .cccdConflict })
    }

    @Test func recordBetweenTwoPersonsJoinsNeither() {
        // Same name, date and commune; two different CCCDs and one record without ID in the
        // middle: it could be either, so it joins none, whatever the order.
        for order in [[0, 1, 2], [1, 0, 2], [2, 1, 0], [1, 2, 0]] {
            let base = [
                rec(0, "tran van binh", birth: date(1960, 1, 1), id: "001060000001", commune: 4),
                rec(1, "tran van binh", birth: date(1960, 1, 1), commune: 4),
                rec(2, "tran van binh", birth: date(1960, 1, 1), id: "001060000002", commune: 4),
            ]
            // Relabel ordinals so that the ID-less record comes at each position.
            let records = order.enumerated().map { (newOrdinal, old) in
                var r = base[old]; r.ordinal = UInt32(newOrdinal); return r
            }
            let result = link(records)
            #expect(links(result).isEmpty)
            #expect(Set(result.reviewPairs.map(\.reason)) == [.ambiguous, .cccdConflict])
            #expect(result.stats.refusedByReason["ambiguous"] == 2)
        }
    }

    @Test func compatibleClustersInConflictedBlockStillJoin() {
        // Two persons (CCCD 1, male) and (CCCD 2, female) in one block; record 2 is male without
        // ID: it fits only the first person and joins it; record 3 (female) joins the second.
        let result = link([
            rec(0, "hoang an", birth: date(1999, 9, 9), gender: .male, id: "001099000001", commune: 2),
            rec(1, "hoang an", birth: date(1999, 9, 9), gender: .female, id: "001199000002", commune: 2),
            rec(2, "hoang an", birth: date(1999, 9, 9), gender: .male, commune: 2),
            rec(3, "hoang an", birth: date(1999, 9, 9), gender: .female, commune: 2),
        ])
        #expect(links(result) == [[0, 2], [1, 3]])
    }

    @Test func oversizedConflictedBlockIsLeftAlone() {
        var options = DeterministicLinker.Options()
        options.maxClustersPerConflictedBlock = 3
        let records = (0..<6).map {
            rec(UInt32($0), "ngo an", birth: date(2000, 1, 1), id: "00100000000\($0)", commune: 1)
        }
        let result = link(records, options: options)
        #expect(links(result).isEmpty)
        #expect(result.stats.oversizedBlocks == 1)
    }
}
