import ArgumentParser
import Foundation
import SoSachPipeline

/// `sosach inspect FILE...`: what `sosach clean` would detect in each file, without writing
/// anything.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what clean would detect in each file: encoding, dialect, layout, column mapping, context.",
        discussion: """
        Reads each file once (nothing is written) and prints the detected encoding with its \
        confidence, the CSV dialect, how many lines are titles, headers, column numbers, data, \
        blank, totals and footers (with their line ranges), how each column maps to a field and \
        why, the commune/district/province, year and list kind found in the titles or the file \
        name, and the first problems the clean job would report.

        Examples:
          sosach inspect "DS CDHT 2023 Quài Cang.csv"
          sosach inspect --json lists/*.csv > layout.json
          sosach inspect --mapping mapping.json old/*.txt

        --json prints one JSON array with one object per file, keys sorted (documented in the \
        README, section "sosach inspect --json"). Exit status: 0 when every file was read, 2 for \
        a usage error, an unreadable file or an invalid mapping file (the other files are still \
        reported).
        """
    )

    @Argument(help: "The list files to inspect (CSV, TSV, text exported from Excel).")
    var files: [String]

    @Flag(name: .long, help: "Print a JSON document instead of text.")
    var json = false

    @Option(name: .long, help: "A mapping file (JSON) whose rules override what is detected.")
    var mapping: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file to inspect") }
    }

    func run() throws {
        var config: MappingConfig?
        if let mapping {
            do { config = try MappingConfig.load(path: mapping) } catch {
                FileHandle.standardError.write(Data("sosach inspect: \(error)\n".utf8))
                throw ExitCode(2)
            }
        }
        var reports: [InspectReport] = []
        var failed = false
        for file in files {
            do {
                let report = try InspectReport.build(path: file, displayPath: file, config: config)
                if json { reports.append(report) } else { print(report.text()) }
            } catch {
                FileHandle.standardError.write(Data("sosach inspect: \(error)\n".utf8))
                failed = true
            }
        }
        if json { print(try InspectReport.json(reports), terminator: "") }
        if failed { throw ExitCode(2) }
    }
}
