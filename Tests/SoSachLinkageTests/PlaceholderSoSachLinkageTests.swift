import Testing
@testable import SoSachLinkage

// Placeholder so the test target builds before its first real test lands; delete it then.
@Test func SoSachLinkageLoads() { #expect(Bool(true)) }
