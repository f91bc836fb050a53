import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import SoSachLinkage
import SoSachUnits

/// The main job, `sosach clean`: reads every input file, cleans its rows, links the records of
/// the same citizen and writes the canonical dataset (records.csv, persons.csv, rejects.csv,
/// review.csv, report.json, report.html) into the output folder.
///
/// How it stays fast and small on a province:
/// - Files are processed by `options.jobs` worker threads, each pulling the next file. A
///   worker appends its files' records and rejects to its own spill files in the staging
///   folder and remembers only each file's byte ranges and a compact summary per record.
/// - After linking, records.csv is assembled by copying the spills' ranges in input order,
///   splicing in `person_id` and the run-wide extra columns. The output order therefore never
///   depends on `--jobs` or on timing.
/// - Nothing is visible in the output folder until every file is written (see `OutputFolder`).
public final class CleanJob: Sendable {
    /// The run's settings.
    public let options: CleanOptions
    let parts: CleanParts

    /// A job with the standard parts (layout reader, field cleaners, unit resolver, linker).
    public convenience init(options: CleanOptions) {
        self.init(options: options, parts: .standard)
    }

    init(options: CleanOptions, parts: CleanParts) {
        self.options = options
        self.parts = parts
    }

    /// Runs the job. Throws `CleanError` or `OutputError` when it cannot start or finish
    /// (exit code 2); row problems end in rejects.csv and in the summary's exit code.
    public func run() throws -> CleanSummary {
        let started = Date()
        // The unit registry and the header aliases load (tens of ms) while the inputs are
        // listed, instead of while the workers wait for them.
        DispatchQueue.global().async { _ = try? UnitRegistry.shared() }
        DispatchQueue.global().async { _ = try? HeaderAliases.standard() }
        // The output folder is not read as input when it lies inside an input folder.
        let files = try InputExpander.expand(options.inputs, base: options.workingDirectory,
                                             excluding: [options.resolved(options.outputDirectory)])
        var sizes: [Int64] = []
        sizes.reserveCapacity(files.count)
        for file in files {
            guard let size = Self.readableSize(file.path) else {
                throw CleanError.unreadableInput(path: file.displayPath, reason: "cannot read the file")
            }
            sizes.append(size)
        }
        let config = try options.configPath.map { try MappingConfig.load(path: options.resolved($0)) }
        let signature = runSignature(files: files)
        let folder = try OutputFolder.prepare(path: options.resolved(options.outputDirectory), runSignature: signature, force: options.force)
        let progress = ProgressReporter(mode: .automatic(quiet: options.quiet), totalFiles: files.count,
                                        totalBytes: sizes.reduce(0, +))
        progress.start()
        defer { progress.stop() }
        do {
            let summary = try execute(files: files, sizes: sizes, config: config, folder: folder, signature: signature,
                                      progress: progress, started: started)
            try folder.commit()
            return summary
        } catch {
            folder.abandon()
            throw error
        }
    }

