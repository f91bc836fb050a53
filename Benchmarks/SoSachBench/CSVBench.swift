import ArgumentParser

// Placeholder until the issue that owns this benchmark lands; replace this whole file.
struct CSVBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "csv", abstract: "(not yet available)")
    func run() throws { throw ValidationError("benchmark 'csv' is not available yet") }
}
