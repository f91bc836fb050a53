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
    /// About how many records make a segment of the outputs (`segments()`), the unit of work of
    /// the writing threads.
    var segmentRecords = 1 << 14

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

    /// The input files cut into segments of about `segmentRecords` records (whole files, in
    /// input order; at least one segment): ranges of indices into `outcomes`.
    func segments() -> [Range<Int>] {
        var segments: [Range<Int>] = []
        var start = 0, records = 0
        for (index, outcome) in outcomes.enumerated() {
            records += outcome.recordLines.count
            if records >= segmentRecords {
                segments.append(start..<(index + 1))
                start = index + 1
                records = 0
            }
        }
        if start < outcomes.count || segments.isEmpty { segments.append(start..<outcomes.count) }
        return segments
    }

    /// Writes the four CSVs on two threads, segment by segment (`segments()`): the values
    /// persons.csv and review.csv need (`PersonValueStash`, one item), records.csv, rejects.csv
    /// and persons.csv by segment, then review.csv. Each thread takes the next item;
    /// a CSV's segments are placed in the file in order (`SegmentedCSVOutput`), so the bytes
    /// never depend on timing. Returns what writing persons.csv found.
    func writeAll() throws -> PersonsFigures {
        let writer = self
        let segments = self.segments()
        let starts = Self.firstRecordOfFile(outcomes)
        let extras = extraColumns
        let count = segments.count
        let records = try SegmentedCSVOutput(path: folder.staged("records.csv"), excel: excel,
                                             header: OutputColumns.records + extras, segments: count)
        let rejects = try SegmentedCSVOutput(path: folder.staged("rejects.csv"), excel: excel,
                                             header: OutputColumns.rejects, segments: count)
        let persons = try SegmentedCSVOutput(path: folder.staged("persons.csv"), excel: excel,
                                             header: OutputColumns.persons, segments: count)
        let needed = needsStash()
        let gate = PersonValueStashGate()
        let recordsPass = RecordsPass(writer: self, extras: extras)
        let locator = RecordIDLocator(outcomes: outcomes, starts: starts)
        let membership = link.membership()
        // Items: the stash (on one thread while the other starts on records.csv), records.csv,
        // rejects.csv and persons.csv by segment, review.csv.
        let figures: [PersonsFigures?] = try WorkerThreads.run(workers: 2, items: 3 * count + 2) { _, next, store in
            do {
                let recordReaders = try writer.recordSpills.map { try SpillRangeReader(path: $0) }
                let rejectReaders = try writer.rejectSpills.map { try SpillRangeReader(path: $0) }
                var buffer: [UInt8] = []
                var entry = RecordSpill.Entry()
                var personsState = PersonsState()
                var slots: [Range<Int>?] = []
                while let item = next() {
                    guard item > 0 else {
                        var stash = PersonValueStash(recordCount: needed.count)
                        try writer.forEachRow(0..<writer.outcomes.count, readers: recordReaders, range: \.recordBytes,
                                              firstOrdinal: 0, buffer: &buffer) { ordinal, bytes, row in
                            guard needed[Int(ordinal)] else { return }
                            guard RecordSpill.parse(bytes, at: row.lowerBound, into: &entry) != nil,
                                  entry.fields.count >= PersonFields.spillOffset + PersonFields.count else {
                                throw OutputError(message: "a record spill file is damaged")
                            }
                            stash.keep(ordinal, entry.fields[PersonFields.spillOffset..<(PersonFields.spillOffset + PersonFields.count)],
                                       in: bytes)
                        }
                        gate.deliver(stash)
                        store(item, nil)
                        continue
                    }
                    let segment = (item - 1) % count
                    let files = item <= 3 * count ? segments[segment] : 0..<0
                    let firstRecord = starts[files.lowerBound]
                    var result: PersonsFigures?
                    switch (item - 1) / count {
                    case 0:
                        try records.writeSegment(segment) { out in
                            try writer.forEachEntry(files, readers: recordReaders, range: \.recordBytes, firstOrdinal: firstRecord,
                                                    buffer: &buffer, entry: &entry) { ordinal, entry, bytes, fileIndex in
                                try recordsPass.write(ordinal, entry, bytes, fileIndex: fileIndex, slots: &slots, into: &out)
                            }
                        }
                    case 1:
                        try rejects.writeSegment(segment) { out in
                            try writer.forEachEntry(files, readers: rejectReaders, range: \.rejectBytes, firstOrdinal: 0,
                                                    buffer: &buffer, entry: &entry) { _, entry, bytes, _ in
                                for field in entry.fields { out.writeField(bytes[field]) }
                                try out.endRecord()
                            }
                        }
                    case 2:
                        let stash = try gate.wait()
                        var figures = PersonsFigures()
                        try persons.writeSegment(segment) { out in
                            try writer.forEachRow(files, readers: recordReaders, range: \.recordBytes, firstOrdinal: firstRecord,
                                                  buffer: &buffer) { ordinal, bytes, row in
                                try writer.writePerson(ordinal, row: row, in: bytes, entry: &entry, stash: stash, membership: membership,
                                                       locator: locator, state: &personsState, figures: &figures, into: &out)
                            }
                        }
                        result = figures
                    default:
                        try writer.writeReview(stash: try gate.wait())
                    }
                    store(item, result)
                }
            } catch {
                gate.abandon()
                throw error
            }
        }
        var total = PersonsFigures()
        for case let part? in figures {
            total.multiRecordPersons += part.multiRecordPersons
            total.linkedRecords += part.linkedRecords
            total.namesUpgraded += part.namesUpgraded
        }
        return total
    }

    /// Calls `body` with every row of the files `files` in `readers` (the files' `range`s), in
    /// order, unparsed: its ordinal (from `firstOrdinal` on), the bytes and the row's range.
    func forEachRow(_ files: Range<Int>, readers: [SpillRangeReader], range: (FileOutcome) -> Range<Int64>, firstOrdinal: Int,
                    buffer: inout [UInt8], _ body: (UInt32, UnsafeBufferPointer<UInt8>, Range<Int>) throws -> Void) throws {
        var ordinal = UInt32(firstOrdinal)
        for fileIndex in files {
            let outcome = outcomes[fileIndex]
            try readers[outcome.worker].forEachRow(in: range(outcome), chunkSize: Self.chunkSize, buffer: &buffer) { bytes, row in
                try body(ordinal, bytes, row)
                ordinal += 1
            }
        }
    }

    /// Calls `body` with every row of the files `files` in `readers`, in order: its ordinal (from
    /// `firstOrdinal` on), its parsed entry over `bytes`, and the index of its file in `outcomes`.
    func forEachEntry(_ files: Range<Int>, readers: [SpillRangeReader], range: (FileOutcome) -> Range<Int64>, firstOrdinal: Int,
                      buffer: inout [UInt8], entry: inout RecordSpill.Entry,
                      _ body: (UInt32, RecordSpill.Entry, UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
        var ordinal = UInt32(firstOrdinal)
        for fileIndex in files {
            let outcome = outcomes[fileIndex]
            try readers[outcome.worker].forEachEntry(in: range(outcome), chunkSize: Self.chunkSize, buffer: &buffer,
                                                     entry: &entry) { entry, bytes, _ in
                try body(ordinal, entry, bytes, fileIndex)
                ordinal += 1
            }
        }
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

    /// What writing records.csv rows needs: the run's extra columns and where each file's
    /// extras go among them.
    struct RecordsPass: Sendable {
        let writer: DatasetWriter
        let extraCount: Int
        let localToGlobal: [[Int]]

        init(writer: DatasetWriter, extras: [String]) {
            self.writer = writer
            extraCount = extras.count
            let globalIndex = Dictionary(uniqueKeysWithValues: extras.enumerated().map { ($1, $0) })
            localToGlobal = writer.outcomes.map { $0.extraColumnNames.map { globalIndex[$0]! } }
        }

        /// Writes the records.csv row of a record spill row.
        func write(_ ordinal: UInt32, _ entry: RecordSpill.Entry, _ bytes: UnsafeBufferPointer<UInt8>, fileIndex: Int,
                   slots: inout [Range<Int>?], into out: inout CSVOutputFile) throws {
            let cluster = writer.link.cluster(ofRecord: ordinal)
            let split = min(RecordSpill.personIDPosition, entry.fields.count)
            out.writeFields(entry.fields[..<split], of: bytes)
            if entry.fields.count > RecordSpill.personIDPosition {
                out.writeField(writer.ids.personID(ofCluster: cluster))
                out.writeFields(entry.fields[split...], of: bytes)
            }
            if extraCount > 0 {
                slots.removeAll(keepingCapacity: true)
                slots.append(contentsOf: repeatElement(nil, count: extraCount))
                for extra in entry.extras { slots[localToGlobal[fileIndex][extra.index]] = extra.value }
                for slot in slots { out.writeField(bytes[slot ?? 0..<0]) }
            }
            try out.endRecord()
        }
    }

    /// Storage a thread reuses from person to person.
    struct PersonsState {
        var builder = GoldenRecordBuilder(fieldCount: PersonFields.count)
        var recordIDs: [UInt8] = []
    }

    /// Writes the persons.csv row of the person whose earliest record is `ordinal` (at `row` of
    /// `bytes`); nothing for a record that is not its person's earliest. Only the row of a
    /// person of one record is parsed: the values of the others come from `stash`.
    func writePerson(_ ordinal: UInt32, row: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, entry: inout RecordSpill.Entry,
                     stash: Stash, membership: ClusterMembership, locator: RecordIDLocator, state: inout PersonsState,
                     figures: inout PersonsFigures, into out: inout CSVOutputFile) throws {
        let cluster = link.cluster(ofRecord: ordinal)
        guard link.earliestRecord(ofCluster: cluster) == ordinal else { return }
        let members = membership.members(ofCluster: cluster)
        out.writeField(ids.personID(ofCluster: cluster))
        if members.count == 1 {
            guard RecordSpill.parse(bytes, at: row.lowerBound, into: &entry) != nil,
                  entry.fields.count >= PersonFields.spillOffset + PersonFields.count else {
                throw OutputError(message: "a record spill file is damaged")
            }
            out.writeFields(entry.fields[PersonFields.spillOffset..<(PersonFields.spillOffset + PersonFields.count)], of: bytes)
        } else {
            figures.multiRecordPersons += 1
            figures.linkedRecords += members.count
            golden(members, stash: stash, builder: &state.builder, figures: &figures, into: &out)
        }
        out.writeField(members.count)
        state.recordIDs.removeAll(keepingCapacity: true)
        for (position, member) in members.enumerated() {
            if position > 0 { state.recordIDs.append(UInt8(ascii: ";")) }
            locator.appendRecordID(Int(member), to: &state.recordIDs)
        }
        state.recordIDs.withUnsafeBufferPointer { out.writeField($0[...]) }
        try out.endRecord()
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
