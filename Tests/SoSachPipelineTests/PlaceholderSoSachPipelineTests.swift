import Testing
@testable import SoSachPipeline

// Placeholder so the test target builds before its first real test lands; delete it then.
@Test func SoSachPipelineLoads() { #expect(Bool(true)) }
