import ArgumentParser

/// Benchmarks: each subcommand generates its input, times the work in-process and prints the
/// figures (MB/s, rows/s, …). Peak memory is measured from outside by Benchmarks/run.sh.
@main
struct SoSachBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sosach-bench",
        abstract: "Generate inputs and print throughput figures for SoSach's parts.",
        subcommands: [CSVBench.self, DecodeBench.self, FieldsBench.self, UnitsBench.self, CleanBench.self, SampleCommand.self, ReadBench.self]
    )
}
