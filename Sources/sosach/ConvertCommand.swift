import ArgumentParser
import Foundation
import SoSachText

/// `sosach convert`: re-encode legacy text files to clean UTF-8 NFC, keeping the layout.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Re-encode TCVN3, VNI, VIQR, VISCII, Windows-1258, UTF-16 or mojibake files to clean UTF-8 (NFC).",
        discussion: """
        The encoding of each file is detected from its first 64 KiB (unless --from is given); what \
        was detected, how sure and why is printed to stderr for every file. Delimiters, quotes and \
        line order are kept. Output files are written atomically.

        Encodings: \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")).

        Examples:
          sosach convert danh_sach_tcvn3.csv -o danh_sach.csv
          sosach convert old/*.csv -o converted/
          sosach convert --from vni --excel list.csv -o list_utf8.csv
        """
    )

    @Argument(help: "The files to convert.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Output file (one input) or directory (several inputs, or a path ending in /).")
    var output: String

    @Option(name: .long, help: "The inputs' encoding: skips detection.")
    var from: String?

    @ArgumentParser.Flag(name: .long, help: "Start the output with a UTF-8 byte order mark (so Excel opens it as UTF-8).")
    var excel = false

    func validate() throws {
        // Usage errors exit with 2 (DESIGN.md), not ArgumentParser's 64.
        if let from, TextEncoding(name: from) == nil {
            throw fail("unknown encoding '\(from)'; use one of: \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if files.isEmpty { throw fail("give at least one file to convert (see 'sosach convert --help')") }
    }

    func run() throws {
        let options = EncodingConverter.Options(from: from.flatMap(TextEncoding.init(name:)), excel: excel)
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        let outputIsDirectory = files.count > 1 || output.hasSuffix("/")
            || (fileManager.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue)
        if outputIsDirectory {
            do {
                try fileManager.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                throw fail("\(output): cannot create the output directory: \(error.localizedDescription)")
            }
        }
        var targets: [String: String] = [:]
        for file in files {
            let target = outputIsDirectory
                ? URL(fileURLWithPath: output).appendingPathComponent(URL(fileURLWithPath: file).lastPathComponent).path
                : output
            if let other = targets[target] { throw fail("\(file) and \(other) would both be written to \(target)") }
            if URL(fileURLWithPath: target).standardizedFileURL == URL(fileURLWithPath: file).standardizedFileURL {
                throw fail("\(file): the output would overwrite the input")
            }
            targets[target] = file
        }
        var failed = false
        for file in files {
            let target = outputIsDirectory
                ? URL(fileURLWithPath: output).appendingPathComponent(URL(fileURLWithPath: file).lastPathComponent).path
                : output
            do {
                let report = try EncodingConverter.convert(input: file, output: target, options: options)
                printReport(report)
            } catch {
                printError("\(error)")
                failed = true
            }
        }
        if failed { throw ExitCode(2) }
    }

    private func printReport(_ report: EncodingConverter.Report) {
        let detection = report.detection
        var line = "\(report.input): \(detection.encoding.rawValue)"
        if detection.isOverride {
            line += " (given with --from)"
        } else {
            line += " (confidence \(Int((detection.confidence * 100).rounded()))%"
            if detection.margin < 1 { line += ", margin \(Int((detection.margin * 100).rounded()))%" }
            line += detection.isUncertain ? ", UNCERTAIN: check the output or use --from)" : ")"
        }
        line += " -> \(report.output)"
        printError(line)
        for reason in detection.evidence where !detection.isOverride { printError("  \(reason)") }
        for (column, found) in report.columnEncodings.sorted(by: { $0.key < $1.key }) {
            printError("  column \(column + 1): \(found.encoding.rawValue) (confidence \(Int((found.confidence * 100).rounded()))%): "
                + found.evidence.joined(separator: "; "))
        }
        let s = report.statistics
        var repairs: [String] = []
        let unit = report.columnEncodings.isEmpty ? "" : " (fields)"
        if s.invalidSequences > 0 { repairs.append("\(s.invalidSequences) invalid byte sequences became U+FFFD\(unit)") }
        if s.mojibakeRepairs > 0 { repairs.append("\(s.mojibakeRepairs) mojibake repairs\(unit) (\(s.lossyRepairs) with guessed bytes)") }
        if s.capitalizedWords > 0 { repairs.append("\(s.capitalizedWords) TCVN3 capital-font words upper-cased") }
        if s.normalizedRuns > 0 { repairs.append("\(s.normalizedRuns) runs composed to NFC") }
        if !repairs.isEmpty { printError("  " + repairs.joined(separator: "; ")) }
    }

    private func fail(_ message: String) -> ExitCode {
        printError(message)
        return ExitCode(2)
    }
}

private func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
