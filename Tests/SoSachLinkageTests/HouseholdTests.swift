import Testing
@testable import SoSachLinkage

/// Households share a phone, a village, a commune and a family name: they are the classic false
/// match of probabilistic linkage, and must never link here.
@Suite struct HouseholdTests {
    static let phone = "0903123456"

    static func household(from first: UInt32) -> [LinkRecord] {
        [
            rec(first + 0, "nguyen van hung", birth: date(1960), gender: .male, phone: phone, commune: 11),
            rec(first + 1, "tran thi lan", birth: date(1962), gender: .female, phone: phone, commune: 11),
            rec(first + 2, "nguyen van minh", birth: date(1990, 2, 2), gender: .male, phone: phone, commune: 11),
            // Twins: same birth date, different given names.
            rec(first + 3, "nguyen thi hoa", birth: date(2005, 4, 10), gender: .female, phone: phone, commune: 11),
            rec(first + 4, "nguyen thi hong", birth: date(2005, 4, 10), gender: .female, phone: phone, commune: 11),
            // Boy and girl twins whose names differ only by the gendered middle name.
            rec(first + 5, "nguyen van an", birth: date(2012, 1, 1), gender: .male, phone: phone, commune: 11),
            rec(first + 6, "nguyen thi an", birth: date(2012, 1, 1), gender: .female, phone: phone, commune: 11),
        ]
    }

    @Test func householdMembersStayApart() {
        let result = link(Self.household(from: 0))
        #expect(links(result).isEmpty)
        #expect(result.reviewPairs.isEmpty)
    }

    @Test func sameHouseholdInTwoListsLinksEachMemberToItself() {
        let result = link(Self.household(from: 0) + Self.household(from: 7))
        #expect(links(result) == (0..<7).map { [UInt32($0), UInt32($0 + 7)] })
    }

    @Test func twinsWithCopiedIDAreRefusedByGender() {
        // A clerk copied one CCCD onto both twins; their loose keys ("nguyen an") agree but their
        // genders do not.
        let result = link([
            rec(0, "nguyen van an", birth: date(2012, 1, 1), gender: .male, id: "001212000001"),
            rec(1, "nguyen thi an", birth: date(2012, 1, 1), gender: .female, id: "001212000001"),
        ])
        #expect(links(result).isEmpty)
        #expect(result.reviewPairs.map(\.reason) == [.genderConflict])
    }

    @Test func householdHeadIDOnEveryMemberDoesNotLink() {
        let id = "012345678"
        let result = link([
            rec(0, "nguyen van hung", id: id),
            rec(1, "tran thi lan", id: id),
            rec(2, "nguyen thi hoa", id: id),
        ])
        #expect(links(result).isEmpty)
        #expect(result.reviewPairs.map { [$0.first, $0.second] } == [[0, 1], [0, 2]])
        #expect(result.reviewPairs.allSatisfy { $0.reason == .sameIDNameDiffers })
    }
}
