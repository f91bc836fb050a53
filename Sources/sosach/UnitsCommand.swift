import ArgumentParser

// Placeholder until the issue that owns `sosach units` lands; replace this whole file.
struct UnitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "units", abstract: "(not yet available)")
    func run() throws { throw ValidationError("'sosach units' is not available in this build yet") }
}
