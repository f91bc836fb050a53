import ArgumentParser

// Placeholder until the issue that owns this benchmark lands; replace this whole file.
struct DecodeBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "decode", abstract: "(not yet available)")
    func run() throws { throw ValidationError("benchmark 'decode' is not available yet") }
}
