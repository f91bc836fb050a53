import Foundation
import SoSachLinkage

/// Writes the four CSVs of the canonical dataset into the staging folder from the workers'
/// spill files, the file outcomes (in input order) and the linking result.
///
/// Rows are read from the spills in input order, so the output order never depends on which
/// worker read which file; `person_id` and the run-wide extra columns are spliced in.
/// persons.csv needs the values of every member of a person: while one thread writes
/// records.csv, a second one first keeps (in memory) the values of records whose person has
/// several records or that appear in a review pair, then writes one row per person at its
/// earliest record, so persons.csv is in person order (= order of each person's first record).
struct DatasetWriter: Sendable {
    let folder: OutputFolder
    let outcomes: [FileOutcome]
    let excel: Bool
    /// The spill files of each worker: records, rejects.
    let recordSpills: [String]
    let rejectSpills: [String]
    let link: LinkResult
    let ids: PersonIDAssignment
    /// The review pairs of the linker and of the id assigner, sorted by (first, second).
    let reviewPairs: [ReviewPair]

    /// Bytes read from a spill at a time.
    static let chunkSize = 1 << 22

    /// Values kept between the passes: the person values of some records, by ordinal.
    typealias Stash = PersonValueStash

    /// What writing persons.csv found, for report.json.
    struct PersonsFigures {
        var multiRecordPersons = 0
        var linkedRecords = 0
        /// Records whose name had no diacritics while their person's name has them.
        var namesUpgraded = 0
    }

    /// The first record index (records.csv order) of each file, and the total at the end.
    static func firstRecordOfFile(_ outcomes: [FileOutcome]) -> [Int] {
        var starts: [Int] = [0]
        starts.reserveCapacity(outcomes.count + 1)
        for outcome in outcomes { starts.append(starts.last! + outcome.recordLines.count) }
        return starts
    }

    /// `source_file:source_line` of record `index`, found by binary search over `starts`.
    static func recordID(_ index: Int, outcomes: [FileOutcome], starts: [Int]) -> String {
        let (file, line) = location(ofRecord: index, outcomes: outcomes, starts: starts)
        return "\(outcomes[file].report.sourceFile):\(line)"
    }

    /// The file (index in `outcomes`) and source line of record `index`.
    private static func location(ofRecord index: Int, outcomes: [FileOutcome], starts: [Int]) -> (file: Int, line: Int32) {
        var low = 0, high = outcomes.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return (low, outcomes[low].recordLines[index - starts[low]])
    }

    /// The extra columns of records.csv: the union over files, in the order of first
    /// appearance (files in input order, columns left to right).
    var extraColumns: [String] {
        var seen: Set<String> = []
        var columns: [String] = []
        for outcome in outcomes {
            for name in outcome.extraColumnNames where seen.insert(name).inserted { columns.append(name) }
        }
        return columns
    }

    /// Starts a CSV of the staging folder with its header.
    func begin(_ name: String, header: [String]) throws -> CSVOutputFile {
        var output = try CSVOutputFile(path: folder.staged(name), excel: excel)
        try output.writeRecord(header)
        return output
    }

