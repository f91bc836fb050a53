import Testing
@testable import SoSachLinkage

/// One case per line: two records, whether they must link, and by which rule.
@Suite struct LinkRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let a: LinkRecord
        let b: LinkRecord
        let rule: LinkRule?
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        // Rule 1: national ID + compatible name.
        Case(label: "same CCCD, same name", a: rec(0, "nguyen van an", id: "001085000123"),
             b: rec(1, "nguyen van an", id: "001085000123", commune: 7), rule: .nationalID),
        Case(label: "same CCCD, middle name dropped", a: rec(0, "nguyen thi lan", id: "001185000123"),
             b: rec(1, "nguyen lan", id: "001185000123"), rule: .nationalID),
        Case(label: "same CMND, same name", a: rec(0, "le van binh", id: "012345678"),
             b: rec(1, "le van binh", id: "012345678"), rule: .nationalID),
        Case(label: "same CCCD, other name", a: rec(0, "nguyen van an", id: "001085000123"),
             b: rec(1, "tran thi bich", id: "001085000123"), rule: nil),
        Case(label: "same CCCD, no name", a: rec(0, "nguyen van an", id: "001085000123"),
             b: rec(1, "", id: "001085000123"), rule: nil),
        Case(label: "same damaged ID", a: rec(0, "nguyen van an", id: "0010850001"),
             b: rec(1, "nguyen van an", id: "0010850001"), rule: nil),
        Case(label: "CMND digits equal CCCD digits", a: rec(0, "nguyen van an", id: "000012345678"),
             b: rec(1, "nguyen van an", id: "012345678"), rule: nil),
        // Rule 2: name + full birth date + commune.
        Case(label: "name, date, commune", a: rec(0, "pham van cuong", birth: date(1990, 5, 1), commune: 26734),
             b: rec(1, "pham van cuong", birth: date(1990, 5, 1), commune: 26734), rule: .nameBirthCommune),
        Case(label: "year only", a: rec(0, "pham van cuong", birth: date(1990), commune: 26734),
             b: rec(1, "pham van cuong", birth: date(1990), commune: 26734), rule: nil),
        Case(label: "other commune", a: rec(0, "pham van cuong", birth: date(1990, 5, 1), commune: 26734),
             b: rec(1, "pham van cuong", birth: date(1990, 5, 1), commune: 26737), rule: nil),
        Case(label: "no commune", a: rec(0, "pham van cuong", birth: date(1990, 5, 1)),
             b: rec(1, "pham van cuong", birth: date(1990, 5, 1)), rule: nil),
        Case(label: "middle name differs", a: rec(0, "pham van cuong", birth: date(1990, 5, 1), commune: 1),
             b: rec(1, "pham cuong", birth: date(1990, 5, 1), commune: 1), rule: nil),
        // Rule 3: phone + name + birth year.
        Case(label: "phone, name, year", a: rec(0, "do thi hanh", birth: date(1975), phone: "0912345678"),
             b: rec(1, "do thi hanh", birth: date(1975, 2, 3), phone: "0912345678"), rule: .phoneNameYear),
        Case(label: "phone, name, other year", a: rec(0, "do thi hanh", birth: date(1975), phone: "0912345678"),
             b: rec(1, "do thi hanh", birth: date(1976), phone: "0912345678"), rule: nil),
        Case(label: "phone, name, no year", a: rec(0, "do thi hanh", birth: date(1975), phone: "0912345678"),
             b: rec(1, "do thi hanh", phone: "0912345678"), rule: nil),
        Case(label: "phone, year, other name", a: rec(0, "do thi hanh", birth: date(1975), phone: "0912345678"),
             b: rec(1, "do van hung", birth: date(1975), phone: "0912345678"), rule: nil),
        // Nothing shared.
        Case(label: "only same name", a: rec(0, "nguyen van an"), b: rec(1, "nguyen van an"), rule: nil),
    ]

    @Test(arguments: cases)
    func rule(_ c: Case) {
        let result = link([c.a, c.b])
        let linked = result.cluster(ofRecord: 0) == result.cluster(ofRecord: 1)
        #expect(linked == (c.rule != nil))
        for rule in LinkRule.allCases {
            #expect(result.stats.linksByRule[rule.rawValue] == (rule == c.rule ? 1 : 0))
        }
        #expect(result.stats.links == (c.rule == nil ? 0 : 1))
    }

    @Test func rulesChainAcrossRecords() {
        // 0~1 by ID, 1~2 by name+date+commune, 2~3 by phone+name+year: one person.
        let records = [
            rec(0, "vo van tam", id: "079090001234"),
            rec(1, "vo van tam", birth: date(1990, 1, 2), id: "079090001234", commune: 5),
            rec(2, "vo van tam", birth: date(1990, 1, 2), phone: "0987654321", commune: 5),
            rec(3, "vo van tam", birth: date(1990), phone: "0987654321"),
            rec(4, "vo van tam"),
        ]
        let result = link(records)
        #expect(links(result) == [[0, 1, 2, 3]])
        #expect(result.stats.clusters == 2)
        #expect(result.stats.singletons == 1)
        #expect(result.stats.largestCluster == 4)
        #expect(result.earliestRecordOfCluster == [0, 4])
    }

    @Test func hugeBlockIsChainedNotCompared() {
        // 20,000 copies of one record: one cluster, 19,999 unions, no review.
        let records = (0..<20_000).map { rec(UInt32($0), "nguyen van an", birth: date(1980, 1, 1), commune: 9) }
        let result = link(records)
        #expect(result.clusterCount == 1)
        #expect(result.stats.linksByRule["name_birth_commune"] == 19_999)
        #expect(result.reviewPairs.isEmpty)
    }
}
