import ArgumentParser
import Foundation
import SoSachLinkage
import SoSachPipeline
#if canImport(Glibc)
import Glibc
#endif

/// `sosach-bench clean`: generates a province-sized input and times `sosach clean` on it,
/// in-process (default) or by running the built binary (`--binary`). Prints wall time,
/// records/s and the peak resident set size (getrusage ru_maxrss of this process, or of the
/// child process with `--binary`).
struct CleanBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Time the clean job on a generated province (default 1,000,000 records in 10,000 files).",
        discussion: """
        Examples:
          sosach-bench clean --records 250000 --files 2500
          sosach-bench clean --records 1000000 --files 10000 --jobs 2
          sosach-bench clean --dir /tmp/prov --binary .build/release/sosach
        The input is generated once per --dir and parameters (kept for the next run).
        """)

    @Option(help: "Records to generate.")
    var records = 1_000_000

    @Option(help: "Files to spread them over.")
    var files = 10_000

    @Option(help: "Working folder (default: a folder under the system's temporary folder).")
    var dir: String?

    @Option(help: "Worker threads of the clean job (default: the number of cores).")
    var jobs: Int?

    @Option(help: "Run this sosach binary instead of the job in-process.")
    var binary: String?

    @Flag(help: "Only generate the input.")
    var generateOnly = false

    func run() throws {
        let base = dir ?? NSTemporaryDirectory() + "sosach-bench-clean"
        let input = base + "/input-\(records)-\(files)"
        let output = base + "/out"
        let fm = FileManager.default
        if !fm.fileExists(atPath: input + "/.complete") {
            try? fm.removeItem(atPath: input)
            try fm.createDirectory(atPath: input, withIntermediateDirectories: true)
            let started = Date()
            let generator = ProvinceGenerator(encode: { $0.encoded() })
            let paths = try generator.write(records: records, files: files, to: input)
            _ = fm.createFile(atPath: input + "/.complete", contents: Data())
            let bytes = paths.reduce(Int64(0)) { $0 + ((try? fm.attributesOfItem(atPath: $1)[.size] as? NSNumber)??.int64Value ?? 0) }
            print("generated \(paths.count) files, \(records) records, \(bytes / 1_000_000) MB in \(String(format: "%.1f", Date().timeIntervalSince(started))) s: \(input)")
        }
        if generateOnly { return }
        try? fm.removeItem(atPath: output)
        let started = Date()
        var rows = 0
        var peakKB = 0
        if let binary {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["clean", input, "-o", output, "--quiet", "--force"] + (jobs.map { ["--jobs", String($0)] } ?? [])
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus <= 1 else { throw ExitCode(process.terminationStatus) }
            var usage = rusage()
            getrusage(RUSAGE_CHILDREN.rawValue, &usage)
            peakKB = usage.ru_maxrss
            let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output + "/report.json"))) as? [String: Any]
            rows = ((report?["totals"] as? [String: Any])?["data_rows"] as? Int) ?? 0
        } else {
            var options = CleanOptions(inputs: [input], outputDirectory: output, jobs: jobs)
            options.quiet = true
            options.force = true
            let summary = try CleanJob(options: options).run()
            rows = summary.dataRows
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            peakKB = usage.ru_maxrss
        }
        let wall = Date().timeIntervalSince(started)
        print("clean: \(rows) rows in \(files) files, wall \(String(format: "%.2f", wall)) s, "
              + "\(Int(Double(rows) / wall)) rows/s, peak RSS \(peakKB / 1024) MiB")
        // The run's own figures (report.json timings): the phases, and the memory at the end of
        // reading and cleaning, which holds the streaming stages plus the linking summaries
        // (one LinkRecord and one source line per record); the rest must not grow with the input.
        if let timings = try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output + "/report.json")))
            as? [String: Any], let t = timings["timings"] as? [String: Any] {
            let summaryBytes = MemoryLayout<LinkRecord>.stride + MemoryLayout<Int32>.stride
            let summaryMiB = Double(rows * summaryBytes) / 1_048_576
            let readPeak = t["read_peak_rss_mib"] as? Double ?? 0
            print("phases: read+clean \(t["read_clean_seconds"] ?? "?") s, link \(t["link_seconds"] ?? "?") s, "
                  + "write \(t["write_seconds"] ?? "?") s")
            print("memory after reading: \(readPeak) MiB, of which linking summaries \(String(format: "%.1f", summaryMiB)) MiB "
                  + "(\(summaryBytes) B/record); the rest \(String(format: "%.1f", readPeak - summaryMiB)) MiB")
        }
    }
}
