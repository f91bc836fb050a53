import Testing
@testable import SoSachUnits

// Placeholder so the test target builds before its first real test lands; delete it then.
@Test func SoSachUnitsLoads() { #expect(Bool(true)) }
