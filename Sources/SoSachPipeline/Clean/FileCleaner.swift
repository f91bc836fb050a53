import SoSachLinkage

/// Reads one input file to the end: data rows are cleaned and spilled as records or rejects,
/// other lines are counted by kind. Every data line ends in exactly one of the two spills.
struct FileCleaner {
    /// The most examples kept per problem code and file.
    static let examplesPerProblem = 3
    /// Data rows the row cleaner sees before cleaning starts (`RowCleaning.prepare`): the lines
    /// up to the last of them are held in memory, so memory stays bounded.
    static let preparationRows = 1000

    let sourceFile: String
    let source: CleanListSource
    var rowCleaner: RowCleaning
    let progress: ProgressReporter?
    /// The run's resolved provinces, given when the file is read again to settle ambiguous units.
    var runProvinces: Set<String> = []

    /// Processes the file, appending to the worker's spills; returns the file's outcome.
    /// Records whose unit stays ambiguous are also described in `ambiguous` (see
    /// `AmbiguousUnitRow`), when given.
    mutating func run(worker: Int, records: BufferedFileWriter, rejects: BufferedFileWriter,
                      ambiguous: BufferedFileWriter? = nil) throws -> FileOutcome {
        // The pipeline's own row cleaner runs the loop below specialised for its type (direct
        // calls, no existential box per row); any other goes through the protocol.
        if var cleaner = rowCleaner as? RowCleaner {
            defer { rowCleaner = cleaner }
            return try run(cleaning: &cleaner, worker: worker, records: records, rejects: rejects, ambiguous: ambiguous)
        }
        var cleaner = rowCleaner
        defer { rowCleaner = cleaner }
        return try run(cleaning: &cleaner, worker: worker, records: records, rejects: rejects, ambiguous: ambiguous)
    }

