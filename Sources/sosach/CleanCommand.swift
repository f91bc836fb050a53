import ArgumentParser
import Foundation
import SoSachPipeline

/// `sosach clean FILE_OR_DIR... -o DIR`: the main job. Parses the options, runs `CleanJob` and
/// prints a one-line summary on stderr; stdout stays empty.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Clean, map to 2025 units and link citizen lists into one canonical dataset.",
        discussion: """
        Reads every FILE (any extension) and every .csv/.tsv/.txt file under each folder \
        (recursively, in sorted order), detects encoding, delimiter and layout, cleans every \
        field, maps units to the 2025 communes and links records of the same citizen. Writes \
        records.csv, persons.csv, rejects.csv, review.csv, report.json and report.html into DIR, \
        all at once when the run succeeds.

        Exit codes: 0 success; 1 finished, but more rows were rejected than --reject-threshold \
        allows; 2 usage error, unreadable input, or DIR holds another run's outputs (see --force).

        Examples:
          sosach clean SampleData -o out
          sosach clean submissions/ old/2018.csv -o out --jobs 2 --master last-year/persons.csv
          sosach clean lists/ -o out --excel --tone-style modern --reject-threshold 5 --force
        """
    )

    @Argument(help: ArgumentHelp("Input files and folders.", valueName: "file-or-folder"))
    var inputs: [String]

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The output folder.", valueName: "dir"))
    var output: String

    @Option(name: [.customLong("config"), .customLong("mapping")],
            help: ArgumentHelp("A mapping file (JSON) that overrides what is detected, per file name pattern.", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("Tone placement in names: traditional (Hòa, Thủy) or modern (Hoà, Thuỷ).", valueName: "style"))
    var toneStyle: String = "traditional"

    @Flag(help: "Excel-friendly CSVs: UTF-8 BOM and formula neutralisation (a leading ' before = + - @).")
    var excel = false

    @Option(help: ArgumentHelp("Files processed at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("A previous persons.csv whose person ids are kept.", valueName: "file"))
    var master: String?

    @Option(help: ArgumentHelp("Percent of data rows that may be rejected with exit code 0 (default 0).", valueName: "percent"))
    var rejectThreshold: Double = 0

    @Flag(help: "Replace the outputs of another run in the output folder.")
    var force = false

    @Flag(help: "No progress or summary on stderr.")
    var quiet = false

    @Flag(help: "Leave the timings object out of report.json, making it byte-identical across reruns.")
    var noTimings = false

    /// The first problem with the options, or nil. Checked in `run()` rather than `validate()`
    /// so that it exits with code 2 (usage), as DESIGN.md says, not ArgumentParser's 64.
    var usageProblem: String? {
        if !["traditional", "modern"].contains(toneStyle) {
            return "--tone-style must be 'traditional' or 'modern', not '\(toneStyle)'"
        }
        if let jobs, jobs < 1 { return "--jobs must be at least 1" }
        if !(rejectThreshold >= 0 && rejectThreshold <= 100) { return "--reject-threshold must be a percentage between 0 and 100" }
        return nil
    }

    func run() throws {
        if let problem = usageProblem {
            FileHandle.standardError.write(Data("sosach clean: error: \(problem)\n".utf8))
            throw ExitCode(2)
        }
        var options = CleanOptions(inputs: inputs, outputDirectory: output, jobs: jobs)
        options.configPath = config
        options.toneStyle = toneStyle
        options.excel = excel
        options.masterPath = master
        options.quiet = quiet
        options.force = force
        options.rejectThresholdPercent = rejectThreshold
        options.recordTimings = !noTimings
        let summary: CleanSummary
        do {
            summary = try CleanJob(options: options).run()
        } catch {
            FileHandle.standardError.write(Data("sosach clean: error: \(error)\n".utf8))
            throw ExitCode(2)
        }
        if !quiet {
            let line = "sosach clean: \(summary.files) files, \(summary.dataRows) data rows: \(summary.records) records, "
                + "\(summary.rejects) rejected, \(summary.persons) persons, \(summary.reviewPairs) pairs to review -> \(summary.outputDirectory)/\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}
