import Testing
@testable import SoSachLinkage

@Suite struct PersonIDTests {
    static func recordID(_ ordinal: UInt32) -> String { "lists/xa-a.csv:\(ordinal + 2)" }

    @Test func derivedIDFormat() {
        let id = PersonID.derived(fromRecordID: "lists/xa-a.csv:2")
        #expect(id.utf8.count == 13)
        #expect(id.hasPrefix("P"))
        #expect(PersonID.parse(id) != nil)
        #expect(PersonID.parse("P00000000000G") == nil)
        #expect(PersonID.parse("X000000000000") == nil)
        #expect(PersonID.format(PersonID.parse("P0123456789ab")!) == "P0123456789ab")
        #expect(PersonID.derived(fromRecordID: "a", attempt: 1) != PersonID.derived(fromRecordID: "a"))
    }

    @Test func idsComeFromEarliestRecord() {
        let result = link([
            rec(0, "nguyen van an"),
            rec(1, "tran thi bich", id: "001185000001"),
            rec(2, "nguyen van an"),
            rec(3, "tran thi bich", id: "001185000001"),
        ])
        let ids = PersonIDAssigner().assign(result, recordID: Self.recordID)
        #expect(ids.count == 3)
        #expect(ids.personID(ofCluster: result.cluster(ofRecord: 3)) == PersonID.derived(fromRecordID: Self.recordID(1)))
        #expect(ids.personID(ofCluster: 0) == PersonID.derived(fromRecordID: Self.recordID(0)))
        #expect(ids.stats.derived == 3)
        #expect(!ids.isFromMaster(cluster: 0))
    }

    static func master(_ rows: [(id: String, nationalID: String, kind: LinkIDKind, name: String, year: Int, records: [String])]) throws -> MasterIndex {
        var builder = MasterIndex.Builder()
        for r in rows {
            builder.add(personID: r.id, nationalID: r.nationalID, idKind: r.kind, foldedName: r.name,
                        birth: date(r.year), recordIDs: r.records)
        }
        return try builder.build()
    }

    @Test func masterKeepsIDsByRecordIDThenByNationalID() throws {
        let master = try Self.master([
            ("P00000000000a", "", .none, "nguyen van an", 1980, [Self.recordID(0)]),
            ("OLD-7", "001185000001", .cccd, "tran thi bich", 1985, ["old/file.csv:9"]),
            ("OLD-8", "001185000002", .cccd, "le van cu", 1985, ["old/file.csv:10"]),
        ])
        let result = link([
            rec(0, "nguyen van an"),
            rec(1, "tran bich", birth: date(1985), id: "001185000001"),    // loose name, same year
            rec(2, "le van cu", birth: date(1986), id: "001185000002"),    // other year: not kept
            rec(3, "pham thi dung"),
        ])
        let ids = PersonIDAssigner(master: master).assign(result, recordID: Self.recordID)
        #expect(ids.personID(ofCluster: 0) == "P00000000000a")
        #expect(ids.personID(ofCluster: 1) == "OLD-7")
        #expect(ids.personID(ofCluster: 2) == PersonID.derived(fromRecordID: Self.recordID(2)))
        #expect(ids.personID(ofCluster: 3) == PersonID.derived(fromRecordID: Self.recordID(3)))
        #expect(ids.stats.keptByRecordID == 1)
        #expect(ids.stats.keptByNationalID == 1)
        #expect(ids.stats.derived == 2)
        #expect(ids.stats.masterPersonsUnmatched == 1)
        #expect(ids.isFromMaster(cluster: 0) && ids.isFromMaster(cluster: 1))
    }

    @Test func idsAreStableAcrossRunsWithMaster() throws {
        // Run 1: three persons. Run 2: a new file comes first, so every earliest record changes,
        // yet the master keeps every id.
        let run1 = link([rec(0, "a a"), rec(1, "b b", id: "001000000001"), rec(2, "c c")])
        let ids1 = PersonIDAssigner().assign(run1, recordID: { "old.csv:\($0 + 2)" })
        var builder = MasterIndex.Builder()
        for c in 0..<run1.clusterCount {
            let r = run1.records[Int(run1.earliestRecord(ofCluster: c))]
            builder.add(personID: ids1.personID(ofCluster: c), nationalID: r.nationalID, idKind: r.idKind,
                        nameKey: r.nameKey, looseNameKey: r.looseNameKey, birth: r.birth,
                        recordIDs: ["old.csv:\(c + 2)"])
        }
        let master = try builder.build()
        let run2 = link([rec(0, "b b", id: "001000000001"), rec(1, "a a"), rec(2, "b b", id: "001000000001"), rec(3, "c c")])
        let recordID2: (UInt32) -> String = { $0 == 0 ? "new.csv:2" : "old.csv:\($0 + 1)" }
        let ids2 = PersonIDAssigner(master: master).assign(run2, recordID: recordID2)
        #expect(ids2.personID(ofCluster: run2.cluster(ofRecord: 1)) == ids1.personID(ofCluster: 0))
        #expect(ids2.personID(ofCluster: run2.cluster(ofRecord: 0)) == ids1.personID(ofCluster: 1))
        #expect(ids2.personID(ofCluster: run2.cluster(ofRecord: 3)) == ids1.personID(ofCluster: 2))
        #expect(ids2.stats.derived == 0)
    }

