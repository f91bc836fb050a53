import ArgumentParser

// Placeholder until the issue that owns `sosach convert` lands; replace this whole file.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "convert", abstract: "(not yet available)")
    func run() throws { throw ValidationError("'sosach convert' is not available in this build yet") }
}