    private func execute(files: [InputExpander.Input], sizes: [Int64], config: MappingConfig?, folder: OutputFolder, signature: String,
                         progress: ProgressReporter, started: Date) throws -> CleanSummary {
        let workerCount = max(1, min(options.jobs, files.count))
        var spills = SpillPaths()
        _ = spills.addWorkers(workerCount, named: "", in: folder)
        let ambiguousSpills = (0..<workerCount).map { folder.staged("ambiguous-units-\($0).spill") }
        defer { for spill in spills.all + ambiguousSpills { try? FileManager.default.removeItem(atPath: spill) } }
        var firstRead = spills
        firstRead.ambiguous = ambiguousSpills
        var outcomes = try readAll(files: files, sizes: sizes, config: config, workerCount: workerCount, spills: firstRead,
                                   progress: progress)
        if options.settleUnitsByRereading {
            try settleAmbiguousUnitsByRereading(&outcomes, files: files, sizes: sizes, config: config, folder: folder,
                                                workerCount: workerCount, spills: &spills)
        } else {
            try settleAmbiguousUnits(&outcomes, folder: folder, workerCount: workerCount, spills: &spills,
                                     ambiguousSpills: ambiguousSpills)
        }
        let readDone = Date()
        let readPeakMemory = ProcessMemory.peakResidentMiB()

        progress.setStage("linking")
        let starts = DatasetWriter.firstRecordOfFile(outcomes)
        var linkRecords: [LinkRecord] = []
        linkRecords.reserveCapacity(starts.last!)
        for index in outcomes.indices {
            linkRecords.append(contentsOf: outcomes[index].linkRecords)
            // The summaries now live in `linkRecords` only (the file's count stays in `recordLines`).
            outcomes[index].linkRecords = []
        }
        // File-local ordinals to records.csv positions (a file has one summary per record).
        precondition(linkRecords.count == starts.last!, "one link summary per record")
        linkRecords.withUnsafeMutableBufferPointer { records in
            for index in outcomes.indices {
                let base = UInt32(starts[index])
                for position in starts[index]..<starts[index + 1] { records[position].ordinal += base }
            }
        }
        let master = try options.masterPath.map { try parts.loadMaster(options.resolved($0)) }
        var linkerOptions = DeterministicLinker.Options()
        linkerOptions.threads = min(2, max(1, options.jobs))
        let link = DeterministicLinker(options: linkerOptions).link(linkRecords)
        let locator = RecordIDLocator(outcomes: outcomes, starts: starts)
        // The derived ids' hashing, by halves of the clusters on two threads.
        let clusterCount = link.clusterCount
        let halves = try WorkerThreads.run(workers: min(2, max(1, options.jobs)), items: 2) { _, next, store in
            while let half = next() {
                let clusters = half == 0 ? 0..<(clusterCount / 2) : (clusterCount / 2)..<clusterCount
                store(half, PersonIDAssigner.firstValues(link, clusters: clusters) { locator.appendRecordID(Int($0), to: &$1) })
            }
        }
        let ids = PersonIDAssigner(master: master).assign(link, firstValues: halves[0] + halves[1]) {
            locator.appendRecordID(Int($0), to: &$1)
        }
        let reviewPairs = (link.reviewPairs + ids.reviewPairs).sorted { ($0.first, $0.second) < ($1.first, $1.second) }
        let linkDone = Date()

        progress.setStage("writing")
        var writer = DatasetWriter(folder: folder, outcomes: outcomes, excel: options.excel, recordSpills: spills.records,
                                   rejectSpills: spills.rejects, link: link, ids: ids, reviewPairs: reviewPairs)
        if let segmentRecords = options.writeSegmentRecords { writer.segmentRecords = segmentRecords }
        let figures = try writer.writeAll()
        // Done with: deleted on another thread while the reports are written (freeing the
        // blocks of a few hundred MB takes a while).
        let spillRemoval = DispatchGroup()
        let usedSpills = spills.records + spills.rejects
        DispatchQueue.global().async(group: spillRemoval) { for spill in usedSpills { unlink(spill) } }
        defer { spillRemoval.wait() }

        let linking = RunReport.Linking(persons: link.clusterCount, multiRecordPersons: figures.multiRecordPersons,
                                        linkedRecords: figures.linkedRecords, namesUpgraded: figures.namesUpgraded,
                                        reviewPairs: reviewPairs.count, stats: link.stats, personIds: ids.stats)
        var report = try makeReport(outcomes: outcomes, linking: linking, signature: signature, exampleSpills: spills.examples)
        try Data(ReportHTMLRenderer.render(report).utf8).write(to: URL(fileURLWithPath: folder.staged("report.html")))
        let finished = Date()
        if options.recordTimings {
            let total = finished.timeIntervalSince(started)
            report.timings = RunReport.Timings(
                readCleanSeconds: Self.rounded(readDone.timeIntervalSince(started)),
                linkSeconds: Self.rounded(linkDone.timeIntervalSince(readDone)),
                writeSeconds: Self.rounded(finished.timeIntervalSince(linkDone)),
                totalSeconds: Self.rounded(total),
                recordsPerSecond: (Double(report.totals.dataRows) / max(total, 0.001)).rounded(),
                readPeakRssMib: readPeakMemory, peakRssMib: ProcessMemory.peakResidentMiB())
        }
        let json = try BufferedFileWriter(path: folder.staged("report.json"))
        let entryReaders = try spills.reportEntries.map { try SpillRangeReader(path: $0) }
        var entry: [UInt8] = []
        try report.write(fileEntries: outcomes.count, entry: { index in
            entry.removeAll(keepingCapacity: true)
            let range = outcomes[index].reportEntry
            let got = try entryReaders[outcomes[index].worker].read(at: range.lowerBound, count: range.count, appendingTo: &entry)
            guard got == range.count else { throw OutputError(message: "\(spills.reportEntries[outcomes[index].worker]): spill file ends early") }
            return entry
        }, to: { try json.write($0) })
        try json.close()

        let totals = report.totals
        let rejectShare = totals.dataRows == 0 ? 0 : Double(totals.rejects) * 100 / Double(totals.dataRows)
        let exitCode: Int32 = totals.rejects > 0 && rejectShare > options.rejectThresholdPercent ? 1 : 0
        return CleanSummary(outputDirectory: options.outputDirectory, files: files.count, dataRows: totals.dataRows,
                            records: totals.records, rejects: totals.rejects, persons: linking.persons,
                            reviewPairs: linking.reviewPairs, exitCode: exitCode, report: report)
    }

