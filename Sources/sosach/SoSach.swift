import ArgumentParser

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
}
