import ArgumentParser
import Foundation
import SoSachPipeline
import SoSachText

/// `sosach-bench read`: rows/s of the list-file read path (`ListFileReader`: CSV → per-field
/// decoding → layout → `DataRow`).
///
/// For each encoding it writes a realistic list file (title rows, a header, a row of column
/// numbers, `--rows` data rows of generated names, dates, genders, CCCD numbers, phones and
/// villages, a total and footer rows), encoded with `LegacyEncoder`, then opens it and streams
/// every item of `ListFileReader.next()`. It prints rows/s of thread CPU time
/// (`CLOCK_THREAD_CPUTIME_ID`, so a busy machine does not distort it) and of wall time, for the
/// opening (prefix decisions) and the whole read, plus the counts per kind (they must add up to
/// the file's line count). Targets: ≥ 400,000 rows/s on UTF-8, ≥ 200,000 on TCVN3.
struct ReadBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "ListFileReader rows/s on a generated list file (targets: UTF-8 ≥ 400k, TCVN3 ≥ 200k).",
        discussion: """
        Examples:
          sosach-bench read                          # 500k rows, utf-8 and tcvn3
          sosach-bench read --rows 20000 --encodings utf-8 --dir /tmp/rb --keep
        """
    )

    @Option(help: "Data rows in each generated file.")
    var rows = 500_000

    @Option(help: "Comma-separated encodings to run: utf-8, tcvn3, vni, windows-1258, viscii.")
    var encodings = "utf-8,tcvn3"

    @Option(help: "Directory for the generated files (default: a temporary directory, removed after).")
    var dir: String?

    @ArgumentParser.Flag(help: "Keep the generated files (with --dir), e.g. to profile the read on them.")
    var keep = false

    @ArgumentParser.Flag(help: "Only generate the files (implies --keep).")
    var generateOnly = false

    func run() throws {
        let folder = dir ?? NSTemporaryDirectory() + "sosach-bench-read-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let keepFiles = keep || generateOnly
        defer { if dir == nil && !keepFiles { try? FileManager.default.removeItem(atPath: folder) } }
        let chosen: [TextEncoding] = try encodings.split(separator: ",").map { name in
            guard let encoding = TextEncoding(name: String(name)), encoding.isASCIICompatible else {
                throw ValidationError("unknown or unsupported encoding '\(name)'")
            }
            return encoding
        }
        print("encoding        MB    rows   open ms   rows/s (CPU)   rows/s (wall)   data   nonData   rejects   lines")
        for encoding in chosen {
            let path = folder + "/list-\(encoding.rawValue).csv"
            let (size, lines) = try ReadBenchFile.write(path: path, rows: rows, encoding: encoding)
            if generateOnly { print("wrote \(path) (\(size) bytes, \(lines) lines)"); continue }

            let wallStart = DispatchTime.now()
            let cpuStart = threadCPUSeconds()
            let reader = try ListFileReader(path: path, displayPath: path, config: nil)
            let openCPU = threadCPUSeconds() - cpuStart
            var data = 0, nonData = 0, rejects = 0, covered = 0
            while let item = try reader.next() {
                switch item {
                case .data: data += 1
                case .nonData: nonData += 1
                case .reject: rejects += 1
                }
                covered += item.lineCount
            }
            let cpu = threadCPUSeconds() - cpuStart
            let wall = Double(DispatchTime.now().uptimeNanoseconds - wallStart.uptimeNanoseconds) / 1e9
            let line = encoding.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0) + String(format: "%6.1f %7d %9.1f %14.0f %15.0f %6d %9d %9d %7d",
                              Double(size) / 1e6, rows, openCPU * 1000,
                              Double(data) / cpu, Double(data) / wall, data, nonData, rejects, covered)
            print(line + (covered == lines ? "" : "  (lines do not add up: file has \(lines))")
                + (reader.profile.encoding.name == encoding.rawValue ? "" : "  (detected \(reader.profile.encoding.name))"))
            if !keepFiles { try? FileManager.default.removeItem(atPath: path) }
        }
    }
}
