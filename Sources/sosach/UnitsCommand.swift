import ArgumentParser

/// `sosach units`: look up a unit name or address, or add the 2025 unit columns to a CSV.
struct UnitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "units",
        abstract: "Resolve administrative units (legacy or 2025) to the 2025 communes and provinces.",
        discussion: """
        Understands what officers write: separate names or whole addresses, with or without \
        diacritics, abbreviations (X., P., TT, H., Q., TX, TP, T.), numbered units (P5, Phường IV), \
        province nicknames (HN, TP.HCM, Sài Gòn, Huế) and names from 2018-2025 that have since \
        changed.
        """,
        subcommands: [UnitsLookupCommand.self, UnitsConvertCommand.self]
    )
}
