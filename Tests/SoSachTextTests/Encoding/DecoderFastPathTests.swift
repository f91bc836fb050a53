import Foundation
import Testing
@testable import SoSachText

/// The decoders' fast paths give the bytes the plain paths give: the VIQR word cache (across
/// chunks of every size), the UTF-8 decoder's two- and three-byte shortcuts (against the standard
/// library's decoding, which replaces ill-formed input the same way), and the normaliser (against
/// Foundation's NFC on decomposed text, and chunk by chunk).
@Suite struct DecoderFastPathTests {
    static let names: [String] = {
        var corpus = VietnameseNameCorpus(seed: 4711)
        return corpus.names(2500)
    }()

    /// A list in which words repeat (as in real files), with punctuation, escapes and marks.
    static let text: String = {
        var lines: [String] = []
        for (k, name) in names.enumerated() {
            lines.append("\(k),\(name),\"Thôn Đông Hưng, xã Hoà Bình\",Tiếng Việt. Ông tên gì? \(k % 13) km")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    /// VIQR through the kernel in chunks of `chunk` bytes, handing back what it did not consume.
    static func viqrChunked(_ bytes: [UInt8], chunk: Int, cache: VIQRWordCache?) -> ([UInt8], Int) {
        let out = UTF8Buffer()
        var statistics = DecodingStatistics()
        var pending: [UInt8] = []
        var offset = 0
        while true {
            let take = min(chunk, bytes.count - offset)
            pending += bytes[offset..<(offset + take)]
            offset += take
            let isFinal = offset == bytes.count
            let consumed = pending.withUnsafeBufferPointer {
                DecoderKernel.decodeVIQR($0, isFinal: isFinal, into: out, statistics: &statistics, cache: cache?.storage)
            }
            pending.removeFirst(consumed)
            if isFinal { break }
        }
        return (out.array, statistics.decodedUnits)
    }

    static func viqrInputs() throws -> [[UInt8]] {
        var inputs = [LegacyEncoder.encode(text, as: .viqr)]
        // Every letter of the table, alone and inside a word (twice: the second time from the cache).
        let letters = try EncodingFixtures.rows("viqr.tsv").map { EncodingFixtures.hex($0["bytes_hex"]!) }
        inputs.append(Array(letters.map { $0 + [0x20] + Array("Ng".utf8) + $0 + Array("n ".utf8) }.joined()))
        inputs.append(Array((letters + letters).map { $0 + [0x2C] }.joined()))
        inputs.append(try EncodingFixtures.bytes("samples/viqr.csv"))
        inputs.append(Array("O^ng te^n gi`\\? To^i te^n la` Thu.y\\. Nguye^~n Va(n DDu+'c, d-u+'c; H'Hen Nie^".utf8))
        return inputs
    }

    @Test(arguments: [1, 2, 3, 7, 64, 100_000])
    func viqrWordCacheGivesTheSameBytes(chunk: Int) throws {
        for input in try Self.viqrInputs() {
            let plain = Self.viqrChunked(input, chunk: .max, cache: nil)
            let cached = Self.viqrChunked(input, chunk: chunk, cache: VIQRWordCache())
            #expect(cached.0 == plain.0, "\(firstDifference(cached.0, plain.0))")
            #expect(cached.1 == plain.1)
        }
    }

    /// Decoding the whole file through the stream (which keeps a cache) equals the original text.
    @Test func viqrStreamDecodesTheList() throws {
        let decoded = try EncodingFixtures.streamDecode(LegacyEncoder.encode(Self.text, as: .viqr), .viqr)
        #expect(decoded == Array(Self.text.utf8), "\(firstDifference(decoded, Array(Self.text.utf8)))")
    }

    static func decodeUTF8(_ bytes: [UInt8]) -> [UInt8] {
        let out = UTF8Buffer()
        var statistics = DecodingStatistics()
        bytes.withUnsafeBufferPointer { _ = DecoderKernel.decodeUTF8($0, isFinal: true, into: out, statistics: &statistics) }
        return out.array
    }

    @Test func utf8ShortcutsReplaceLikeTheStandardLibrary() {
        var state: UInt64 = 12345
        func next() -> UInt8 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        // Valid text, then text with bytes changed, cut and inserted at random.
        let valid = Array(Self.text.utf8.prefix(20_000))
        #expect(Self.decodeUTF8(valid) == valid)
        let pool: [UInt8] = [0x80, 0xBF, 0xC0, 0xC2, 0xCC, 0xDF, 0xE0, 0xE1, 0xBA, 0xBB, 0xED, 0xF0, 0xF4, 0xFF, 0x41]
        for round in 0..<300 {
            var bytes = Array(valid[(round * 37)..<(round * 37 + 200)])
            for _ in 0..<6 {
                let at = Int(next()) % bytes.count
                if next() & 1 == 0 { bytes[at] = pool[Int(next()) % pool.count] } else { bytes.insert(pool[Int(next()) % pool.count], at: at) }
            }
            let expected = Array(String(decoding: bytes, as: UTF8.self).utf8)
            #expect(Self.decodeUTF8(bytes) == expected, "\(bytes)")
        }
    }

    /// Canonical decomposition of Vietnamese letters, from the fixture table.
    static func nfd(_ text: String) throws -> [UInt8] {
        var map: [Character: String] = [:]
        for row in try EncodingFixtures.rows("unicode_forms.tsv") {
            map[Character(row["nfc"]!)] = EncodingFixtures.codepoints(row["nfd_codepoints"]!)
        }
        return Array(String(text.flatMap { map[$0] ?? String($0) }).utf8)
    }

    @Test func normalizerComposesDecomposedText() throws {
        let decomposed = try Self.nfd(Self.text)
        #expect(UTF8Normalizer.nfc(decomposed) == Array(Self.text.utf8))
        // Non-Vietnamese marks and letters go through ICU and agree with Foundation.
        for sample in ["Ðặng x\u{0307}y Ω\u{301} Zoë Å", "ﬁ Café\u{301}", "ê\u{301}\u{323}", "\u{301}a"] {
            let expected = Array(sample.precomposedStringWithCanonicalMapping.utf8)
            #expect(UTF8Normalizer.nfc(Array(sample.utf8)) == expected, "\(sample)")
        }
    }

    @Test(arguments: [1, 2, 3, 7, 64])
    func normalizerStreamsDecomposedText(chunk: Int) throws {
        let decomposed = try Self.nfd(Self.text)
        let decoded = try EncodingFixtures.streamDecode(decomposed, .utf8, chunk: chunk, readSize: max(1, chunk / 2))
        #expect(decoded == Array(Self.text.utf8), "\(firstDifference(decoded, Array(Self.text.utf8)))")
    }
}