    private func run<Cleaner: RowCleaning>(cleaning rowCleaner: inout Cleaner, worker: Int, records: BufferedFileWriter,
                                           rejects: BufferedFileWriter, ambiguous: BufferedFileWriter?) throws -> FileOutcome {
        var report = source.detectionReport
        let recordStart = records.offset
        let rejectStart = rejects.offset
        let ambiguousStart = ambiguous?.offset ?? 0
        var ambiguousRows = 0
        var linkRecords: [LinkRecord] = []
        var recordLines: [Int32] = []
        var examples: [String: [RunReport.Example]] = [:]
        var lines: [String: Int] = [:]
        var pendingRows = 0
        var resolvedProvinces: Set<String> = []
        // Per-row counts kept in locals and short lists (codes compared as bytes) and added to
        // the report's dictionaries once at the end: no string hashing per row.
        var dataLines = 0
        var sawDataLines = false
        var flagCounts: [(code: String, count: Int)] = []
        var unitCounts: [(status: String, count: Int)] = []
        var lastProvince = ""
        if !runProvinces.isEmpty { rowCleaner.useRunProvinces(runProvinces) }

        /// Whether `code` still takes an example (then the caller builds it and calls `addExample`):
        /// no closure capturing the record per call.
        func wantsExample(_ code: String) -> Bool { (examples[code]?.count ?? 0) < Self.examplesPerProblem }
        func addExample(_ code: String, _ example: RunReport.Example) { examples[code, default: []].append(example) }
        func reject(line: Int, reason: String, message: String, raw: String) throws {
            let before = rejects.buffer.count
            RecordSpill.append(fields: [sourceFile, String(line), reason, message, raw], to: &rejects.buffer)
            try rejects.didAppend(rejects.buffer.count - before)
            report.rejects += 1
            report.rejectsByReason[reason, default: 0] += 1
            let code = "reject." + reason
            if wantsExample(code) {
                addExample(code, RunReport.Example(recordId: "\(sourceFile):\(line)", value: SensitiveValueMask.maskDigitRuns(raw)))
            }
        }

        // One record for every row, filled by the row cleaner (its arrays keep their storage).
        var record = CleanRecord(sourceFile: sourceFile, sourceLine: 0)

        // Hold the first lines until `preparationRows` data rows are seen, so the cleaner can
        // decide per-column conventions; then clean them in order and stream the rest.
        var held: [ListLine] = []
        var heldIndex = 0
        var heldRows: [DataRow] = []
        var streaming = false
        func nextLine() throws -> ListLine? {
            if !streaming {
                while heldRows.count < Self.preparationRows, let line = try source.nextLine() {
                    held.append(line)
                    if case .data(let row) = line { heldRows.append(row) }
                }
                rowCleaner.prepare(heldRows)
                heldRows = []
                streaming = true
            }
            // The held lines in order (an index, not a reversal of the array), then the source.
            if heldIndex < held.count {
                // Moved out (a placeholder left behind), not copied: no retain of the row's
                // arrays and strings here and no release when the held lines are dropped.
                var line = ListLine.nonData(.blank, line: 0)
                swap(&line, &held[heldIndex])
                heldIndex += 1
                if heldIndex == held.count { held = [] ; heldIndex = 0 }
                return line
            }
            return try source.nextLine()
        }
        while let line = try nextLine() {
            switch line {
            case .data(let row):
                dataLines += row.lineCount
                sawDataLines = true
                pendingRows += 1
                report.dataRows += 1
                switch rowCleaner.clean(row, into: &record) {
                case .record(var link):
                    record.sourceFile = sourceFile
                    let before = records.buffer.count
                    RecordSpill.append(record, to: &records.buffer)
                    try records.didAppend(records.buffer.count - before)
                    link.ordinal = UInt32(linkRecords.count)
                    linkRecords.append(link)
                    recordLines.append(Int32(clamping: row.sourceLine))
                    report.records += 1
                    if let unit = rowCleaner.takeAmbiguousUnit(), let ambiguous {
                        let before = ambiguous.buffer.count
                        AmbiguousUnitRow(record: linkRecords.count - 1, query: unit.query, flagsBesideUnit: unit.flagsBesideUnit)
                            .append(to: &ambiguous.buffer)
                        try ambiguous.didAppend(ambiguous.buffer.count - before)
                        ambiguousRows += 1
                    }
                    for flag in record.flags {
                        let code = flag.code
                        var index = 0
                        while index < flagCounts.count, !flagCounts[index].code.hasSameBytes(as: code) { index += 1 }
                        if index == flagCounts.count { flagCounts.append((code, 0)) }
                        flagCounts[index].count += 1
                        // Only flag rows add "flag." examples: past the first few, none is kept.
                        if flagCounts[index].count <= Self.examplesPerProblem {
                            let key = "flag." + code
                            if wantsExample(key) {
                                addExample(key, RunReport.Example(recordId: record.recordID, value: Self.exampleValue(code, record)))
                            }
                        }
                    }
                    if !record.unitStatus.isEmpty {
                        var index = 0
                        while index < unitCounts.count, !unitCounts[index].status.hasSameBytes(as: record.unitStatus) { index += 1 }
                        if index == unitCounts.count { unitCounts.append((record.unitStatus, 0)) }
                        unitCounts[index].count += 1
                    }
                    if !record.communeCode.isEmpty && !record.provinceCode.isEmpty && !record.provinceCode.hasSameBytes(as: lastProvince) {
                        resolvedProvinces.insert(record.provinceCode)
                        lastProvince = record.provinceCode
                    }
                case .reject(let reason, let message):
                    try reject(line: row.sourceLine, reason: reason, message: message, raw: row.raw)
                }
            case .nonData(let kind, _):
                lines[kind.rawValue, default: 0] += 1
            case .reject(let line, let reason, let message, let raw):
                dataLines += max(1, ListLine.physicalLineCount(of: raw))
                sawDataLines = true
                pendingRows += 1
                report.dataRows += 1
                try reject(line: line, reason: reason, message: message, raw: raw)
            }
            if pendingRows >= 1024 {
                progress?.addRows(pendingRows)
                pendingRows = 0
            }
        }
        progress?.addRows(pendingRows)
        if sawDataLines { lines[LineKind.data.rawValue, default: 0] += dataLines }
        for (code, count) in flagCounts { report.flags[code, default: 0] += count }
        for (status, count) in unitCounts { report.units[status, default: 0] += count }
        report.lines = lines
        // Read after the stream: a second table further down may add extra columns.
        var outcome = FileOutcome(report: report, extraColumnNames: source.extraColumnNames, worker: worker,
                                  recordBytes: recordStart..<records.offset, rejectBytes: rejectStart..<rejects.offset,
                                  linkRecords: linkRecords, recordLines: recordLines, examples: examples,
                                  resolvedProvinces: resolvedProvinces)
        if let ambiguous, ambiguousRows > 0 {
            outcome.ambiguousBytes = ambiguousStart..<ambiguous.offset
            outcome.ambiguousRows = ambiguousRows
            outcome.unitContext = rowCleaner.settlingContext
        }
        return outcome
    }

    /// The value shown as an example of `flag`: the field the flag is about, masked when it is
    /// a national ID or a phone number.
    static func exampleValue(_ flag: String, _ record: CleanRecord) -> String {
        switch ExampleField(flag) {
        case .id: return SensitiveValueMask.maskNumber(record.nationalID)
        case .phone: return SensitiveValueMask.maskNumber(record.phone)
        case .date: return record.birthDate
        case .gender: return record.gender
        case .unit: return [record.village, record.communeName, record.provinceName].filter { !$0.isEmpty }.joined(separator: ", ")
        case .name: return record.fullName
        }
    }

    /// The field a flag is about, by its family (the code up to its first "."): compared on
    /// bytes, with no split or String per flag.
    enum ExampleField: Equatable {
        case id, phone, date, gender, unit, name

        init(_ flag: String) {
            // As `split(separator: ".")` finds it: leading dots skipped.
            let family = flag.utf8.drop { $0 == UInt8(ascii: ".") }.prefix { $0 != UInt8(ascii: ".") }
            if family.elementsEqual("id".utf8) { self = .id }
            else if family.elementsEqual("phone".utf8) { self = .phone }
            else if family.elementsEqual("date".utf8) { self = .date }
            else if family.elementsEqual("gender".utf8) { self = .gender }
            else if family.elementsEqual("unit".utf8) { self = .unit }
            else { self = .name }
        }
    }
}
