import ArgumentParser

// Placeholder until the issue that owns this benchmark lands; replace this whole file.
struct CleanBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "clean", abstract: "(not yet available)")
    func run() throws { throw ValidationError("benchmark 'clean' is not available yet") }
}
