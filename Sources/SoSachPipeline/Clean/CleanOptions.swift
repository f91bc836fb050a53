/// The settings of one `sosach clean` run. Every property says its default.
public struct CleanOptions: Sendable {
    /// Files and folders to read; folders are searched recursively for `.csv`, `.tsv`, `.txt`.
    public var inputs: [String]
    /// The output folder (`-o DIR`).
    public var outputDirectory: String
    /// The user mapping file of the layout step (`--config`). The default is none.
    public var configPath: String?
    /// Tone placement in names: `traditional` ("Hòa", the default) or `modern` ("Hoà").
    public var toneStyle: String = "traditional"
    /// Excel mode: UTF-8 BOM and formula neutralisation on every CSV. The default is off.
    public var excel = false
    /// Files processed at once. The default is the number of active processors.
    public var jobs: Int
    /// A previous `persons.csv` whose person ids are kept (`--master`). The default is none.
    public var masterPath: String?
    /// No progress on stderr. The default is false.
    public var quiet = false
    /// Replace the outputs of another run in the output folder. The default is false.
    public var force = false
    /// The share of data lines (percent) that may be rejected before the exit code becomes 1.
    /// The default is 0: any rejected row gives exit code 1.
    public var rejectThresholdPercent: Double = 0
    /// The folder relative inputs (and `--config`, `--master`) are found in; `source_file` stays
    /// the path as given. The default is nil: the process's current folder.
    public var workingDirectory: String?
    /// Write `timings` into report.json. The default is true; tests turn it off to compare the
    /// report byte for byte.
    public var recordTimings = true

    /// Options for reading `inputs` into `outputDirectory`, with the defaults above.
    /// Settle ambiguous units by reading their files again with the run's provinces instead of
    /// rewriting only their records: the reference behaviour the fast way is tested against.
    var settleUnitsByRereading = false
    /// About how many records make a segment of the written outputs (`DatasetWriter.segmentRecords`);
    /// nil for the writer's default. Tests set it to write in many segments.
    var writeSegmentRecords: Int?

    public init(inputs: [String], outputDirectory: String, jobs: Int? = nil) {
        self.inputs = inputs
        self.outputDirectory = outputDirectory
        self.jobs = max(1, jobs ?? CleanOptions.defaultJobs)
    }

    /// `path` as opened: relative paths are taken from `workingDirectory` when it is set.
    public func resolved(_ path: String) -> String {
        guard let base = workingDirectory, !path.hasPrefix("/") else { return path }
        return (base.hasSuffix("/") ? base : base + "/") + path
    }

    /// The number of active processors.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

import Foundation
