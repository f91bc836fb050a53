import Testing
import SoSachText
import SoSachUnits
@testable import SoSachPipeline

/// Ambiguous units settled by the provinces the rest of the run resolved to.
@Suite struct RunContextTests {
    struct Case: Sendable, CustomStringConvertible {
        var commune: String
        var epoch: UnitEpoch?
        /// nil: every province of the row's own candidates.
        var runProvinces: Set<String>?
        /// The commune code expected, nil when the row stays ambiguous.
        var expected: String?
        var description: String { "\(commune) \(epoch.map { "\($0)" } ?? "any") \(runProvinces.map { $0.sorted().joined(separator: "+") } ?? "all")" }
    }

    static let cases: [Case] = [
        // Đức Minh: Hà Tĩnh (2025), and legacy communes in Quảng Ngãi and Đắk Nông.
        Case(commune: "Xa Duc Minh", epoch: nil, runProvinces: ["42"], expected: "18244"),
        // A 2024 list (legacy epoch) using the 2025 name: the run's province still decides.
        Case(commune: "Xa Duc Minh", epoch: .legacy, runProvinces: ["42"], expected: "18244"),
        Case(commune: "Xa Duc Minh", epoch: nil, runProvinces: [], expected: nil),
        Case(commune: "Xa Duc Minh", epoch: nil, runProvinces: ["01"], expected: nil),
        // More than one candidate in the run's provinces: still ambiguous.
        Case(commune: "Xa Duc Minh", epoch: nil, runProvinces: nil, expected: nil),
    ]

    @Test(arguments: cases) func settles(_ c: Case) throws {
        let resolver = UnitResolver(registry: try UnitRegistry.shared())
        var context = FileContext(commune: c.commune)
        context.unit = UnitContext(epoch: c.epoch)
        var cleaner = RowCleaner(sourceFile: "x.csv", context: context, nameColumn: 1, toneStyle: .traditional, units: resolver)
        let query = UnitQuery(commune: c.commune)
        let first = resolver.resolve(query, context: context.unit!)
        #expect(first.status == .ambiguous)
        cleaner.useRunProvinces(c.runProvinces ?? Set(first.candidates.map(\.provinceCode)))
        let settled = cleaner.settledByRun(first, query: query)
        if let expected = c.expected {
            #expect(settled.communeCode.map { Array($0.utf8) } == Array(expected.utf8))
            #expect(settled.flags.contains(RowCleaner.byRunContext))
        } else {
            #expect(settled == first)
        }
    }
}
