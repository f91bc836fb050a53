import Foundation
import Testing
@testable import SoSachText

/// The stream's fused paths give the bytes (and counts) of the plain paths: UTF-8 runs composed
/// while decoding (`composeRuns`) equal decoding then normalising the whole input at once, for
/// every chunk size the source may hand out.
@Suite struct FusedDecodeTests {
    static let chunkSizes = [1, 2, 3, 7, 64, 100_000]

    /// Decomposed, precomposed and mixed lists, marks ICU must settle, invalid bytes next to marks.
    static func utf8Inputs() throws -> [[UInt8]] {
        var corpus = VietnameseNameCorpus(seed: 99)
        let names = corpus.names(600)
        let text = names.enumerated().map { "\($0.offset),\($0.element),\"Thôn Đông Hưng, xã Hoà Bình\",Ông tên gì?" }
            .joined(separator: "\n") + "\n"
        var inputs: [[UInt8]] = [
            Array(text.utf8),
            Array(text.decomposedStringWithCanonicalMapping.utf8),
            Array(names.map { $0.decomposedStringWithCanonicalMapping }.joined(separator: ";").utf8),
            Array(names.enumerated().map { $0.offset % 2 == 0 ? $0.element.decomposedStringWithCanonicalMapping : $0.element }
                .joined(separator: " ").utf8),
            // Mis-ordered marks, two tones, marks with no Vietnamese base, marks first, Cyrillic.
            Array("Nguye\u{303}\u{302}n, e\u{323}\u{301}, x\u{301}y \u{301}a, \u{436}\u{301}, a\u{301}\u{302}b, ứ\u{301}".utf8),
            Array("\u{301}abc\u{303}".utf8),
        ]
        var broken = Array("Nguye\u{302}\u{303}n Va\u{306}n".utf8)
        broken.insert(0xFF, at: 3)
        inputs.append(broken + [0xC3] + Array(" Hoa\u{300} a\u{301}".utf8) + [0xCC])
        // A long run with no ASCII (the decoder then holds at a lead byte).
        inputs.append(Array(String(repeating: "ê\u{301}ạ\u{323}", count: 3000).utf8))
        for name in ["utf8.csv", "utf8_nfd.csv", "short_utf8.csv"] {
            inputs.append(try EncodingFixtures.bytes("samples/\(name)"))
        }
        return inputs
    }

    /// The plain path: the whole input decoded, then normalised.
    static func plainUTF8(_ bytes: [UInt8]) -> ([UInt8], DecodingStatistics) {
        let decoded = UTF8Buffer()
        var statistics = DecodingStatistics()
        bytes.withUnsafeBufferPointer { _ = DecoderKernel.decodeUTF8($0, isFinal: true, into: decoded, statistics: &statistics) }
        let out = UTF8Buffer()
        var runs = 0
        UTF8Normalizer.normalize(decoded.bytes, isFinal: true, into: out, runs: &runs)
        statistics.normalizedRuns += runs
        return (out.array, statistics)
    }

    static func stream(_ input: [UInt8], chunk: Int, composesRuns: Bool) throws -> ([UInt8], DecodingStatistics) {
        let source = DecodingByteSource(source: MemoryByteSource(input, chunkSize: chunk), encoding: .utf8, chunkSize: 4096)
        source.composesRuns = composesRuns
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
            if n == 0 { break }
            out += buffer[0..<n]
        }
        return (out, source.statistics)
    }

    @Test(arguments: chunkSizes)
    func composedUTF8StreamEqualsDecodeThenNormalize(chunk: Int) throws {
        for input in try Self.utf8Inputs() {
            let (expected, _) = Self.plainUTF8(input)
            let (out, statistics) = try Self.stream(input, chunk: chunk, composesRuns: true)
            let (twoPass, twoPassStatistics) = try Self.stream(input, chunk: chunk, composesRuns: false)
            #expect(out == expected, "\(firstDifference(out, expected))")
            #expect(out == twoPass, "\(firstDifference(out, twoPass))")
            #expect(statistics.decodedUnits == twoPassStatistics.decodedUnits)
            #expect(statistics.invalidSequences == twoPassStatistics.invalidSequences)
            #expect(statistics.normalizedRuns == twoPassStatistics.normalizedRuns)
        }
    }
}
