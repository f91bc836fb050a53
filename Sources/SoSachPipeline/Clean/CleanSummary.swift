/// What a finished `clean` run reports to its caller (the CLI prints it on stderr).
public struct CleanSummary: Sendable, Equatable {
    /// The output folder.
    public var outputDirectory: String
    /// Files read.
    public var files: Int
    /// Data rows read (records + rejects).
    public var dataRows: Int
    /// Rows of records.csv.
    public var records: Int
    /// Rows of rejects.csv.
    public var rejects: Int
    /// Rows of persons.csv.
    public var persons: Int
    /// Rows of review.csv.
    public var reviewPairs: Int
    /// 0, or 1 when the share of rejected rows is above the threshold.
    public var exitCode: Int32
    /// The full report as written to report.json.
    public var report: RunReport
}
