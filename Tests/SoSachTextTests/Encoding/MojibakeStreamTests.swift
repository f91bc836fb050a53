import Foundation
import Testing
@testable import SoSachText

/// The one-pass mojibake stream decoder (cells cut from the raw bytes, checked as UTF-8 in place)
/// gives the bytes and counts of the two-pass one it replaced (the chunk decoded as UTF-8 first,
/// then cut into cells), kept here as the reference, at every chunk size.
@Suite struct MojibakeStreamTests {
    /// The former two-pass kernel step, verbatim.
    static func twoPassStep(
        _ input: UnsafeBufferPointer<UInt8>, isFinal: Bool, into out: UTF8Buffer, statistics: inout DecodingStatistics
    ) -> Int {
        let n = input.count
        var limit = n
        if !isFinal {
            var k = n
            while k > 0, !DecoderKernel.isCellDelimiter(input[k - 1]) { k -= 1 }
            if k > 0 || n < DecoderKernel.maxHeldSegment { limit = k }
        }
        guard limit > 0 else { return 0 }
        let decoded = UTF8Buffer(capacity: limit + limit / 2 + 16)
        var local = DecodingStatistics()
        let prefix = UnsafeBufferPointer(rebasing: input[0..<limit])
        _ = DecoderKernel.decodeUTF8(prefix, isFinal: true, into: decoded, statistics: &local)
        statistics.invalidSequences += local.invalidSequences
        let text = decoded.bytes
        var start = 0
        for k in 0...text.count {
            guard k == text.count || DecoderKernel.isCellDelimiter(text[k]) else { continue }
            if k > start {
                let cell = UnsafeBufferPointer(rebasing: text[start..<k])
                var hasHigh = false
                for b in cell where b >= 0x80 { hasHigh = true; break }
                if hasHigh {
                    let cellOutput = out.count
                    if MojibakeRepair.cannotChange(cell) {
                        out.append(cell)
                    } else {
                        let outcome = MojibakeRepair.repair(segment: cell, into: out)
                        statistics.mojibakeRepairs += outcome.runs
                        statistics.lossyRepairs += outcome.lossy
                        statistics.decodedUnits += outcome.changed ? 1 : 0
                    }
                    if !UTF8Normalizer.isFastNFC(UnsafeBufferPointer(start: out.base + cellOutput, count: out.count - cellOutput)) {
                        statistics.unnormalized += 1
                    }
                } else {
                    out.append(cell)
                }
            }
            if k < text.count { out.append(text[k]) }
            start = k + 1
        }
        return limit
    }

    /// Feeds `bytes` in chunks of `chunk`, handing back what was not consumed; `step` is the kernel step.
    static func chunked(
        _ bytes: [UInt8], chunk: Int,
        _ step: (UnsafeBufferPointer<UInt8>, Bool, UTF8Buffer, inout DecodingStatistics) -> Int
    ) -> ([UInt8], DecodingStatistics) {
        let out = UTF8Buffer()
        var statistics = DecodingStatistics()
        var pending: [UInt8] = []
        var offset = 0
        while true {
            let take = min(chunk, bytes.count - offset)
            pending += bytes[offset..<(offset + take)]
            offset += take
            let isFinal = offset == bytes.count
            let consumed = pending.withUnsafeBufferPointer { step($0, isFinal, out, &statistics) }
            pending.removeFirst(consumed)
            if isFinal { break }
        }
        return (out.array, statistics)
    }

    /// Expects the one-pass kernel to give, fed `bytes` in chunks of `chunk`, the bytes and the
    /// statistics of the two-pass step (`twoPassStep`, the former per-cell repair).
    static func expectOnePassEqualsTwoPass(_ bytes: [UInt8], chunk: Int, _ context: String = "",
                                           sourceLocation: SourceLocation = #_sourceLocation) {
        let old = chunked(bytes, chunk: chunk) { twoPassStep($0, isFinal: $1, into: $2, statistics: &$3) }
        var kernel = DecoderKernel(encoding: .utf8Mojibake)
        let new = chunked(bytes, chunk: chunk) { buffer, isFinal, out, _ in
            kernel.decode(buffer, isFinal: isFinal, into: out)
        }
        #expect(new.0 == old.0, "\(context) \(firstDifference(new.0, old.0))", sourceLocation: sourceLocation)
        let a = kernel.statistics, b = old.1
        #expect(a.invalidSequences == b.invalidSequences, "\(context)", sourceLocation: sourceLocation)
        #expect(a.mojibakeRepairs == b.mojibakeRepairs, "\(context)", sourceLocation: sourceLocation)
        #expect(a.lossyRepairs == b.lossyRepairs, "\(context)", sourceLocation: sourceLocation)
        #expect(a.decodedUnits == b.decodedUnits, "\(context)", sourceLocation: sourceLocation)
        #expect(a.unnormalized == b.unnormalized, "\(context)", sourceLocation: sourceLocation)
    }

