import SoSachLinkage
import SoSachText
import SoSachUnits

/// Settles, once every file is read, the records whose unit stayed ambiguous on the first read
/// of their file, with the 2025 provinces the whole run resolved rows to (`RunContextSettler`).
///
/// Only those records are resolved again, from their `AmbiguousUnitRow`; the file is not read
/// again. A file with a settled record gets its records copied into the worker's own spill,
/// with the settled ones rewritten (unit columns and flags), its rejects copied as they are,
/// and its report's flag and unit counts and flag examples recomputed from the new records
/// (and its report entry written again): exactly what reading the file again with the run's
/// provinces gives.
struct AmbiguousUnitSettlement {
    let units: UnitResolver
    let runProvinces: Set<String>

    /// Spill row fields (`RecordSpill.append(_:to:)`) read or rewritten here.
    private enum Field {
        static let recordID = 0, fullName = 4, birthDate = 8, gender = 9, nationalID = 10, phone = 11, village = 12
        static let communeCode = 13, communeName = 14, provinceCode = 15, provinceName = 16, legacyCommuneCode = 17
        static let unitStatus = 18, flags = 19
    }

    /// The record, reject, example and ambiguous-unit spills a file's outcome points into.
    struct Spills {
        var records: SpillRangeReader
        var rejects: SpillRangeReader
        var examples: SpillRangeReader
        var ambiguous: SpillRangeReader
    }

    /// The new values of a settled record, shared by the file's ambiguous rows with the same
    /// query and flags (they settle alike: the file's context and the run's provinces are fixed).
    private struct Change {
        /// Spill chunks (`u32 len, bytes`) of fields `communeCode` to `flags`: a settled row is
        /// the old row's bytes with these in place of its own.
        var chunks: [UInt8] = []
        var flagCodes: [String]
        var status: String
        var communeName: String
        var provinceName: String
        var commune: Int32
    }

    /// Counts by code (flags, unit statuses) kept as bytes; a file has only a few codes.
    private struct CodeCounts {
        var codes: [[UInt8]] = []
        var counts: [Int] = []

        /// Adds `delta` to the count of `code`; returns the new count.
        mutating func add(_ code: UnsafeBufferPointer<UInt8>, _ delta: Int) -> Int {
            for index in codes.indices where codes[index].withUnsafeBufferPointer({ Self.same($0, code) }) {
                counts[index] += delta
                return counts[index]
            }
            codes.append(Array(code))
            counts.append(delta)
            return delta
        }

        mutating func add(_ code: String, _ delta: Int) -> Int {
            var code = code
            return code.withUTF8 { add($0, delta) }
        }

        /// Adds the counts to `totals` (keyed by the codes as Strings).
        func apply(to totals: inout [String: Int]) {
            for (code, count) in zip(codes, counts) where count != 0 {
                totals[String(decoding: code, as: UTF8.self), default: 0] += count
            }
        }

