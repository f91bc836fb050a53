import ArgumentParser
import Foundation
import SoSachText

/// `sosach-bench csv`: CSVReader throughput on generated lists, next to `wc -l` on the same
/// files as the physical limit.
struct CSVBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Parse generated CSV files (plain, and all-quoted CRLF) and print MB/s next to wc -l.",
        discussion: """
            Generates ROWS rows × 8 columns of Vietnamese-looking text (~90 MB for 1,000,000 rows)
            in a temporary folder (or --dir), parses every field of every record with CSVReader
            (counting fields and summing their lengths), and times `wc -l` on the same file.
            MB = 10^6 bytes. Measure peak memory from outside:

              swift build -c release --product sosach-bench
              /usr/bin/time -v .build/release/sosach-bench csv
            """
    )

    @Option(help: "Rows to generate.")
    var rows = 1_000_000

    @Option(help: "Folder for the generated files (default: a new temporary folder, removed after).")
    var dir: String?

    @Option(help: "Timed parses of each file; the best is printed.")
    var repeats = 3

    @ArgumentParser.Flag(help: "Also time the plain file with raw bytes kept (+raw) and with a String made of every field (+str).")
    var extra = false

    @Option(name: .customLong("huge-line-mib"), help: "Also read a generated stream of this many MiB with no line end (e.g. 1024), to show bounded memory.")
    var hugeLineMiB = 0

    func validate() throws {
        guard rows > 0 else { throw ValidationError("--rows must be positive") }
        guard repeats > 0 else { throw ValidationError("--repeats must be positive") }
        guard hugeLineMiB >= 0 else { throw ValidationError("--huge-line-mib cannot be negative") }
    }

    func run() throws {
        let folder: URL
        let removeAfter = dir == nil
        if let dir {
            folder = URL(fileURLWithPath: dir)
        } else {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("sosach-bench-csv-\(getpid())")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if removeAfter { try? FileManager.default.removeItem(at: folder) } }

        for (name, style) in [("plain", CSVBenchInput.Style.plain), ("quoted-crlf", .quotedCRLF)] {
            let path = folder.appendingPathComponent("bench-\(name).csv").path
            let size = try CSVBenchInput.write(rows: rows, style: style, to: path)
            let megabytes = Double(size) / 1e6
            var passes: [(label: String, pass: Pass)] = [(name, .fields)]
            if extra && style == .plain {
                passes += [(name + "+raw", .rawKept), (name + "+str", .strings), (name + "+write", .write)]
            }
            for (label, pass) in passes {
                let (wall, cpu, tally) = try Self.time(path, pass: pass, repeats: repeats)
                print(label.padding(toLength: 12, withPad: " ", startingAt: 0) + String(
                    format: "%6.1f MB  CSVReader %7.1f MB/s wall (%.3f s), %7.1f MB/s CPU (%.3f s); %d records, %d fields, %d field bytes",
                    megabytes, megabytes / wall, wall, megabytes / cpu, cpu, tally.records, tally.fields, tally.bytes))
            }
            let wc = try Self.timeWordCount(path)
            print(name.padding(toLength: 12, withPad: " ", startingAt: 0) + String(
                format: "%6.1f MB  wc -l     %7.1f MB/s wall (%.3f s), %7.1f MB/s CPU (%.3f s)",
                megabytes, megabytes / wc.wall, wc.wall, megabytes / wc.cpu, wc.cpu))
        }
        if hugeLineMiB > 0 { try readHugeLine() }
    }

    /// Reads `hugeLineMiB` MiB without a line end: one record reported too large, memory bounded.
    func readHugeLine() throws {
        let size = hugeLineMiB << 20
        let reader = CSVReader(source: CSVBenchHugeLine(count: size), dialect: .comma)
        var record = ByteRecord()
        var records = 0
        var problems: [String] = []
        let cpu = Self.threadCPUSeconds()
        while try reader.readRecord(into: &record) {
            records += 1
            if let problem = record.problem { problems.append("\(record.position): \(problem)") }
        }
        let seconds = Self.threadCPUSeconds() - cpu
        let label = "no-line-end".padding(toLength: 12, withPad: " ", startingAt: 0)
        print(label + String(format: "%6.1f MB  CSVReader %7.1f MB/s CPU (%.3f s, generation included); %d record(s): ",
                             Double(size) / 1e6, Double(size) / 1e6 / seconds, seconds, records)
              + problems.joined(separator: "; "))
    }

    /// What a timed parse does with each record.
    enum Pass {
        /// Counts fields and sums their lengths (field boundaries only).
        case fields
        /// The same, with `keepRawBytes` on (as the pipeline reads, for rejects).
        case rawKept
        /// Makes a String of every field (the cost the byte API avoids).
        case strings
        /// Writes every record back with CSVWriter to an AtomicFileOutput next to the input.
        case write
    }

    /// The best wall and thread CPU times of `repeats` parses of `path`, and what they counted.
    static func time(_ path: String, pass: Pass, repeats: Int)
        throws -> (wall: Double, cpu: Double, tally: (records: Int, fields: Int, bytes: Int))
    {
        var best = (wall: Double.infinity, cpu: Double.infinity)
        var tally = (records: 0, fields: 0, bytes: 0)
        for _ in 0..<repeats {
            let wall = DispatchTime.now().uptimeNanoseconds
            let cpu = threadCPUSeconds()
            tally = try parse(path, pass: pass)
            best.cpu = min(best.cpu, threadCPUSeconds() - cpu)
            best.wall = min(best.wall, Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e9)
        }
        return (best.wall, best.cpu, tally)
    }

    /// Reads every record of `path`, touching every field.
    static func parse(_ path: String, pass: Pass) throws -> (records: Int, fields: Int, bytes: Int) {
        var options = CSVReader.Options()
        options.keepRawBytes = pass == .rawKept
        let reader = CSVReader(source: try FileByteSource(path: path), dialect: .comma, options: options)
        let output = pass == .write ? try AtomicFileOutput(path: path + ".out") : nil
        var writer = output.map { CSVWriter(sink: $0) }
        var record = ByteRecord()
        var records = 0
        var fields = 0
        var bytes = 0
        while try reader.readRecord(into: &record) {
            records += 1
            fields += record.count
            switch pass {
            case .fields:
                for index in 0..<record.count { bytes &+= record.length(at: index) }
            case .rawKept:
                for index in 0..<record.count { bytes &+= record.length(at: index) }
                precondition(!record.raw.isEmpty, "raw bytes not kept")
            case .strings:
                for index in 0..<record.count { bytes &+= record.string(at: index).utf8.count }
            case .write:
                for index in 0..<record.count { bytes &+= record.length(at: index) }
                try writer!.writeRecord(record)
            }
        }
        if let output {
            try writer!.flush()
            try output.commit()
            try? FileManager.default.removeItem(atPath: path + ".out")
        }
        return (records, fields, bytes)
    }

    /// Runs `wc -l` on `path`; returns its wall time and its CPU time (user + system) in seconds.
    static func timeWordCount(_ path: String) throws -> (wall: Double, cpu: Double) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/wc")
        process.arguments = ["-l", path]
        process.standardOutput = FileHandle.nullDevice
        let cpu = childrenCPUSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        process.waitUntilExit()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return (wall, childrenCPUSeconds() - cpu)
    }

    /// CPU time of the calling thread, in seconds (stable on a busy machine, unlike wall time).
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// User + system time of the finished child processes, in seconds.
    static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }
}
