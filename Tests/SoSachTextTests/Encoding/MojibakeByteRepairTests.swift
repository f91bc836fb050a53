import Foundation
import Testing
@testable import SoSachText

/// `MojibakeRepair.byteRepair` (the byte-level fast path) gives the bytes and outcome of
/// `fastRepair` whenever it settles a segment, and `repair(segment:into:)` gives what the former
/// `fastRepair`-then-general chain gave.
@Suite struct MojibakeByteRepairTests {
    /// Windows-1252's view of `bytes` (C1 controls and undefined bytes as themselves), as UTF-8.
    static func cp1252View(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        for b in bytes {
            let mapped = EncodingTables.windows1252[Int(b)]
            let scalar = mapped == 0xFFFD ? UInt32(b) : mapped
            out += Array(String(Character(Unicode.Scalar(scalar)!)).utf8)
        }
        return out
    }

    static func segments() throws -> [[UInt8]] {
        var inputs: [[UInt8]] = []
        let vectors = try EncodingFixtures.rows("mojibake_vectors.tsv")
        for row in vectors {
            for (_, value) in row.sorted(by: { $0.key < $1.key }) { inputs.append(Array(value.utf8)) }
            if let escaped = row["broken_escaped"] { inputs.append(Array(EncodingFixtures.unescape(escaped).utf8)) }
        }
        var corpus = VietnameseNameCorpus(seed: 7)
        for name in corpus.names(600) {
            inputs.append(Array(name.utf8))
            inputs.append(Array(LegacyEncoder.mojibake(name).utf8))
            inputs.append(Array(LegacyEncoder.mojibake(name, times: 2).utf8))
            inputs.append(Array((LegacyEncoder.mojibake(name) + " " + name).utf8))
        }
        // Edge cases: lone specials, C1 controls, lost bytes, '?' between runs, Windows-1258-only
        // characters, 4-byte characters, truncated and stray sequences.
        for text in ["€", "‚", "Ã", "Ã€", "â€", "â€œ", "\u{81}", "Ã\u{81}", "Ä\u{90}", "Ä?áº·ng", "Äáº·ng", "áº", "Æ°Æ¡",
                     "NguyÔn V¨n §øc", "Nguyeãn", "José García", "😀Ã©", "Ã©😀", "Ã©?Ã©", "x?Ã©", "Ã", "Ã©Ã",
                     "Ã¡Â»â€¦", "Ä‘", "\u{8D}\u{8F}\u{90}\u{9D}", "Ã\u{9D}", "ÃƒÂ©", "Nguyá»…n Văn"] {
            inputs.append(Array(text.utf8))
        }
        // Every pair of high bytes and Vietnamese three-byte letters, seen once and twice.
        for b1 in UInt8(0x80)...0xFF {
            for b2 in UInt8(0x80)...0xFF { inputs.append(cp1252View([b1, b2])) }
        }
        for b2 in UInt8(0x80)...0xBF {
            for b3 in UInt8(0x80)...0xBF {
                let once = cp1252View([0xE1, b2, b3])
                inputs.append(once)
                inputs.append(cp1252View(once))
                inputs.append(Array(once.dropLast()))
            }
        }
        // Raw ill-formed bytes too (byteRepair must leave them to fastRepair or agree).
        inputs.append([0xC3, 0xA1, 0xBA])
        inputs.append([0xE0, 0x80, 0x80, 0xC3, 0xA9])
        inputs.append([0xC3])
        inputs.append([0x80, 0xC3, 0xA9])
        return inputs
    }

    @Test func byteRepairMatchesFastRepair() throws {
        var settled = 0, total = 0
        for input in try Self.segments() {
            // Whole inputs and their cells, as the stream decoder cuts them.
            var pieces = [input]
            pieces += input.split(whereSeparator: { DecoderKernel.isCellDelimiter($0) }).map(Array.init)
            for piece in pieces where !piece.isEmpty {
                total += 1
                piece.withUnsafeBufferPointer { segment in
                    let fast = UTF8Buffer(capacity: 16), bytes = UTF8Buffer(capacity: 16)
                    fast.append([0x41])
                    bytes.append([0x41])
                    let expected = MojibakeRepair.fastRepair(segment, into: fast)
                    guard let outcome = MojibakeRepair.byteRepair(segment, into: bytes) else {
                        #expect(bytes.array == [0x41], "nothing written on nil: \(piece)")
                        return
                    }
                    settled += 1
                    #expect(expected != nil, "fastRepair would not settle \(piece)")
                    #expect(bytes.array == fast.array, "bytes differ for \(piece)")
                    #expect(outcome.changed == expected?.changed && outcome.runs == expected?.runs
                        && outcome.lossy == expected?.lossy && outcome.legacy == expected?.legacy, "outcome differs for \(piece)")
                }
            }
        }
        #expect(settled > 0 && total > 0)
    }

    /// The fast path settles (nearly) every generated mojibake name, once or twice encoded.
    @Test func byteRepairSettlesCorpus() {
        var corpus = VietnameseNameCorpus(seed: 11)
        var settled = 0, total = 0
        for name in corpus.names(400) {
            for times in 1...2 {
                let bytes = Array(LegacyEncoder.mojibake(name, times: times).utf8)
                total += 1
                bytes.withUnsafeBufferPointer { segment in
                    if MojibakeRepair.byteRepair(segment, into: UTF8Buffer(capacity: 16)) != nil { settled += 1 }
                }
            }
        }
        #expect(settled * 10 >= total * 9)
    }

    @Test func repairMatchesFormerChain() throws {
        for input in try Self.segments() {
            let decoded = UTF8Buffer(capacity: input.count * 3 + 16)
            var statistics = DecodingStatistics()
            input.withUnsafeBufferPointer { _ = DecoderKernel.decodeUTF8($0, isFinal: true, into: decoded, statistics: &statistics) }
            let segment = decoded.bytes
            let now = UTF8Buffer(capacity: 16), former = UTF8Buffer(capacity: 16)
            let outcome = MojibakeRepair.repair(segment: segment, into: now)
            let reference = MojibakeRepair.fastRepair(segment, into: former) ?? {
                former.count = 0
                return MojibakeRepair.repairGeneral(segment: segment, into: former)
            }()
            #expect(now.array == former.array, "bytes differ for \(input)")
            #expect(outcome.flags == reference.flags && outcome.runs == reference.runs, "outcome differs for \(input)")
        }
    }
}