    /// Reads every file with `workerCount` threads; returns the outcomes in input order.
    private func readAll(files: [InputExpander.Input], sizes: [Int64], config: MappingConfig?, workerCount: Int,
                         spills: SpillPaths, progress: ProgressReporter) throws -> [FileOutcome] {
        try read(Array(files.indices), files: files, sizes: sizes, config: config, workerCount: workerCount,
                 spills: spills, spillBase: 0, runProvinces: [], progress: progress)
    }

    /// The spill files of the workers, by index: records, rejects, report.json entries, problem
    /// examples, and (on the first read) the records whose unit stayed ambiguous.
    struct SpillPaths {
        var records: [String] = []
        var rejects: [String] = []
        var reportEntries: [String] = []
        var examples: [String] = []
        var ambiguous: [String]?

        /// Adds the spills of `count` more workers, with `name` in their file names; returns the
        /// index of the first.
        mutating func addWorkers(_ count: Int, named name: String, in folder: OutputFolder) -> Int {
            let base = records.count
            let infix = name.isEmpty ? "" : name + "-"
            for worker in 0..<count {
                records.append(folder.staged("records-\(infix)\(worker).spill"))
                rejects.append(folder.staged("rejects-\(infix)\(worker).spill"))
                reportEntries.append(folder.staged("report-entries-\(infix)\(worker).spill"))
                examples.append(folder.staged("examples-\(infix)\(worker).spill"))
            }
            return base
        }

        /// Every path but the ambiguous-unit spills.
        var all: [String] { records + rejects + reportEntries + examples }
    }

    /// Reads the files at `indices` with up to `workerCount` threads, each pulling the next
    /// file and appending to its own spills (index `spillBase + worker` of each list in `spills`,
    /// which the outcome records as its `worker`); returns the outcomes in the order of `indices`.
    private func read(_ indices: [Int], files: [InputExpander.Input], sizes: [Int64], config: MappingConfig?,
                      workerCount: Int, spills: SpillPaths, spillBase: Int, runProvinces: Set<String>,
                      progress: ProgressReporter?) throws -> [FileOutcome] {
        let parts = self.parts
        let options = self.options
        return try WorkerThreads.run(workers: workerCount, items: indices.count) { worker, next, store in
            let spill = spillBase + worker
            let records = try BufferedFileWriter(path: spills.records[spill])
            let rejects = try BufferedFileWriter(path: spills.rejects[spill])
            let entries = try BufferedFileWriter(path: spills.reportEntries[spill])
            let examples = try BufferedFileWriter(path: spills.examples[spill])
            let ambiguous = try spills.ambiguous.map { try BufferedFileWriter(path: $0[spill]) }
            let state = CleanWorkerState()
            while let position = next() {
                let index = indices[position]
                let file = files[index]
                let source = try parts.openSource(file.path, file.displayPath, config)
                var cleaner = FileCleaner(sourceFile: file.displayPath, source: source,
                                          rowCleaner: try parts.makeRowCleaner(source, file.displayPath, options, state),
                                          progress: progress)
                cleaner.runProvinces = runProvinces
                var outcome = try cleaner.run(worker: spill, records: records, rejects: rejects, ambiguous: ambiguous)
                outcome.report.bytes = sizes[index]
                let entryStart = entries.offset
                try entries.write(try outcome.report.encodedForReport(level: 2))
                outcome.reportEntry = entryStart..<entries.offset
                outcome.exampleEntries = try ExampleSpill.append(outcome.examples, to: examples)
                outcome.examples = [:]
                store(position, outcome)
                progress?.fileFinished(bytes: sizes[index])
            }
            try records.close()
            try rejects.close()
            try entries.close()
            try examples.close()
            try ambiguous?.close()
        }
    }