    static func inputs() throws -> [[UInt8]] {
        var inputs: [[UInt8]] = []
        let vectors = try EncodingFixtures.rows("mojibake_vectors.tsv")
        let columns = vectors.first.map { Array($0.keys).sorted() } ?? []
        for row in vectors {
            for column in columns { inputs.append(Array((row[column] ?? "").utf8)) }
            if let escaped = row["broken_escaped"] { inputs.append(Array(EncodingFixtures.unescape(escaped).utf8)) }
        }
        inputs.append(Array(vectors.map { row in columns.map { row[$0] ?? "" }.joined(separator: ",") }.joined(separator: "\n").utf8))
        var corpus = VietnameseNameCorpus(seed: 31)
        let names = corpus.names(800)
        let list = names.enumerated().map { "\($0.offset),\($0.element),\"Thôn Đông Hưng, xã Hoà Bình\",Nữ" }.joined(separator: "\n") + "\n"
        inputs.append(LegacyEncoder.encode(list, as: .utf8Mojibake))
        inputs.append(Array(LegacyEncoder.mojibake(list, times: 2).utf8))
        inputs.append(Array(list.utf8))
        inputs.append(Array(list.decomposedStringWithCanonicalMapping.utf8))
        inputs.append(Array(names.enumerated().map { $0.offset % 3 == 0 ? LegacyEncoder.mojibake($0.element) : $0.element }
            .joined(separator: ";").utf8))
        // Ill-formed bytes inside and at the ends of cells, a lost byte, legacy text.
        var broken = LegacyEncoder.encode("Nguyễn Văn Đức,Trần Thị Hằng", as: .utf8Mojibake)
        broken.insert(0xFF, at: 4)
        inputs.append(broken + [0xE1, 0xBA] + Array(",Äáº·ng,NguyÔn V¨n §øc,Nguyeãn\t".utf8) + [0xC3])
        for name in ["utf8_mojibake_saved_as_utf8.csv", "utf8.csv", "utf8_nfd.csv"] {
            inputs.append(try EncodingFixtures.bytes("samples/\(name)"))
        }
        return inputs
    }

    @Test(arguments: [1, 2, 3, 7, 64, 100_000])
    func onePassEqualsTwoPass(chunk: Int) throws {
        for input in try Self.inputs() {
            Self.expectOnePassEqualsTwoPass(input, chunk: chunk)
        }
    }

    /// Through the whole stream (normaliser included) too.
    @Test(arguments: [1, 2, 3, 7, 64])
    func streamEqualsWholeInput(chunk: Int) throws {
        for input in try Self.inputs() {
            let whole = try EncodingFixtures.streamDecode(input, .utf8Mojibake)
            let streamed = try EncodingFixtures.streamDecode(input, .utf8Mojibake, chunk: chunk)
            #expect(streamed == whole, "\(firstDifference(streamed, whole))")
        }
    }

    /// The eight-byte delimiter test agrees with the byte test on every byte value in every lane.
    @Test func wordDelimiterTestMatchesByteTest() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for round in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            var word = state
            if round < 256 * 8 {  // every byte value in every lane, over filler bytes
                let lane = UInt64(round / 256), value = UInt64(round % 256)
                word = (0x4141_4141_4141_4141 & ~(0xFF << (lane * 8))) | value << (lane * 8)
            }
            let expected = (0..<8).contains { DecoderKernel.isCellDelimiter(UInt8(truncatingIfNeeded: word >> ($0 * 8))) }
            #expect(DecoderKernel.hasCellDelimiter(word) == expected, "\(String(word, radix: 16))")
        }
    }
}
