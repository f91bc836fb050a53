import ArgumentParser
import SoSachUnits

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

        Status: current (already a 2025 unit), converted, divided (default successor written), \
        ambiguous (see the candidates), unresolved.

        Flags:
        """ + "\n" + UnitFlag.all.map { "  \($0.0.code): \($0.1)" }.joined(separator: "\n"),
        subcommands: [UnitsLookupCommand.self, UnitsConvertCommand.self]
    )
}
