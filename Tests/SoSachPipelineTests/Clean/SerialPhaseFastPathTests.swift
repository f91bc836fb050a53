import Foundation
import Testing
import SoSachLinkage
@testable import SoSachPipeline

/// The shortcuts of the job's serial phases (start, person ids, commit) agree with the
/// Foundation and String ways they replace.
@Suite struct SerialPhaseFastPathTests {
    /// A folder with every kind of entry the expander meets: files, sub-folders, hidden ones,
    /// links to files and to folders, a broken link, a fifo.
    static func makeTree() -> String {
        let root = CleanTestSupport.temporaryFolder()
        for name in ["in/b.csv", "in/a.TSV", "in/z/c.txt", "in/.hidden/x.csv", "in/notes.md", "in/Đà Nẵng.csv",
                     "in/sub/deeper/d.CSV", "target/t.csv", "target/u.txt"] {
            CleanTestSupport.write("x\n", to: root, name)
        }
        let fm = FileManager.default
        try! fm.createSymbolicLink(atPath: root + "/in/linked.csv", withDestinationPath: root + "/in/b.csv")
        try! fm.createSymbolicLink(atPath: root + "/in/linked-folder", withDestinationPath: root + "/target")
        try! fm.createSymbolicLink(atPath: root + "/in/broken.csv", withDestinationPath: root + "/in/missing.csv")
        mkfifo(root + "/in/pipe.csv", 0o600)
        return root
    }

    @Test func listingMatchesFoundation() throws {
        let root = Self.makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for folder in ["in", "in/z", "in/sub", "in/linked-folder", "target"] {
            let fast = try InputExpander.listing(root + "/" + folder).sorted { $0.name < $1.name }
            let reference = try InputExpander.foundationListing(root + "/" + folder).sorted { $0.name < $1.name }
            #expect(fast == reference, "\(folder)")
            #expect(!fast.isEmpty)
        }
        #expect(throws: (any Error).self) { _ = try InputExpander.listing(root + "/nope") }
    }

