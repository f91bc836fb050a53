import Foundation
import Testing
@testable import SoSachText

/// The mojibake precheck (`MojibakeRepair.cannotChange`) is a proof: whenever it says a segment
/// cannot change, the full repair leaves it byte for byte as it is. Checked on every vector (broken
/// and correct), the sample files' cells, clean generated names and every kind of generated
/// mojibake of them; and it must prove most clean names (that is what it is for).
@Suite struct MojibakePrecheckTests {
    /// Runs the full repair; nil when it changed nothing (output bytes equal to the input).
    static func fullRepairKeeps(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { segment in
            let out = UTF8Buffer()
            let outcome = MojibakeRepair.repair(segment: segment, into: out)
            return !outcome.changed && out.array == bytes
        }
    }

    static func proved(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { MojibakeRepair.cannotChange($0) }
    }

    /// Valid UTF-8 as the field decoder hands it to the repair.
    static func decoded(_ bytes: [UInt8]) -> [UInt8] {
        let out = UTF8Buffer()
        var statistics = DecodingStatistics()
        bytes.withUnsafeBufferPointer { _ = DecoderKernel.decodeUTF8($0, isFinal: true, into: out, statistics: &statistics) }
        return out.array
    }

    static let names: [String] = {
        var corpus = VietnameseNameCorpus(seed: 2024)
        return corpus.names(3000)
    }()

    /// Every mojibake form of a text the repair knows, as the UTF-8 a field would hold.
    static func mojibakeForms(_ text: String) -> [[UInt8]] {
        var forms: [[UInt8]] = [LegacyEncoder.encode(text, as: .utf8Mojibake)]
        let utf8 = Array(text.utf8)
        let latin1 = String(decoding: utf8.map { UInt16($0) }, as: UTF16.self)  // UTF-8 read as Latin-1
        forms.append(Array(latin1.utf8))
        let once = String(decoding: LegacyEncoder.encode(text, as: .utf8Mojibake), as: UTF8.self)
        forms.append(LegacyEncoder.encode(once, as: .utf8Mojibake))  // double
        for legacy in [TextEncoding.tcvn3, .vni, .windows1258, .viscii] {
            let bytes = LegacyEncoder.encode(text, as: legacy)
            let shown = bytes.map { EncodingTables.windows1252[Int($0)] }  // legacy bytes shown as cp1252
            var scalars = String.UnicodeScalarView()
            for s in shown { if let u = Unicode.Scalar(s) { scalars.append(u) } }
            forms.append(Array(String(scalars).utf8))
        }
        return forms
    }

    static func sampleCells() throws -> [[UInt8]] {
        var cells: [[UInt8]] = []
        for name in ["utf8.csv", "utf8_nfd.csv", "utf8_bom.csv", "short_utf8.csv", "utf8_mojibake_saved_as_utf8.csv"] {
            let bytes = try EncodingFixtures.bytes("samples/" + name)
            cells += bytes.split(whereSeparator: { DecoderKernel.isCellDelimiter($0) }).map(Array.init)
        }
        return cells
    }

    static func vectorTexts() throws -> [[UInt8]] {
        try EncodingFixtures.rows("mojibake_vectors.tsv").flatMap { row in
            [Array(EncodingFixtures.unescape(row["broken_escaped"]!).utf8), Array(row["correct"]!.utf8)]
        }
    }

    /// Sound: proved ⇒ the repair keeps the bytes.
    @Test func neverSkipsWhatTheRepairChanges() throws {
        var inputs = try Self.vectorTexts() + Self.sampleCells()
        inputs += MojibakeRepairTests.clean.map { Array($0.utf8) }
        for name in Self.names.prefix(1500) {
            inputs.append(Array(name.utf8))
            inputs += Self.mojibakeForms(name)
        }
        // Glued symbols and punctuation next to letters, '?' between runs, C1 controls, NFD.
        inputs += ["Lê–Hà", "Hà“Nội”", "Ã©", "Nguyễn Ã©", "Đô?ng", "ư?ơ", "Æ°Æ¡", "Đông Â", "ĐÂ", "Ä\u{90}",
                   "Nguye\u{302}\u{303}n Ã", "Hoa\u{300}", "€Ã", "NguyÔn", "ÐÕ Thu", "¾", "ÂÂ", "Tr\u{1EA7}n ¬"]
            .map { Array($0.utf8) }
        var provedCount = 0
        for raw in inputs {
            let bytes = Self.decoded(raw)
            guard Self.proved(bytes) else { continue }
            provedCount += 1
            #expect(Self.fullRepairKeeps(bytes), "precheck skipped a repair: \(String(decoding: bytes, as: UTF8.self))")
        }
        #expect(provedCount > 1000)
    }

    /// Every broken vector the repair fixes from UTF-8 text is left to the repair.
    @Test func leavesEveryBrokenVectorToTheRepair() throws {
        for row in try EncodingFixtures.rows("mojibake_vectors.tsv") where row["kind"] != "viqr" {
            let broken = Self.decoded(Array(EncodingFixtures.unescape(row["broken_escaped"]!).utf8))
            if Self.fullRepairKeeps(broken) { continue }  // capital TCVN3 typed in lower case: needs --from
            #expect(!Self.proved(broken), "\(row["kind"]!): \(row["broken"]!)")
        }
    }

    /// Useful: it proves almost every clean non-ASCII name, capitals included.
    @Test func provesCleanNames() {
        let nonASCII = Self.names.map { Array($0.utf8) }.filter { $0.contains { $0 >= 0x80 } }
        let proved = nonASCII.filter { Self.proved($0) }.count
        #expect(Double(proved) / Double(nonASCII.count) >= 0.95, "\(proved) of \(nonASCII.count)")
    }

    /// The field decoder gives the same bytes and flags with the precheck as the full repair does.
    @Test func fieldDecoderAgreesWithTheRepair() throws {
        var inputs = try Self.vectorTexts() + Self.sampleCells()
        for name in Self.names.prefix(500) { inputs.append(Array(name.utf8)); inputs += Self.mojibakeForms(name) }
        for var raw in inputs {
            if raw.starts(with: [0xEF, 0xBB, 0xBF]) { raw.removeFirst(3) }  // the decoder drops a BOM
            let field = FieldDecoder(encoding: .utf8).decode(raw)
            let decoded = Self.decoded(raw)
            let out = UTF8Buffer()
            let outcome = decoded.withUnsafeBufferPointer { MojibakeRepair.repair(segment: $0, into: out) }
            let text = outcome.changed ? out.array : decoded
            #expect(field.bytes == UTF8Normalizer.nfc(text), "\(String(decoding: raw, as: UTF8.self))")
            #expect(field.flags.contains(.encMojibake) == outcome.changed)
        }
    }
}
