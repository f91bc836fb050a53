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

    /// `outcome` after settling its ambiguous records; unchanged when none settles. Rewritten
    /// files go to `records` and `rejects`, the spills of `worker`.
    func settle(_ outcome: FileOutcome, from spills: Spills, into records: BufferedFileWriter,
                rejects: BufferedFileWriter, reportEntries: BufferedFileWriter, examples exampleSpill: BufferedFileWriter,
                worker: Int) throws -> FileOutcome {
        let settler = RunContextSettler(units: units, unitContext: outcome.unitContext ?? .none, runProvinces: runProvinces)
        var settled: [Int: (unit: UnitResolution, flags: [Flag])] = [:]
        var buffer: [UInt8] = []
        var entry = RecordSpill.Entry()
        try spills.ambiguous.forEachEntry(in: outcome.ambiguousBytes, buffer: &buffer, entry: &entry) { entry, bytes, _ in
            guard let row = AmbiguousUnitRow(entry, in: bytes) else {
                throw OutputError(message: "\(spills.ambiguous.path): spill file is damaged")
            }
            let unit = settler.settled(units.resolve(row.query, context: settler.unitContext), query: row.query)
            guard unit.status != .ambiguous else { return }
            settled[row.record] = (unit, Flag.sortedUnique(row.flagsBesideUnit + unit.flags))
        }
        guard !settled.isEmpty else { return outcome }

        var result = outcome
        let recordStart = records.offset
        var index = 0
        // Counts change only by the settled records; examples are picked again in record order.
        var flagTotals = outcome.report.flags
        var unitTotals = outcome.report.units
        var flagCounts: [String: Int] = [:]
        var examples = try ExampleSpill.read(outcome.exampleEntries, of: spills.examples).filter { $0.key.hasPrefix("reject.") }
        try spills.records.forEachEntry(in: outcome.recordBytes, buffer: &buffer, entry: &entry) { entry, bytes, row in
            func text(_ field: Int) -> String { String(decoding: bytes[entry.fields[field]], as: UTF8.self) }
            var flags: [String]
            var communeName: String, provinceName: String
            if let (unit, newFlags) = settled[index] {
                var fields = entry.fields.indices.map(text)
                fields[Field.communeCode] = unit.communeCode ?? ""
                fields[Field.communeName] = unit.communeName ?? ""
                fields[Field.provinceCode] = unit.provinceCode ?? ""
                fields[Field.provinceName] = unit.provinceName ?? ""
                fields[Field.legacyCommuneCode] = unit.legacyCommuneCode ?? ""
                fields[Field.unitStatus] = unit.status.rawValue
                fields[Field.flags] = newFlags.map(\.code).joined(separator: ";")
                var extras = [String](repeating: "", count: (entry.extras.map(\.index).max() ?? -1) + 1)
                for extra in entry.extras { extras[extra.index] = String(decoding: bytes[extra.value], as: UTF8.self) }
                let oldFlags = text(Field.flags)
                for code in oldFlags.split(separator: ";") { flagTotals[String(code), default: 0] -= 1 }
                for flag in newFlags { flagTotals[flag.code, default: 0] += 1 }
                unitTotals[text(Field.unitStatus), default: 0] -= 1
                unitTotals[fields[Field.unitStatus], default: 0] += 1
                let before = records.buffer.count
                RecordSpill.append(fields: fields, extras: extras, to: &records.buffer)
                try records.didAppend(records.buffer.count - before)
                result.linkRecords[index].commune = Int32(fields[Field.communeCode]) ?? 0
                flags = newFlags.map(\.code)
                communeName = fields[Field.communeName]
                provinceName = fields[Field.provinceName]
            } else {
                try records.write(UnsafeBufferPointer(rebasing: bytes[row]))
                let joined = text(Field.flags)
                flags = joined.isEmpty ? [] : joined.split(separator: ";").map(String.init)
                communeName = text(Field.communeName)
                provinceName = text(Field.provinceName)
            }
            // As `FileCleaner` counts and picks examples, in record order.
            for code in flags {
                let count = (flagCounts[code] ?? 0) + 1
                flagCounts[code] = count
                guard count <= FileCleaner.examplesPerProblem else { continue }
                var record = CleanRecord(sourceFile: "", sourceLine: 0)
                record.fullName = text(Field.fullName)
                record.birthDate = text(Field.birthDate)
                record.gender = text(Field.gender)
                record.nationalID = text(Field.nationalID)
                record.phone = text(Field.phone)
                record.village = text(Field.village)
                record.communeName = communeName
                record.provinceName = provinceName
                examples["flag." + code, default: []].append(
                    RunReport.Example(recordId: text(Field.recordID), value: FileCleaner.exampleValue(code, record)))
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
        result.report.flags = flagTotals.filter { $0.value != 0 }
        result.report.units = unitTotals.filter { $0.value != 0 }
        result.exampleEntries = try ExampleSpill.append(examples, to: exampleSpill)
        result.examples = [:]
        let entryStart = reportEntries.offset
        try reportEntries.write(try result.report.encodedForReport(level: 2))
        result.reportEntry = entryStart..<reportEntries.offset
        return result
    }
}