    @Test func recordIDNowHoldingAnotherCitizenDoesNotKeepTheID() throws {
        // The commune resubmitted its file with a row inserted: line 2 is now someone else.
        let master = try Self.master([
            ("OLD-1", "", .none, "nguyen van an", 1980, [Self.recordID(0)]),
            ("OLD-2", "", .none, "le thi hoa", 1990, [Self.recordID(1)]),
        ])
        let result = link([rec(0, "tran thi bich", birth: date(1985)), rec(1, "le thi hoa")])
        let ids = PersonIDAssigner(master: master).assign(result, recordID: Self.recordID)
        #expect(ids.personID(ofCluster: 0) == PersonID.derived(fromRecordID: Self.recordID(0)))
        #expect(ids.personID(ofCluster: 1) == "OLD-2")
        #expect(ids.stats.recordIDMismatches == 1)
        #expect(ids.stats.keptByRecordID == 1)
    }

    @Test func twoClustersClaimingOneMasterIDEarliestKeepsIt() throws {
        // The master person held records 0 and 2; this run splits them (different CCCDs).
        let master = try Self.master([
            ("OLD-1", "", .none, "nguyen van an", 0, [Self.recordID(0), Self.recordID(2)]),
        ])
        let result = link([
            rec(0, "nguyen van an", id: "001000000001"),
            rec(1, "x y"),
            rec(2, "nguyen van an", id: "001000000002"),
        ])
        let ids = PersonIDAssigner(master: master).assign(result, recordID: Self.recordID)
        #expect(ids.personID(ofCluster: result.cluster(ofRecord: 0)) == "OLD-1")
        #expect(ids.personID(ofCluster: result.cluster(ofRecord: 2)) == PersonID.derived(fromRecordID: Self.recordID(2)))
        #expect(ids.stats.masterConflicts == 1)
        #expect(ids.reviewPairs.map { [$0.first, $0.second] } == [[0, 2]])
        #expect(ids.reviewPairs.map(\.reason) == [.masterConflict])
    }

    @Test func clusterMergingTwoMasterPersonsKeepsEarliestRecordsID() throws {
        let master = try Self.master([
            ("OLD-2", "", .none, "nguyen van an", 0, [Self.recordID(1)]),
            ("OLD-1", "", .none, "nguyen van an", 0, [Self.recordID(0)]),
        ])
        let result = link([rec(0, "nguyen van an", id: "012345678"), rec(1, "nguyen van an", id: "012345678")])
        let ids = PersonIDAssigner(master: master).assign(result, recordID: Self.recordID)
        #expect(ids.personID(ofCluster: 0) == "OLD-1")
        #expect(ids.stats.mergedMasterPersons == 1)
        #expect(ids.stats.masterPersonsUnmatched == 1)
    }

    @Test func derivedValueTakenByMasterMovesToRetry() throws {
        let taken = PersonID.derived(fromRecordID: Self.recordID(1))
        let master = try Self.master([("\(taken)", "", .none, "someone else", 0, ["old.csv:5"])])
        let result = link([rec(0, "a a"), rec(1, "b b")])
        let ids = PersonIDAssigner(master: master).assign(result, recordID: Self.recordID)
        #expect(ids.personID(ofCluster: 1) == PersonID.derived(fromRecordID: Self.recordID(1), attempt: 1))
        #expect(ids.personID(ofCluster: 0) == PersonID.derived(fromRecordID: Self.recordID(0)))
        #expect(ids.stats.collisionsResolved == 1)
    }

    @Test func sameDerivedValueTwiceEarliestClusterKeepsIt() {
        // Two clusters whose earliest records report the same record_id (a caller error, but the
        // only way to force a 48-bit collision in a test): ids must still be unique.
        let result = link([rec(0, "a a"), rec(1, "b b"), rec(2, "c c")])
        let ids = PersonIDAssigner().assign(result, recordID: { _ in "same.csv:1" })
        let all = (0..<3).map { ids.personID(ofCluster: $0) }
        #expect(Set(all).count == 3)
        #expect(all[0] == PersonID.derived(fromRecordID: "same.csv:1"))
        #expect(all[1] == PersonID.derived(fromRecordID: "same.csv:1", attempt: 1))
        #expect(all[2] == PersonID.derived(fromRecordID: "same.csv:1", attempt: 2))
        #expect(ids.stats.collisionsResolved == 2)
    }

    @Test func duplicateMasterPersonIDThrows() {
        var builder = MasterIndex.Builder()
        builder.add(personID: "P1", nationalID: "", idKind: .none, foldedName: "a", birth: .unknown, recordIDs: ["x:1"])
        builder.add(personID: "P2", nationalID: "", idKind: .none, foldedName: "b", birth: .unknown, recordIDs: ["x:2"])
        builder.add(personID: "P1", nationalID: "", idKind: .none, foldedName: "c", birth: .unknown, recordIDs: ["x:3"])
        #expect(throws: LinkageError.duplicateMasterPersonID("P1", 0, 2)) { try builder.build() }
    }
}