        private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
            a.count == b.count && a.elementsEqual(b)
        }
    }

    /// Calls `body` with each non-empty `;`-separated code of `flags`.
    private static func forEachCode(_ flags: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        var start = 0
        for index in 0...flags.count where index == flags.count || flags[index] == UInt8(ascii: ";") {
            if index > start { try body(UnsafeBufferPointer(rebasing: flags[start..<index])) }
            start = index + 1
        }
    }

    /// Bytes of a spill row used as a dictionary key, hashed in one go (not byte by byte).
    private struct BytesKey: Hashable {
        var bytes: [UInt8]
        func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
    }

    /// The change of a row settled to `unit` with its other flags `flagsBesideUnit`.
    private static func change(_ unit: UnitResolution, flagsBesideUnit: [Flag]) -> Change {
        let flags = Flag.sortedUnique(flagsBesideUnit + unit.flags).map(\.code)
        var change = Change(flagCodes: flags, status: unit.status.rawValue, communeName: unit.communeName ?? "",
                            provinceName: unit.provinceName ?? "", commune: Int32(unit.communeCode ?? "") ?? 0)
        for value in [unit.communeCode ?? "", change.communeName, unit.provinceCode ?? "", change.provinceName,
                      unit.legacyCommuneCode ?? "", change.status, flags.joined(separator: ";")] {
            RecordSpill.appendChunk(value.utf8, to: &change.chunks)
        }
        return change
    }

    /// `outcome` after settling its ambiguous records; unchanged when none settles. Rewritten
    /// files go to `records` and `rejects`, the spills of `worker`.
    ///
    /// Works on the spill's bytes: a row that does not change is copied as it is, a settled row
    /// is its old bytes with the unit and flag fields replaced, and flags are counted from
    /// bytes; Strings are made only for the examples still wanted.
    func settle(_ outcome: FileOutcome, from spills: Spills, into records: BufferedFileWriter,
                rejects: BufferedFileWriter, reportEntries: BufferedFileWriter, examples exampleSpill: BufferedFileWriter,
                worker: Int) throws -> FileOutcome {
        let settler = RunContextSettler(units: units, unitContext: outcome.unitContext ?? .none, runProvinces: runProvinces)
        // The file's rows with the same query settle alike (the file's context and the run's
        // provinces are fixed, and resolving ignores the village part): one resolution per query
        // (the bytes of the address, commune, district and province fields), then one change per
        // resolution and flags besides the unit.
        var unitOfQuery: [BytesKey: Int] = [:]
        var settledUnits: [UnitResolution] = []
        var changeOfKey: [BytesKey: Int] = [:]
        var changes: [Change] = []
        // (record, index in `changes`), in record order.
        var settled: [(record: Int, change: Int)] = []
        var buffer: [UInt8] = []
        var entry = RecordSpill.Entry()
        var key = BytesKey(bytes: [])
        try spills.ambiguous.forEachEntry(in: outcome.ambiguousBytes, buffer: &buffer, entry: &entry) { entry, bytes, _ in
            guard entry.fields.count == 7, let record = Int(String(decoding: bytes[entry.fields[0]], as: UTF8.self)) else {
                throw OutputError(message: "\(spills.ambiguous.path): spill file is damaged")
            }
            var row: AmbiguousUnitRow?
            func parsedRow() throws -> AmbiguousUnitRow {
                if let row { return row }
                guard let parsed = AmbiguousUnitRow(entry, in: bytes) else {
                    throw OutputError(message: "\(spills.ambiguous.path): spill file is damaged")
                }
                row = parsed
                return parsed
            }
            // Fields 1 (address) and 3…5 with their lengths; field 2 is the village.
            key.bytes.removeAll(keepingCapacity: true)
            key.bytes.append(contentsOf: bytes[(entry.fields[1].lowerBound - 4)..<entry.fields[1].upperBound])
            key.bytes.append(contentsOf: bytes[(entry.fields[3].lowerBound - 4)..<entry.fields[5].upperBound])
            let unitIndex: Int
            if let known = unitOfQuery[key] {
                unitIndex = known
            } else {
                let query = try parsedRow().query
                let unit = settler.settled(units.resolve(query, context: settler.unitContext), query: query)
                unitIndex = unit.status == .ambiguous ? -1 : settledUnits.count
                if unitIndex >= 0 { settledUnits.append(unit) }
                unitOfQuery[key] = unitIndex
            }
            guard unitIndex >= 0 else { return }
            key.bytes.removeAll(keepingCapacity: true)
            withUnsafeBytes(of: UInt32(unitIndex).littleEndian) { key.bytes.append(contentsOf: $0) }
            key.bytes.append(contentsOf: bytes[entry.fields[6]])
            let changeIndex: Int
            if let known = changeOfKey[key] {
                changeIndex = known
            } else {
                changeIndex = changes.count
                changes.append(Self.change(settledUnits[unitIndex], flagsBesideUnit: try parsedRow().flagsBesideUnit))
                changeOfKey[key] = changeIndex
            }
            settled.append((record, changeIndex))
        }
        guard !settled.isEmpty else { return outcome }
        // Ambiguous rows are spilled in record order; sort anyway, the loop below walks them in order.
        if !settled.indices.dropFirst().allSatisfy({ settled[$0 - 1].record < settled[$0].record }) {
            settled.sort { $0.record < $1.record }
        }

        var result = outcome
        let recordStart = records.offset
        var index = 0
        var nextSettled = 0
        // Counts change only by the settled records; examples are picked again in record order.
        var flagChanges = CodeCounts(), unitChanges = CodeCounts(), flagCounts = CodeCounts()
        var examples = try ExampleSpill.read(outcome.exampleEntries, of: spills.examples).filter { $0.key.hasPrefix("reject.") }
        try spills.records.forEachEntry(in: outcome.recordBytes, buffer: &buffer, entry: &entry) { entry, bytes, row in
            guard entry.fields.count == RecordSpill.recordFields else {
                throw OutputError(message: "\(spills.records.path): spill file is damaged")
            }
            func text(_ field: Int) -> String { String(decoding: bytes[entry.fields[field]], as: UTF8.self) }
            var change: Change?
            if nextSettled < settled.count, settled[nextSettled].record == index {
                change = changes[settled[nextSettled].change]
                nextSettled += 1
            }
            // As `FileCleaner` counts and picks examples, in record order.
            func count(_ code: UnsafeBufferPointer<UInt8>, communeName: @autoclosure () -> String,
                       provinceName: @autoclosure () -> String) {
                guard flagCounts.add(code, 1) <= FileCleaner.examplesPerProblem else { return }
                let code = String(decoding: code, as: UTF8.self)
                var record = CleanRecord(sourceFile: "", sourceLine: 0)
                record.fullName = text(Field.fullName)
                record.birthDate = text(Field.birthDate)
                record.gender = text(Field.gender)
                record.nationalID = text(Field.nationalID)
                record.phone = text(Field.phone)
                record.village = text(Field.village)
                record.communeName = communeName()
                record.provinceName = provinceName()
                examples["flag." + code, default: []].append(
                    RunReport.Example(recordId: text(Field.recordID), value: FileCleaner.exampleValue(code, record)))
            }
            let oldFlags = UnsafeBufferPointer(rebasing: bytes[entry.fields[Field.flags]])
            if let change {
                Self.forEachCode(oldFlags) { _ = flagChanges.add($0, -1) }
                for code in change.flagCodes { _ = flagChanges.add(code, 1) }
                _ = unitChanges.add(UnsafeBufferPointer(rebasing: bytes[entry.fields[Field.unitStatus]]), -1)
                _ = unitChanges.add(change.status, 1)
                // The row up to the commune code's length, the new unit and flag fields, the extras as they were.
                let before = records.buffer.count
                records.buffer.append(contentsOf: bytes[row.lowerBound..<(entry.fields[Field.communeCode].lowerBound - 4)])
                records.buffer.append(contentsOf: change.chunks)
                records.buffer.append(contentsOf: bytes[entry.fields[Field.flags].upperBound..<row.upperBound])
                try records.didAppend(records.buffer.count - before)
                result.linkRecords[index].commune = change.commune
                for var code in change.flagCodes {
                    code.withUTF8 { count($0, communeName: change.communeName, provinceName: change.provinceName) }
                }
            } else {
                try records.write(UnsafeBufferPointer(rebasing: bytes[row]))
                Self.forEachCode(oldFlags) { count($0, communeName: text(Field.communeName), provinceName: text(Field.provinceName)) }
            }
            index += 1
        }
        let rejectStart = rejects.offset
        try spills.rejects.forEachEntry(in: outcome.rejectBytes, buffer: &buffer, entry: &entry) { _, bytes, row in
            try rejects.write(UnsafeBufferPointer(rebasing: bytes[row]))
        }
        result.worker = worker
        result.recordBytes = recordStart..<records.offset
        result.rejectBytes = rejectStart..<rejects.offset
        flagChanges.apply(to: &result.report.flags)
        unitChanges.apply(to: &result.report.units)
        result.report.flags = result.report.flags.filter { $0.value != 0 }
        result.report.units = result.report.units.filter { $0.value != 0 }
        result.exampleEntries = try ExampleSpill.append(examples, to: exampleSpill)
        result.examples = [:]
        let entryStart = reportEntries.offset
        try reportEntries.write(try result.report.encodedForReport(level: 2))
        result.reportEntry = entryStart..<reportEntries.offset
        return result
    }
}
