import ArgumentParser
import Glibc

/// The `sosach` command: imports, cleans and deduplicates the citizen lists of the
/// learning-society programme.
@main
struct SoSach: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sosach",
        abstract: "Clean, canonical, deduplicated citizen lists (Công dân học tập) from messy spreadsheets.",
        discussion: """
        Reads CSV/TSV lists in any Vietnamese legacy encoding (TCVN3, VNI, VIQR, VISCII, \
        Windows-1258, UTF-16, mojibake), finds the table inside official list layouts, cleans \
        every field, maps every address to the 2025 administrative units and links the same \
        citizen across lists.
        """,
        version: SoSachVersion.current,
        subcommands: [CleanCommand.self, InspectCommand.self, ConvertCommand.self, UnitsCommand.self]
    )

    /// Runs the command with DESIGN.md's exit codes: 0 success, 1 finished with rejected rows
    /// or warnings above the user's threshold, 2 usage or unreadable input. ArgumentParser
    /// reports usage errors as 64 (EX_USAGE); they are mapped to 2 here.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Glibc.exit(0)
            }
            if !message.isEmpty {
                FileHandleStandardError.write(message + "\n")
            }
            Glibc.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// Writes to standard error (file descriptor 2) without Foundation.
enum FileHandleStandardError {
    static func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress! + offset, $0.count - offset) }
            if written <= 0 { return }
            offset += written
        }
    }
}
