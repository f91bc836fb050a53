import ArgumentParser

// Placeholder until the issue that owns this benchmark lands; replace this whole file.
struct FieldsBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fields", abstract: "(not yet available)")
    func run() throws { throw ValidationError("benchmark 'fields' is not available yet") }
}
