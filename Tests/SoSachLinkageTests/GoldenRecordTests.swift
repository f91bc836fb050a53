import Testing
@testable import SoSachLinkage

@Suite struct GoldenRecordTests {
    typealias Candidate = (value: String, rank: Int, ordinal: UInt32)

    @Test(arguments: [
        ("diacritics win", [("Nguyen Van An", 0, 0), ("Nguyen Van An", 0, 1), ("Nguyễn Văn An", 1, 2)], "Nguyễn Văn An"),
        ("full date wins", [("1985", 1, 0), ("1985-03", 2, 1), ("1985-03-07", 3, 2)], "1985-03-07"),
        ("then most frequent", [("1985-03-07", 3, 0), ("1985-07-03", 3, 1), ("1985-07-03", 3, 2)], "1985-07-03"),
        ("then earliest", [("0912000002", 0, 5), ("0912000001", 0, 3)], "0912000001"),
        ("valid ID wins", [("00108500012", 1, 0), ("00108500012", 1, 1), ("001085000123", 3, 2)], "001085000123"),
        ("CCCD over CMND", [("012345678", 2, 0), ("001085000123", 3, 1)], "001085000123"),
        ("empty ignored", [("", 0, 0), ("", 0, 1), ("Thôn 3", 0, 2)], "Thôn 3"),
    ] as [(String, [Candidate], String)])
    func choice(label: String, candidates: [Candidate], expected: String) {
        var builder = GoldenRecordBuilder(fieldCount: 1)
        for c in candidates { builder.add(c.value, rank: c.rank, ordinal: c.ordinal, field: 0) }
        #expect(Array(builder.choice(forField: 0)!.value.utf8) == Array(expected.utf8), "\(label)")
    }

    /// The byte path (``GoldenRecordBuilder/add(bytes:rank:ordinal:field:)``, ``withChoice``)
    /// chooses exactly what the String path chooses, past the linear-scan limit too.
    @Test(arguments: [
        [("Nguyen Van An", 0, 0), ("Nguyen Van An", 0, 1), ("Nguyễn Văn An", 1, 2)],
        [("1985-03-07", 3, 0), ("1985-07-03", 3, 1), ("1985-07-03", 3, 2)],
        [("0912000002", 0, 5), ("0912000001", 0, 3)],
        [("", 0, 0), ("", 0, 1)],
        [("Ho\u{0300}a", 1, 0), ("Hòa", 1, 1), ("Hòa", 1, 2), ("Hoa", 0, 3)],
        (0..<40).map { ("09120000\($0 % 23 + 10)", $0 % 2, UInt32(39 - $0)) },
    ] as [[Candidate]])
    func bytePathMatchesStringPath(candidates: [Candidate]) {
        var strings = GoldenRecordBuilder(fieldCount: 1)
        var bytes = GoldenRecordBuilder(fieldCount: 1)
        for round in 0..<2 {
            strings.reset()
            bytes.reset()
            for c in candidates {
                strings.add(c.value, rank: c.rank, ordinal: c.ordinal, field: 0)
                Array(c.value.utf8).withUnsafeBufferPointer { bytes.add(bytes: $0, rank: c.rank, ordinal: c.ordinal, field: 0) }
            }
            let expected = strings.choice(forField: 0)
            bytes.withChoice(forField: 0) { chosen, earliest in
                #expect(Array(chosen) == Array((expected?.value ?? "").utf8), "round \(round)")
                #expect(earliest == expected?.earliestRecord, "round \(round)")
            }
            #expect(bytes.choice(forField: 0) == expected)
            #expect(bytes.upgradedCount(forField: 0) == strings.upgradedOrdinals(forField: 0).count)
        }
    }

    @Test func valuesAreComparedAsBytes() {
        // NFC and NFD "Hòa" are == as Swift Strings but are different values here.
        var builder = GoldenRecordBuilder(fieldCount: 1)
        builder.add("Ho\u{0300}a", rank: 1, ordinal: 0, field: 0)
        builder.add("Hòa", rank: 1, ordinal: 1, field: 0)
        builder.add("Hòa", rank: 1, ordinal: 2, field: 0)
        let choice = builder.choice(forField: 0)!
        #expect(Array(choice.value.utf8) == Array("Hòa".utf8))
        #expect(choice.count == 2)
        #expect(choice.candidateCount == 3)
    }

    @Test func recordsWithoutDiacriticsAreReported() {
        var builder = GoldenRecordBuilder(fieldCount: 2)
        builder.add("Tran Thi Thuy", rank: GoldenRank.name(hasDiacritics: false), ordinal: 4, field: 0)
        builder.add("Trần Thị Thủy", rank: GoldenRank.name(hasDiacritics: true), ordinal: 9, field: 0)
        builder.add("Tran Thi Thuy", rank: GoldenRank.name(hasDiacritics: false), ordinal: 2, field: 0)
        #expect(Array(builder.choice(forField: 0)!.value.utf8) == Array("Trần Thị Thủy".utf8))
        #expect(builder.choice(forField: 0)!.earliestRecord == 9)
        #expect(builder.upgradedOrdinals(forField: 0) == [2, 4])
        #expect(builder.choice(forField: 1) == nil)
        #expect(builder.upgradedOrdinals(forField: 1) == [])
    }

    @Test func manyDistinctValuesInOneCluster() {
        // Past the linear-scan limit the builder indexes values; the choice must not change.
        var builder = GoldenRecordBuilder(fieldCount: 1)
        for i in 0..<40 { builder.add("09120000\(10 + i)", rank: 0, ordinal: UInt32(i), field: 0) }
        for i in 40..<43 { builder.add("0912000033", rank: 0, ordinal: UInt32(i), field: 0) }
        builder.add("0912000011", rank: 0, ordinal: 43, field: 0)
        let choice = builder.choice(forField: 0)!
        #expect(choice.value == "0912000033")
        #expect(choice.count == 4)
        #expect(choice.earliestRecord == 23)
        #expect(choice.candidateCount == 44)
        builder.reset()
        builder.add("x", rank: 0, ordinal: 0, field: 0)
        #expect(builder.choice(forField: 0)?.count == 1)
    }

    @Test func resetStartsTheNextCluster() {
        var builder = GoldenRecordBuilder(fieldCount: 1)
        builder.add("a", rank: 0, ordinal: 0, field: 0)
        builder.reset()
        #expect(builder.choice(forField: 0) == nil)
        builder.add("b", rank: 0, ordinal: 1, field: 0)
        #expect(builder.choice(forField: 0)?.value == "b")
    }

    @Test(arguments: [
        (LinkIDKind.cccd, 3), (.cmnd, 2), (.damaged, 1), (.none, 0),
    ])
    func idRanks(kind: LinkIDKind, rank: Int) {
        #expect(GoldenRank.nationalID(kind) == rank)
    }

    @Test func dateRanksArePrecision() {
        #expect(GoldenRank.date(date(1985, 3, 7)) == 3)
        #expect(GoldenRank.date(date(1985, 3)) == 2)
        #expect(GoldenRank.date(date(1985)) == 1)
    }
}
