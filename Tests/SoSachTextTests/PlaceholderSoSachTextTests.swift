import Testing
@testable import SoSachText

// Placeholder so the test target builds before its first real test lands; delete it then.
@Test func SoSachTextLoads() { #expect(Bool(true)) }
