import ArgumentParser

// Placeholder until the issue that owns `sosach inspect` lands; replace this whole file.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "inspect", abstract: "(not yet available)")
    func run() throws { throw ValidationError("'sosach inspect' is not available in this build yet") }
}
