import ArgumentParser

// Placeholder until the issue that owns this benchmark lands; replace this whole file.
struct UnitsBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "units", abstract: "(not yet available)")
    func run() throws { throw ValidationError("benchmark 'units' is not available yet") }
}
