import ArgumentParser
import Foundation
import SoSachUnits

/// `sosach units convert FILE --column C -o OUT`: copies a CSV and appends the 2025 unit columns.
struct UnitsConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Copy a CSV and append commune_code, commune_name, province_code, province_name, legacy_commune_code, unit_status.",
        discussion: """
        The input must be UTF-8 (use 'sosach convert' first for legacy encodings); its delimiter \
        is detected and kept. Columns are header names or 1-based positions. The output is \
        written atomically. Exit code 1 when some rows could not be read.

        Examples:
          sosach units convert ds.csv --column "Địa chỉ" -o ds-units.csv
          sosach units convert ds.csv --column "Xã" --district-column "Huyện" --province-column "Tỉnh" -o out.csv
          sosach units convert ds.csv --column 5 --no-header --context "UBND HUYỆN TUẦN GIÁO" --epoch legacy -o out.csv
        """
    )

    @Argument(help: "The CSV file to convert.")
    var file: String

    @Option(help: "The column holding the address or the commune name.")
    var column: String

    @Option(help: "A column with the village (kept out of matching).")
    var villageColumn: String?

    @Option(help: "A column with the legacy district.")
    var districtColumn: String?

    @Option(help: "A column with the province.")
    var provinceColumn: String?

    @OptionGroup var contextOptions: UnitContextOptions

    @Flag(help: "The first row is data, not a header (give columns by position).")
    var noHeader = false

    @Option(name: .shortAndLong, help: "The output CSV file.")
    var output: String

    func run() throws {
        let registry = try UnitRegistry.shared()
        var options = UnitCSVConverter.Options(column: .init(column))
        options.villageColumn = villageColumn.map(UnitCSVConverter.Column.init)
        options.districtColumn = districtColumn.map(UnitCSVConverter.Column.init)
        options.provinceColumn = provinceColumn.map(UnitCSVConverter.Column.init)
        options.hasHeader = !noHeader
        options.context = contextOptions.unitContext(registry: registry)
        let summary: UnitCSVConverter.Summary
        do {
            summary = try UnitCSVConverter(registry: registry, options: options).convert(inputPath: file, outputPath: output)
        } catch let error as UnitCSVConverter.ColumnError {
            throw ValidationError(error.description)
        }
        let counts = UnitStatus.allCases.map { "\($0.rawValue) \(summary.statusCounts[$0] ?? 0)" }.joined(separator: ", ")
        var message = "\(file): \(summary.rows) rows → \(output) (\(counts))"
        if summary.unreadableRows > 0 { message += "; \(summary.unreadableRows) rows could not be read" }
        FileHandle.standardError.write(Data((message + "\n").utf8))
        if summary.unreadableRows > 0 { throw ExitCode(1) }
    }
}
