import Foundation
@testable import SoSachUnits

/// Shared fixtures of the unit tests: one registry per test process and plain helpers.
enum UnitTestSupport {
    /// The registry, loaded once (loading is measured separately in `UnitRegistryTests`).
    static let registry: UnitRegistry = {
        do { return try UnitRegistry.shared() } catch { fatalError("cannot load the unit tables: \(error)") }
    }()

    /// Lower-case ASCII without marks, đ → d (an independent fold for building test inputs).
    static func stripDiacritics(_ text: String) -> String {
        let decomposed = text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .decomposedStringWithCanonicalMapping
        return String(String.UnicodeScalarView(decomposed.unicodeScalars.filter { !($0.value >= 0x300 && $0.value < 0x370) }))
    }
}
