import ArgumentParser
import Foundation
import SoSachUnits

/// `sosach units lookup TEXT`: prints the resolution of one unit name or address.
struct UnitsLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Resolve one unit name or address and print the 2025 unit and the candidates.",
        discussion: """
        Examples:
          sosach units lookup "Bản Co Sản, xã Quài Cang, huyện Tuần Giáo, tỉnh Điện Biên"
          sosach units lookup "Tổ 5, P. Đồng Tâm, Q. Hai Bà Trưng, HN"
          sosach units lookup "Phường 1" --province "TP.HCM" --json
          sosach units lookup "Xã Tân Lập" --context "UBND HUYỆN ĐAN PHƯỢNG"
        """
    )

    @Argument(help: "A unit name or a whole address.")
    var text: String

    @Option(help: "The province (legacy or 2025 name, nickname), as a separate column would give it.")
    var province: String?

    @Option(help: "The legacy district, as a separate column would give it.")
    var district: String?

    @OptionGroup var contextOptions: UnitContextOptions

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let registry = try UnitRegistry.shared()
        let unitContext = contextOptions.unitContext(registry: registry)
        let resolver = UnitResolver(registry: registry)
        let query = UnitQuery(address: text, district: district, province: province)
        let resolution = resolver.resolve(query, context: unitContext)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(resolution), as: UTF8.self))
            return
        }
        print("status: \(resolution.status.rawValue)")
        if let code = resolution.communeCode { print("commune: \(code) \(resolution.communeName ?? "")") }
        if let code = resolution.provinceCode { print("province: \(code) \(resolution.provinceName ?? "")") }
        if let code = resolution.legacyCommuneCode {
            let legacy = registry.unit(.legacy, .commune, code: code)
            print("legacy commune: \(code) \(legacy?.name ?? "")")
        }
        if !resolution.flags.isEmpty { print("flags: \(resolution.flags.map(\.code).joined(separator: ";"))") }
        if !resolution.candidates.isEmpty {
            print("candidates:")
            for candidate in resolution.candidates {
                var line = "  \(candidate.communeCode) \(candidate.communeName), \(candidate.provinceName)"
                if let legacy = candidate.legacyCommuneCode { line += "  ← \(legacy) \(candidate.legacyName ?? "")" }
                if candidate.isDefault && resolution.status == .divided { line += "  [default]" }
                print(line)
            }
        }
    }
}

