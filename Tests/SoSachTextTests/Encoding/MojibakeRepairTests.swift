import Testing
@testable import SoSachText

/// Every vector of mojibake_vectors.tsv is repaired to the correct text (NFC bytes), or, for the
/// lossy kinds, repaired and flagged `enc.mojibake_lossy`.
@Suite struct MojibakeRepairTests {
    struct Vector: CustomTestStringConvertible, Sendable {
        let kind: String
        let broken: String
        let correct: String
        let lossless: Bool
        var testDescription: String { "\(kind): \(correct)" }
    }

    static let vectors: [Vector] = {
        (try? EncodingFixtures.rows("mojibake_vectors.tsv"))?.map { row in
            Vector(kind: row["kind"]!, broken: EncodingFixtures.unescape(row["broken_escaped"]!),
                   correct: row["correct"]!, lossless: row["lossless"] == "yes")
        } ?? []
    }()

    @Test func vectorsAreLoaded() { #expect(Self.vectors.count == 62) }

    /// How each kind is decoded: repaired from UTF-8 text, or (VIQR, capital TCVN3 typed in lower
    /// case) decoded from its bytes with the encoding a user or detector names.
    @Test(arguments: vectors)
    func repairs(vector: Vector) throws {
        let expected = UTF8Normalizer.nfc(Array(vector.correct.utf8))
        switch vector.kind {
        case "viqr":
            let field = FieldDecoder(encoding: .viqr).decode(Array(vector.broken.utf8))
            #expect(Array(field.bytes) == expected, "\(field.string)")
            #expect(field.flags == [.encVIQR])
        case "tcvn3H_as_cp1252" where !vector.broken.unicodeScalars.contains(where: { ("A"..."Z").contains($0) }):
            // Typed all in lower case for a capital font: only the font tells; the user says so.
            let bytes = try #require(MojibakeRepair.windows1252Bytes(vector.broken))
            let field = FieldDecoder(encoding: .tcvn3Capital).decode(bytes)
            #expect(field.bytes == expected, "\(field.string)")
        default:
            let repair = try #require(MojibakeRepair.repair(vector.broken), "not repaired: \(vector.broken)")
            #expect(repair.bytes == expected, "\(repair.string)")
            #expect(repair.flags.contains(.encMojibake))
            #expect(repair.flags.contains(.encMojibakeLossy) == !vector.lossless)
            // The per-field decoder does the same on UTF-8 fields.
            let field = FieldDecoder(encoding: .utf8).decode(Array(vector.broken.utf8))
            #expect(field.bytes == expected)
        }
    }

    static let clean: [String] = [
        "Nguyễn Văn Đức", "José García", "Café Müller", "François", "Ägypten", "Lê Hà", "Nguyen Van Duc.",
        "Hà Nội", "Thôn Đông Hưng, xã Hoà Bình", "Müller-Lüdenscheidt", "Ñoño", "Zoë", "Crème brûlée", "Å",
    ]

    @Test(arguments: clean)
    func leavesCleanTextAlone(text: String) {
        #expect(MojibakeRepair.repair(text) == nil)
        #expect(FieldDecoder(encoding: .utf8).decode(Array(text.utf8)).flags == [])
    }
}
