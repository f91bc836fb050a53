import Testing
@testable import SoSachText

/// The bit-test `isVIQRMark` and the word cache key agree with their definitions.
@Suite struct VIQRMarkTests {
    @Test func markBitsAreTheMarkCharacters() {
        let marks: Set<UInt8> = [0x28, 0x5E, 0x2B, 0x2A, 0x27, 0x60, 0x3F, 0x7E, 0x2E]
        for b in 0...255 {
            #expect(DecoderKernel.isVIQRMark(UInt8(b)) == marks.contains(UInt8(b)), "byte \(b)")
        }
    }

    /// Every word length 1-16, at the start, middle and end of a buffer: the key holds exactly the
    /// word's bytes (zero-padded), wherever the word lies.
    @Test func keyHoldsTheWordBytes() {
        let text = Array("Nguye^~n Va(n DDu+'c Tra^`n Thi. Ho^`ng Ha(`ng".utf8)
        for length in 1...16 {
            for start in [0, 5, text.count - length] {
                let word = Array(text[start..<(start + length)])
                var k0: UInt64 = 0, k1: UInt64 = 0
                for (k, byte) in word.enumerated() {
                    if k < 8 { k0 |= UInt64(byte) << UInt64(8 * k) } else { k1 |= UInt64(byte) << UInt64(8 * (k - 8)) }
                }
                let key = text.withUnsafeBufferPointer { VIQRWordCache.Storage.key($0, start, start + length) }
                #expect(key.0 == k0 && key.1 == k1, "length \(length) at \(start)")
            }
        }
    }
}
