import Testing
@testable import SoSachText

/// Streaming decode equals whole decode (and the original text) for generated lists in every
/// encoding, whatever the chunk size: words, base + mark pairs, surrogate pairs and combining
/// marks split across chunks.
@Suite struct StreamingDecodeTests {
    static let text: String = {
        var corpus = VietnameseNameCorpus(seed: 99)
        var lines = ["STT,Họ và tên,Địa chỉ"]
        for k in 1...120 { lines.append("\(k),\(corpus.next()),\"Xóm \(k % 7), xã Nghĩa Đồng\"") }
        return lines.joined(separator: "\n") + "\n"
    }()

    static let cases: [(TextEncoding, String)] = [
        (.utf8, "utf8"), (.utf16LE, "utf16le"), (.utf16BE, "utf16be"), (.windows1258, "cp1258"),
        (.windows1258, "cp1258-combining"), (.tcvn3, "tcvn3"), (.vni, "vni"), (.viqr, "viqr"), (.viscii, "viscii"),
        (.utf8Mojibake, "mojibake"), (.utf8, "nfd"),
    ]

    static func bytes(_ name: String, _ encoding: TextEncoding) -> [UInt8] {
        switch name {
        case "cp1258-combining": return LegacyEncoder.encodeWindows1258(text, combiningTones: true)
        case "nfd": return Array(text.decomposedForTests.utf8)
        case "utf16le", "utf16be": return (encoding == .utf16LE ? [0xFF, 0xFE] : [0xFE, 0xFF]) + LegacyEncoder.encode(text, as: encoding)
        default: return LegacyEncoder.encode(text, as: encoding)
        }
    }

    @Test(arguments: cases, [1, 2, 3, 7, 64, 4096])
    func chunkedEqualsWhole(c: (TextEncoding, String), chunk: Int) throws {
        let input = Self.bytes(c.1, c.0)
        let whole = try EncodingFixtures.streamDecode(input, c.0)
        let chunked = try EncodingFixtures.streamDecode(input, c.0, chunk: chunk, readSize: max(1, chunk / 2))
        #expect(chunked == whole, "\(firstDifference(chunked, whole))")
        let expected = Array(Self.text.utf8)
        if c.0 == .tcvn3 {
            // TCVN3 cannot write capital toned letters: compare folded case.
            #expect(String(decoding: whole, as: UTF8.self).lowercased() == Self.text.lowercased())
        } else {
            #expect(whole == expected, "\(firstDifference(whole, expected))")
        }
    }
}

private extension String {
    /// Canonical decomposition (NFD) of Vietnamese letters, built from the fixture table.
    var decomposedForTests: String {
        let rows = (try? EncodingFixtures.rows("unicode_forms.tsv")) ?? []
        var map: [Character: String] = [:]
        for row in rows { map[Character(row["nfc"]!)] = EncodingFixtures.codepoints(row["nfd_codepoints"]!) }
        return String(flatMap { map[$0] ?? String($0) })
    }
}
