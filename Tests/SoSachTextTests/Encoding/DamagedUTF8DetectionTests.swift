import Testing
@testable import SoSachText

/// UTF-8 lists with a few damaged bytes stay UTF-8 (lower confidence, U+FFFD, `enc.invalid`),
/// while legacy lists that happen to hold a few valid UTF-8 pairs stay legacy; file and column.
@Suite struct DamagedUTF8DetectionTests {
    /// Bytes that never start or continue a valid sequence next to each other or to a character
    /// boundary: each one inserted at a boundary is exactly one invalid sequence.
    static let strayBytes: [UInt8] = [0xFF, 0xFE, 0xC0, 0xC1, 0xF8, 0x80, 0xBF]

    /// A semicolon list of generated names and villages, one row per name.
    static func list(rows: Int, seed: UInt64) -> [String] {
        var corpus = VietnameseNameCorpus(seed: seed)
        let villages = ["Thôn Lâm Hợp", "Thôn Trung Lễ", "Xóm Đông", "Thôn Thủy Hội", "Tổ dân phố Hưng Lộc"]
        return corpus.names(rows).enumerated().map { "\($0.offset + 1);\($0.element);\(villages[$0.offset % villages.count])" }
    }

    /// `text` as UTF-8 with `count` stray bytes inserted at pseudo-random character boundaries.
    static func damaged(_ text: String, count: Int, seed: UInt64) -> [UInt8] {
        var bytes = Array(text.utf8)
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var inserted = 0
        while inserted < count {
            let at = next() % (bytes.count + 1)
            // A character boundary: never before a continuation byte (inside a sequence).
            if at < bytes.count && bytes[at] & 0xC0 == 0x80 { continue }
            bytes.insert(strayBytes[next() % strayBytes.count], at: at)
            inserted += 1
        }
        return bytes
    }

    struct DamageCase: Sendable, CustomTestStringConvertible {
        let rows: Int
        /// Stray bytes inserted; nil for about 1 % of the bytes.
        let strays: Int?
        var testDescription: String { "\(rows) rows, \(strays.map { "\($0)" } ?? "~1 %") invalid" }
    }

    static let damageCases: [DamageCase] = [
        .init(rows: 10, strays: 1), .init(rows: 200, strays: 1), .init(rows: 200, strays: 3),
        .init(rows: 400, strays: nil), .init(rows: 30, strays: nil),
    ]

    @Test(arguments: damageCases)
    func damagedUTF8ListIsUTF8(_ c: DamageCase) {
        let text = Self.list(rows: c.rows, seed: 7 + UInt64(c.rows)).joined(separator: "\n") + "\n"
        let strays = c.strays ?? max(1, text.utf8.count / 100)
        let bytes = Self.damaged(text, count: strays, seed: UInt64(c.rows * 31 + strays))
        let detection = EncodingDetector().detect(sample: bytes)
        #expect(detection.encoding == .utf8, "\(detection)")
        #expect(detection.confidence < 1 && detection.confidence >= 0.8, "\(detection)")
        let noun = strays == 1 ? "sequence" : "sequences"
        #expect(detection.evidence.contains { $0.hasPrefix("\(strays) invalid byte \(noun)") }, "\(detection)")

        // Decoded per field: damaged fields carry U+FFFD and enc.invalid, the others come back intact.
        let decoder = FieldDecoder(encoding: detection.encoding)
        let originals = text.split(separator: "\n").flatMap { $0.split(separator: ";", omittingEmptySubsequences: false) }
        let fields = bytes.split(separator: 0x0A).flatMap { $0.split(separator: 0x3B, omittingEmptySubsequences: false) }
        #expect(fields.count == originals.count)
        var flagged = 0
        for (field, original) in zip(fields, originals) {
            let decoded = decoder.decode(field)
            if Array(field) != Array(original.utf8) {
                flagged += 1
                #expect(decoded.flags.contains(.encInvalid), "\(decoded.string)")
                #expect(decoded.string.unicodeScalars.contains("\u{FFFD}"))
                #expect(Array(decoded.string.replacingOccurrences(of: "\u{FFFD}", with: "").utf8) == Array(original.utf8))
            } else {
                #expect(decoded.bytes == Array(original.utf8))
                #expect(!decoded.flags.contains(.encInvalid))
            }
        }
        #expect(flagged >= 1 && flagged <= strays)
    }

    static let legacyEncodings: [TextEncoding] = [.tcvn3, .vni, .windows1258]

    /// A legacy list with a few cells holding byte pairs that are valid UTF-8 ("é", "ơ", "Ð").
    static func legacyListWithUTF8Pairs(_ encoding: TextEncoding, rows: Int) -> [UInt8] {
        var lines = list(rows: rows, seed: 99).map { LegacyEncoder.encode($0 + "\n", as: encoding) }
        let pairs: [[UInt8]] = [[0xC3, 0xA9], [0xC6, 0xA1], [0xC3, 0x90]]
        for (k, pair) in pairs.enumerated() {
            let row = (k + 1) * rows / 4
            lines[row].insert(contentsOf: pair + [0x20], at: lines[row].count - 1)
        }
        return lines.flatMap { $0 }
    }

    @Test(arguments: legacyEncodings)
    func legacyListWithAFewUTF8PairsStaysLegacy(_ encoding: TextEncoding) {
        let bytes = Self.legacyListWithUTF8Pairs(encoding, rows: 120)
        let detection = EncodingDetector().detect(sample: bytes)
        #expect(detection.encoding == encoding, "\(detection)")
        #expect(FieldDecoder(encoding: detection.encoding).decode(bytes).string.contains("Thôn Trung Lễ"))
    }

    struct ColumnCase: Sendable, CustomTestStringConvertible {
        let name: String
        let fields: [[UInt8]]
        let fileEncoding: TextEncoding
        let expected: TextEncoding
        var testDescription: String { name }
    }

    static var columnCases: [ColumnCase] {
        let names = list(rows: 20, seed: 5).map { String($0.split(separator: ";")[1]) }
        let damagedNames = names.enumerated().map { k, name in
            k == 3 || k == 11 ? damaged(name, count: 1, seed: UInt64(k)) : Array(name.utf8)
        }
        let tcvn3 = names.map { LegacyEncoder.encode($0, as: .tcvn3) }
        var tcvn3WithPair = tcvn3
        tcvn3WithPair[4] += [0x20, 0xC3, 0xA9]
        return [
            .init(name: "damaged UTF-8 column of a UTF-8 file", fields: damagedNames, fileEncoding: .utf8, expected: .utf8),
            .init(name: "damaged UTF-8 column pasted into a TCVN3 file", fields: damagedNames, fileEncoding: .tcvn3, expected: .utf8),
            .init(name: "one damaged note in a UTF-8 file", fields: [Array("Ghi chú".utf8) + [0xFF]], fileEncoding: .utf8, expected: .utf8),
            .init(name: "TCVN3 column with a UTF-8-looking pair", fields: tcvn3WithPair, fileEncoding: .tcvn3, expected: .tcvn3),
            .init(name: "TCVN3 column pasted into a UTF-8 file", fields: tcvn3WithPair, fileEncoding: .utf8, expected: .tcvn3),
        ]
    }

    @Test(arguments: columnCases)
    func perColumnDetectionOnDamage(_ c: ColumnCase) {
        let detection = EncodingDetector().detectColumn(c.fields, fileEncoding: c.fileEncoding)
        #expect(detection.encoding == c.expected, "\(detection)")
    }
}
