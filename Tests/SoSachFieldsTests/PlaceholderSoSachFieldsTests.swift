import Testing
@testable import SoSachFields

// Placeholder so the test target builds before its first real test lands; delete it then.
@Test func SoSachFieldsLoads() { #expect(Bool(true)) }