    /// Settles the records whose unit stayed ambiguous on the first read, so that such a row
    /// takes the one candidate lying in a province the run resolved rows to
    /// (`unit.by_run_context`): `AmbiguousUnitSettlement` per file, on up to `workerCount`
    /// threads. The province set comes from every file's first read, and each file's rows are
    /// placed by its outcome, so the result depends neither on `--jobs` nor on timing. Rewritten
    /// files go to an extra pair of spills per worker.
    private func settleAmbiguousUnits(_ outcomes: inout [FileOutcome], folder: OutputFolder, workerCount: Int,
                                      spills: inout SpillPaths, ambiguousSpills: [String]) throws {
        let redo = outcomes.indices.filter { outcomes[$0].ambiguousRows > 0 }
        let provinces = outcomes.reduce(into: Set<String>()) { $0.formUnion($1.resolvedProvinces) }
        guard !redo.isEmpty, !provinces.isEmpty else { return }
        let firstSpills = spills
        let workers = max(1, min(workerCount, redo.count))
        let base = spills.addWorkers(workers, named: "run-context", in: folder)
        let outputs = spills
        let input = outcomes
        let registry = try UnitRegistry.shared()
        let settled = try WorkerThreads.run(workers: workers, items: redo.count) { worker, next, store in
            let records = try BufferedFileWriter(path: outputs.records[base + worker])
            let rejects = try BufferedFileWriter(path: outputs.rejects[base + worker])
            let entries = try BufferedFileWriter(path: outputs.reportEntries[base + worker])
            let examples = try BufferedFileWriter(path: outputs.examples[base + worker])
            let readers = try (0..<ambiguousSpills.count).map {
                AmbiguousUnitSettlement.Spills(records: try SpillRangeReader(path: firstSpills.records[$0]),
                                               rejects: try SpillRangeReader(path: firstSpills.rejects[$0]),
                                               examples: try SpillRangeReader(path: firstSpills.examples[$0]),
                                               ambiguous: try SpillRangeReader(path: ambiguousSpills[$0]))
            }
            let settlement = AmbiguousUnitSettlement(units: UnitResolver(registry: registry), runProvinces: provinces)
            while let position = next() {
                let outcome = input[redo[position]]
                store(position, try settlement.settle(outcome, from: readers[outcome.worker], into: records, rejects: rejects,
                                                      reportEntries: entries, examples: examples, worker: base + worker))
            }
            try records.close()
            try rejects.close()
            try entries.close()
            try examples.close()
        }
        for (position, index) in redo.enumerated() { outcomes[index] = settled[position] }
    }