    @Test func expansionFollowsLinksAndSortsByBytes() throws {
        let root = Self.makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let inputs = try InputExpander.expand(["in"], base: root)
        #expect(inputs.map(\.displayPath) == ["in/a.TSV", "in/b.csv", "in/linked-folder/t.csv", "in/linked-folder/u.txt",
                                              "in/linked.csv", "in/pipe.csv", "in/sub/deeper/d.CSV", "in/z/c.txt",
                                              "in/Đà Nẵng.csv"])
    }

    @Test(arguments: [
        [String](), ["a"], ["b", "a"], ["a/b", "a", "a-b", "a.b", "ab", "A", "Đ", "Z", "z", "é", "e\u{301}"],
        ["x/10.csv", "x/9.csv", "x/1.csv", "x/1.csv0", "y", "x"],
    ])
    func byteSortMatchesUTF8ViewSort(paths: [String]) {
        let reference = paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(InputExpander.sortedByBytes(paths).map { Array($0.utf8) } == reference.map { Array($0.utf8) })
    }

    @Test func readableSizeMatchesFoundation() throws {
        let root = Self.makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fm = FileManager.default
        for name in ["in/b.csv", "in/linked.csv", "in/Đà Nẵng.csv", "in/pipe.csv", "in/z"] {
            let path = root + "/" + name
            let size = (try fm.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value
            #expect(CleanJob.readableSize(path) == size, "\(name)")
        }
        #expect(CleanJob.readableSize(root + "/in/broken.csv") == nil)
        #expect(CleanJob.readableSize(root + "/in/missing.csv") == nil)
    }

    /// Files of 0-5 records with names of several scripts.
    static func outcomes() -> [FileOutcome] {
        let names = ["a.csv", "lists/Đà Nẵng.csv", "empty.csv", "x y/z.tsv", "b.csv"]
        return names.enumerated().map { index, name in
            let lines = (0..<((index * 3) % 6)).map { Int32($0 * 7 + 2 - index) }
            return FileOutcome(report: FileReport(sourceFile: name, bytes: 0), extraColumnNames: [], worker: 0,
                               recordBytes: 0..<0, rejectBytes: 0..<0, linkRecords: [], recordLines: lines, examples: [:])
        }
    }

    @Test func locatorGivesTheRecordIDStrings() {
        let outcomes = Self.outcomes()
        let starts = DatasetWriter.firstRecordOfFile(outcomes)
        let locator = RecordIDLocator(outcomes: outcomes, starts: starts)
        var bytes: [UInt8] = []
        for index in 0..<starts.last! {
            bytes.removeAll()
            locator.appendRecordID(index, to: &bytes)
            #expect(bytes == Array(DatasetWriter.recordID(index, outcomes: outcomes, starts: starts).utf8))
        }
    }

    /// Person ids from record_id bytes (the job's way) equal those from record_id Strings, with
    /// and without a master, collisions included.
    @Test(arguments: [false, true])
    func personIDsFromBytesMatchStrings(withMaster: Bool) throws {
        let outcomes = Self.outcomes()
        let starts = DatasetWriter.firstRecordOfFile(outcomes)
        let count = starts.last!
        let records = (0..<count).map { i in
            LinkRecord(ordinal: UInt32(i), foldedName: i % 3 == 0 ? "nguyen van an" : "tran thi \(i)", nameHasDiacritics: true,
                       birth: LinkDate(year: 1980 + i % 2), gender: .unknown, nationalID: i % 4 == 0 ? "001185000123" : "",
                       idKind: i % 4 == 0 ? .cccd : .none, phone: "", commune: 0)
        }
        let result = DeterministicLinker().link(records)
        var master: MasterIndex?
        if withMaster {
            var builder = MasterIndex.Builder()
            builder.add(personID: PersonID.derived(fromRecordID: DatasetWriter.recordID(1, outcomes: outcomes, starts: starts)),
                        nationalID: "", idKind: .none, foldedName: "tran thi 1", birth: LinkDate(year: 1981),
                        recordIDs: [DatasetWriter.recordID(1, outcomes: outcomes, starts: starts)])
            builder.add(personID: "M-2", nationalID: "001185000123", idKind: .cccd, foldedName: "nguyen van an",
                        birth: LinkDate(year: 1980), recordIDs: [])
            // Takes the derived id of another cluster's earliest record: a collision to resolve.
            builder.add(personID: PersonID.derived(fromRecordID: DatasetWriter.recordID(2, outcomes: outcomes, starts: starts)),
                        nationalID: "", idKind: .none, foldedName: "le van c", birth: LinkDate(year: 1950), recordIDs: [])
            master = try builder.build()
        }
        let assigner = PersonIDAssigner(master: master)
        let fromStrings = assigner.assign(result) { DatasetWriter.recordID(Int($0), outcomes: outcomes, starts: starts) }
        let locator = RecordIDLocator(outcomes: outcomes, starts: starts)
        let fromBytes = assigner.assign(result) { locator.appendRecordID(Int($0), to: &$1) }
        let clusters = 0..<result.clusterCount
        #expect(clusters.map { Array(fromBytes.personID(ofCluster: $0).utf8) } == clusters.map { Array(fromStrings.personID(ofCluster: $0).utf8) })
        #expect(clusters.map(fromBytes.isFromMaster) == clusters.map(fromStrings.isFromMaster))
        #expect(fromBytes.stats == fromStrings.stats)
        #expect(fromBytes.reviewPairs.map { [$0.first, $0.second] } == fromStrings.reviewPairs.map { [$0.first, $0.second] })
        if withMaster { #expect(fromBytes.stats.collisionsResolved > 0) }
    }

    @Test func commitReplacesOutputsAndRemovesTheStaging() throws {
        let root = CleanTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for (run, text) in ["first", "second"].enumerated() {
            let folder = try OutputFolder.prepare(path: root + "/out", runSignature: "sig", force: true)
            for name in OutputColumns.outputFiles where run == 0 || name != "review.csv" {
                CleanTestSupport.write(text + name, to: folder.stagingPath, name)
            }
            try folder.commit()
            #expect(!FileManager.default.fileExists(atPath: folder.stagingPath))
        }
        for name in OutputColumns.outputFiles {
            let expected = (name == "review.csv" ? "first" : "second") + name
            #expect(CleanTestSupport.bytes(root + "/out", name) == Array(expected.utf8), "\(name)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/out").sorted() == OutputColumns.outputFiles.sorted())
    }

    @Test func commitNeverSwapsAFolderIntoTheStaging() throws {
        let root = CleanTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        CleanTestSupport.write("keep", to: root, "out/records.csv/inside.txt")
        let folder = try OutputFolder.prepare(path: root + "/out", runSignature: "sig", force: true)
        CleanTestSupport.write("new", to: folder.stagingPath, "records.csv")
        #expect(throws: OutputError.self) { try folder.commit() }
        #expect(CleanTestSupport.bytes(root + "/out/records.csv", "inside.txt") == Array("keep".utf8))
        folder.abandon()
    }
}
