import ArgumentParser

// Placeholder until the issue that owns `sosach clean` lands; replace this whole file.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "clean", abstract: "(not yet available)")
    func run() throws { throw ValidationError("'sosach clean' is not available in this build yet") }
}