    /// The reference way of settling ambiguous units (`CleanOptions.settleUnitsByRereading`):
    /// reads again, with the same workers, the files with rows whose unit is ambiguous, with the
    /// run's provinces. The new rows go to an extra pair of spills per worker.
    private func settleAmbiguousUnitsByRereading(_ outcomes: inout [FileOutcome], files: [InputExpander.Input], sizes: [Int64],
                                                 config: MappingConfig?, folder: OutputFolder, workerCount: Int,
                                                 spills: inout SpillPaths) throws {
        let redo = outcomes.indices.filter { outcomes[$0].report.units[UnitStatus.ambiguous.rawValue, default: 0] > 0 }
        let provinces = outcomes.reduce(into: Set<String>()) { $0.formUnion($1.resolvedProvinces) }
        guard !redo.isEmpty, !provinces.isEmpty else { return }
        let workers = max(1, min(workerCount, redo.count))
        let base = spills.addWorkers(workers, named: "run-context", in: folder)
        let settled = try read(redo, files: files, sizes: sizes, config: config, workerCount: workers, spills: spills,
                               spillBase: base, runProvinces: provinces, progress: nil)
        for (position, index) in redo.enumerated() { outcomes[index] = settled[position] }
    }

    /// The report without timings.
    private func makeReport(outcomes: [FileOutcome], linking: RunReport.Linking, signature: String,
                            exampleSpills: [String]) throws -> RunReport {
        var totals = RunReport.Totals(files: outcomes.count, lines: [:], dataRows: 0, records: 0, rejects: 0,
                                      rejectsByReason: [:], flags: [:], units: [:])
        for outcome in outcomes {
            let file = outcome.report
            totals.lines.merge(file.lines, uniquingKeysWith: +)
            totals.dataRows += file.dataRows
            totals.records += file.records
            totals.rejects += file.rejects
            totals.rejectsByReason.merge(file.rejectsByReason, uniquingKeysWith: +)
            totals.flags.merge(file.flags, uniquingKeysWith: +)
            totals.units.merge(file.units, uniquingKeysWith: +)
        }
        var counts: [String: Int] = [:]
        for (reason, count) in totals.rejectsByReason { counts["reject." + reason] = count }
        for (flag, count) in totals.flags { counts["flag." + flag] = count }
        let top = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            .prefix(Self.topProblems)
        // The first examples of each top problem in file order, read back from the spills.
        var examples: [String: [RunReport.Example]] = [:]
        for (code, _) in top { examples[code] = [] }
        var missing = top.count
        let readers = try exampleSpills.map { try SpillRangeReader(path: $0) }
        var buffer: [UInt8] = []
        for outcome in outcomes where missing > 0 {
            try ExampleSpill.forEach(in: outcome.exampleEntries, of: readers[outcome.worker], buffer: &buffer) { code, found in
                guard let have = examples[code], have.count < FileCleaner.examplesPerProblem else { return }
                let taken = have + found.prefix(FileCleaner.examplesPerProblem - have.count)
                examples[code] = taken
                if taken.count == FileCleaner.examplesPerProblem { missing -= 1 }
            }
        }
        let problems = top.map { code, count in
            RunReport.Problem(code: code, count: count, examples: examples[code] ?? [])
        }
        return RunReport(generator: "sosach \(SoSachPipelineVersion.current)", runSignature: signature,
                         options: RunReport.Options(toneStyle: options.toneStyle, excel: options.excel,
                                                    config: options.configPath, master: options.masterPath,
                                                    rejectThresholdPercent: options.rejectThresholdPercent),
                         files: outcomes.map(\.report), totals: totals, linking: linking, problems: problems, timings: nil)
    }

    /// How many problem codes report.json and report.html list.
    static let topProblems = 12

    /// FNV-1a (64 bit) over the input list and the output-shaping options, in hex.
    private func runSignature(files: [InputExpander.Input]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ 0x0A) &* 0x100_0000_01b3
        }
        mix("sosach-run/1")
        for file in files { mix(file.displayPath) }
        mix(options.toneStyle)
        mix(options.excel ? "excel" : "plain")
        mix(options.configPath ?? "")
        mix(options.masterPath ?? "")
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The size of a readable file as `FileManager.attributesOfItem` gives it (of the link
    /// itself for a symbolic link: `lstat`), or nil when the file cannot be read. Two system
    /// calls instead of Foundation's attribute dictionary (owner names and all): 10,000
    /// inputs take milliseconds.
    static func readableSize(_ path: String) -> Int64? {
        guard access(path, R_OK) == 0 else { return nil }
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return Int64(status.st_size)
    }

    private static func rounded(_ seconds: Double) -> Double { (seconds * 1000).rounded() / 1000 }
}