    /// Calls `body` with every row of `spills` in input order: its index among the rows, its
    /// parsed entry over `bytes`, and the index of its file in `outcomes`.
    func forEachRow(_ spills: [String], range: (FileOutcome) -> Range<Int64>,
                    _ body: (UInt32, RecordSpill.Entry, UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
        let readers = try spills.map { try SpillRangeReader(path: $0) }
        var index: UInt32 = 0
        var buffer: [UInt8] = []
        // One entry reused for every row: its arrays keep their capacity.
        var entry = RecordSpill.Entry()
        for (fileIndex, outcome) in outcomes.enumerated() {
            try readers[outcome.worker].forEachEntry(in: range(outcome), chunkSize: Self.chunkSize, buffer: &buffer,
                                                     entry: &entry) { entry, bytes, _ in
                try body(index, entry, bytes, fileIndex)
                index += 1
            }
        }
    }

    /// Writes the four CSVs on two threads: records.csv then rejects.csv on one; the pass that
    /// collects the values persons.csv needs, persons.csv, then review.csv on the other. Each file is written by one thread in input order, so the bytes never depend on
    /// timing. Returns what writing persons.csv found.
    func writeAll() throws -> PersonsFigures {
        let writer = self
        // Two items on two threads: 0 = records.csv and rejects.csv, 1 = the stash pass,
        // persons.csv and review.csv.
        let figures = try WorkerThreads.run(workers: 2, items: 2) { _, next, store in
            while let item = next() {
                if item == 0 {
                    try writer.writeRecords()
                    try writer.writeRejects()
                    store(item, PersonsFigures?.none)
                } else {
                    let stash = try writer.collectStash()
                    let figures = try writer.writePersons(stash: stash)
                    try writer.writeReview(stash: stash)
                    store(item, figures)
                }
            }
        }
        return figures[1]!
    }

    /// The person values of the records persons.csv and review.csv need (see `needsStash`),
    /// read from the record spills.
    func collectStash() throws -> Stash {
        let needed = needsStash()
        var stash = Stash(recordCount: needed.count)
        try forEachRow(recordSpills, range: \.recordBytes) { ordinal, entry, bytes, _ in
            if needed[Int(ordinal)] {
                stash.keep(ordinal, entry.fields[PersonFields.spillOffset..<(PersonFields.spillOffset + PersonFields.count)], in: bytes)
            }
        }
        return stash
    }

    /// Which records persons.csv and review.csv need the values of (by ordinal): those whose
    /// person has several records, and those in a review pair.
    func needsStash() -> [Bool] {
        var clusterSize = [UInt32](repeating: 0, count: link.clusterCount)
        for cluster in link.clusterOfRecord { clusterSize[Int(cluster)] += 1 }
        var needed = link.clusterOfRecord.map { clusterSize[Int($0)] > 1 }
        for pair in reviewPairs {
            needed[Int(pair.first)] = true
            needed[Int(pair.second)] = true
        }
        return needed
    }

    /// Writes records.csv.
    func writeRecords() throws {
        let extras = extraColumns
        let globalIndex = Dictionary(uniqueKeysWithValues: extras.enumerated().map { ($1, $0) })
        var out = try begin("records.csv", header: OutputColumns.records + extras)
        var slots = [Range<Int>?](repeating: nil, count: extras.count)
        let localToGlobal = outcomes.map { $0.extraColumnNames.map { globalIndex[$0]! } }
        try forEachRow(recordSpills, range: \.recordBytes) { ordinal, entry, bytes, fileIndex in
            let cluster = link.cluster(ofRecord: ordinal)
            for (position, field) in entry.fields.enumerated() {
                if position == RecordSpill.personIDPosition { out.writeField(ids.personID(ofCluster: cluster)) }
                out.writeField(bytes[field])
            }
            if !extras.isEmpty {
                for index in slots.indices { slots[index] = nil }
                for extra in entry.extras { slots[localToGlobal[fileIndex][extra.index]] = extra.value }
                for slot in slots { out.writeField(bytes[slot ?? 0..<0]) }
            }
            try out.endRecord()
        }
        try out.close()
    }

    /// Writes persons.csv: one row per person at its earliest record, with the best value of
    /// each field (`GoldenRecordBuilder`), the member count and the record ids.
    func writePersons(stash: Stash) throws -> PersonsFigures {
        let starts = Self.firstRecordOfFile(outcomes)
        let locator = RecordIDLocator(outcomes: outcomes, starts: starts)
        let membership = link.membership()
        var out = try begin("persons.csv", header: OutputColumns.persons)
        var builder = GoldenRecordBuilder(fieldCount: PersonFields.count)
        var figures = PersonsFigures()
        var recordIDs: [UInt8] = [] // the record_ids field, reused
        try forEachRow(recordSpills, range: \.recordBytes) { ordinal, entry, bytes, _ in
            let cluster = link.cluster(ofRecord: ordinal)
            guard link.earliestRecord(ofCluster: cluster) == ordinal else { return }
            let members = membership.members(ofCluster: cluster)
            out.writeField(ids.personID(ofCluster: cluster))
            if members.count == 1 {
                for field in 0..<PersonFields.count { out.writeField(bytes[entry.fields[PersonFields.spillOffset + field]]) }
            } else {
                figures.multiRecordPersons += 1
                figures.linkedRecords += members.count
                golden(members, stash: stash, builder: &builder, figures: &figures, into: &out)
            }
            out.writeField(members.count)
            recordIDs.removeAll(keepingCapacity: true)
            for (position, member) in members.enumerated() {
                if position > 0 { recordIDs.append(UInt8(ascii: ";")) }
                locator.appendRecordID(Int(member), to: &recordIDs)
            }
            recordIDs.withUnsafeBufferPointer { out.writeField($0[...]) }
            try out.endRecord()
        }
        try out.close()
        return figures
    }

    /// Writes the golden values of a person of several records. The name parts follow the
    /// chosen full name, and the unit names follow the chosen commune code, so a row never
    /// mixes two records' spellings.
    ///
    /// Values stay bytes from the stash to the output: the builder compares and keeps bytes,
    /// and its storage is reused from person to person.
    func golden(_ members: ArraySlice<UInt32>, stash: Stash, builder: inout GoldenRecordBuilder,
                figures: inout PersonsFigures, into out: inout CSVOutputFile) {
        builder.reset()
        stash.withBytes { kept in
            for ordinal in members {
                guard var cursor = stash.entry(ordinal) else { continue }
                let record = link.records[Int(ordinal)]
                for field in 0..<PersonFields.count {
                    let rank: Int
                    switch field {
                    case PersonFields.fullName: rank = GoldenRank.name(hasDiacritics: record.nameHasDiacritics)
                    case PersonFields.birthDate: rank = GoldenRank.date(record.birth)
                    case PersonFields.nationalID: rank = GoldenRank.nationalID(record.idKind)
                    default: rank = GoldenRank.plain
                    }
                    let (range, next) = Stash.value(at: cursor, in: kept)
                    builder.add(bytes: UnsafeBufferPointer(rebasing: kept[range]), rank: rank, ordinal: ordinal, field: field)
                    cursor = next
                }
            }
            // The entries of the records whose name and commune code were chosen.
            let nameEntry = builder.withChoice(forField: PersonFields.fullName) { _, earliest in earliest.flatMap(stash.entry) }
            let communeEntry = builder.withChoice(forField: PersonFields.communeCode) { _, earliest in earliest.flatMap(stash.entry) }
            for field in 0..<PersonFields.count {
                let follows: Int?
                switch field {
                case PersonFields.familyName, PersonFields.middleName, PersonFields.givenName: follows = nameEntry
                case PersonFields.communeName, PersonFields.provinceCode, PersonFields.provinceName: follows = communeEntry
                default: follows = nil
                }
                if var cursor = follows {
                    for _ in 0..<field { cursor = Stash.value(at: cursor, in: kept).next }
                    out.writeField(kept[Stash.value(at: cursor, in: kept).range])
                } else {
                    builder.withChoice(forField: field) { bytes, _ in
                        if bytes.isEmpty { out.writeField("") } else { out.writeField(bytes[...]) }
                    }
                }
            }
        }
        figures.namesUpgraded += builder.upgradedCount(forField: PersonFields.fullName)
    }

    /// Writes rejects.csv from the reject spills, in input order.
    func writeRejects() throws {
        var out = try begin("rejects.csv", header: OutputColumns.rejects)
        try forEachRow(rejectSpills, range: \.rejectBytes) { _, entry, bytes, _ in
            for field in entry.fields { out.writeField(bytes[field]) }
            try out.endRecord()
        }
        try out.close()
    }

    /// Writes review.csv: one row per pair, in the order of the two records.
    func writeReview(stash: Stash) throws {
        let starts = Self.firstRecordOfFile(outcomes)
        var out = try begin("review.csv", header: OutputColumns.review)
        for pair in reviewPairs {
            let a = stash[pair.first] ?? [], b = stash[pair.second] ?? []
            func value(_ values: [String], _ field: Int) -> String { values.isEmpty ? "" : values[field] }
            try out.writeRecord([
                Self.recordID(Int(pair.first), outcomes: outcomes, starts: starts),
                Self.recordID(Int(pair.second), outcomes: outcomes, starts: starts),
                ids.personID(ofCluster: link.cluster(ofRecord: pair.first)),
                ids.personID(ofCluster: link.cluster(ofRecord: pair.second)),
                String(format: "%.3f", pair.score), pair.reason.rawValue, pair.rule?.rawValue ?? "",
                pair.agreement.description,
                value(a, PersonFields.fullName), value(b, PersonFields.fullName),
                value(a, PersonFields.birthDate), value(b, PersonFields.birthDate),
            ])
        }
        try out.close()
    }
}
