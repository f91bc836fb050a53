import Testing
@testable import SoSachText

/// All 134 letters decode from every table's bytes and round-trip through LegacyEncoder.
@Suite struct LetterRoundTripTests {
    struct Entry: Sendable, CustomTestStringConvertible {
        let table: String
        let bytes: [UInt8]
        let letter: String
        let encoding: TextEncoding
        var testDescription: String { "\(table) \(letter)" }
    }

    static func load(_ name: String, _ encoding: TextEncoding, bytesColumn: String = "bytes_hex",
                     letterColumn: String = "codepoints", skipKind: String? = nil) -> [Entry] {
        let rows = (try? EncodingFixtures.rows(name)) ?? []
        return rows.compactMap { row in
            if let skipKind, row["kind"] == skipKind { return nil }
            if row["kind"] == "nbsp" { return nil }
            guard let column = row[bytesColumn], !column.isEmpty else { return nil }
            let letter = EncodingFixtures.codepoints(row[letterColumn]!)
            if bytesColumn == "viqr" {
                // VIQR composes marks only into legal syllables: put each letter in one.
                let tail = letter.lowercased() == "đ" ? "a" : "n"
                return Entry(table: name, bytes: Array((column + tail).utf8), letter: letter + tail, encoding: encoding)
            }
            return Entry(table: name, bytes: EncodingFixtures.hex(column), letter: letter, encoding: encoding)
        }
    }

    static let entries: [Entry] =
        load("tcvn3.tsv", .tcvn3, skipKind: "vn1_only")
        + load("vni.tsv", .vni)
        + load("viqr.tsv", .viqr, bytesColumn: "viqr")
        + load("viscii.tsv", .viscii)
        + load("cp1258.tsv", .windows1258)
        + load("cp1258.tsv", .windows1258, bytesColumn: "alt_bytes_hex")

    @Test func everyTableHasItsLetters() {
        let counts = Dictionary(grouping: Self.entries, by: \.table).mapValues(\.count)
        #expect(counts["tcvn3.tsv"] == 74)
        #expect(counts["vni.tsv"] == 134)
        #expect(counts["viqr.tsv"] == 134)
        #expect(counts["viscii.tsv"] == 134)
        #expect(counts["cp1258.tsv"] == 134 + 16)  // alt_bytes_hex is filled only where it differs
    }

    @Test(arguments: entries)
    func decodes(entry: Entry) {
        let expected = UTF8Normalizer.nfc(Array(entry.letter.utf8))
        let field = FieldDecoder(encoding: entry.encoding).decode(entry.bytes)
        #expect(field.bytes == expected, "\(field.string)")
        // Inside a word, too (VIQR composes only legal syllables, so test it in "x" + letter + "n" only when legal).
        if entry.encoding != .viqr {
            let word = FieldDecoder(encoding: entry.encoding).decode([0x78] + entry.bytes + [0x20])
            #expect(word.bytes == [0x78] + expected + [0x20])
        }
    }

    static let letters: [String] = ((try? EncodingFixtures.rows("unicode_forms.tsv")) ?? []).map { $0["nfc"]! }

    @Test func unicodeFormsHas134Letters() { #expect(Self.letters.count == 134) }

    static let encodings: [TextEncoding] = [.vni, .viqr, .viscii, .windows1258, .tcvn3, .utf16LE, .utf16BE, .utf8Mojibake]

    @Test(arguments: encodings)
    func roundTripsAllLetters(encoding: TextEncoding) {
        for bare in Self.letters {
            // VIQR composes marks only into legal syllables: put each letter in one.
            let letter = encoding != .viqr ? bare : bare.lowercased() == "đ" ? bare + "a" : bare + "n"
            let expected = Array(letter.utf8)
            let bytes = LegacyEncoder.encode(letter, as: encoding)
            let decoded = FieldDecoder(encoding: encoding).decode(bytes).bytes
            if encoding == .tcvn3 && letter.unicodeScalars.first!.properties.isUppercase && bytes.count == 1 && bytes[0] >= 0xB5 {
                // TCVN3 lacks the 60 capital toned letters: they come back lower case.
                #expect(decoded == Array(letter.lowercased().utf8), "\(letter) \(bytes)")
            } else {
                #expect(decoded == expected, "\(encoding) \(letter): \(String(decoding: decoded, as: UTF8.self))")
            }
        }
    }

    @Test func windows1258CombiningFormRoundTrips() {
        for letter in Self.letters {
            let bytes = LegacyEncoder.encodeWindows1258(letter, combiningTones: true)
            #expect(FieldDecoder(encoding: .windows1258).decode(bytes).bytes == Array(letter.utf8), "\(letter)")
        }
    }
}
