import Foundation
import Testing
import SoSachText
@testable import SoSachFields
@testable import SoSachPipeline

/// `ColumnStats.fastEvidence` (one byte scan, recognisers skipped by their own rules, keys on
/// the stack) gives the evidence of the definition, run through the reference recognisers, on
/// every cell of every layout fixture and sample file, as read and in other forms.
@Suite struct ColumnStatsFastEvidenceTests {
    /// `LayoutText.standard` with the recognisers as defined (no byte paths).
    static let reference = LayoutText(
        normalize: LayoutText.standard.normalize, fold: LayoutText.standard.fold,
        looksLikeName: { ContentRecognizer.looksLikePersonName($0, dictionary: .shared) },
        looksLikeDate: { ContentRecognizer.referenceLooksLikeDate($0) },
        looksLikeNationalID: { ContentRecognizer.referenceLooksLikeNationalID($0) },
        looksLikePhone: { ContentRecognizer.referenceLooksLikePhone($0) })

    /// The decoded text of every list file of the layout fixtures and of SampleData.
    static let files: [(String, String)] = {
        LayoutTestSupport.listFiles.compactMap { url in
            guard let bytes = try? [UInt8](Data(contentsOf: url)) else { return nil }
            let encoding = EncodingDetector().detect(sample: bytes).encoding
            let decoder = DecodingByteSource(source: MemoryByteSource(bytes), encoding: encoding)
            guard let utf8 = try? ReplayByteSource.readPrefix(of: decoder, count: bytes.count * 4 + 16) else { return nil }
            return (url.lastPathComponent, String(decoding: utf8, as: UTF8.self))
        }
    }()

    /// Every cell of those files (split on `;`, `,` and tabs), as read, normalised as the reader
    /// does, decomposed, in upper and lower case.
    static let cells: [String] = {
        var seen = Set<[UInt8]>()
        var cells: [String] = []
        func add(_ cell: String) { if seen.insert(Array(cell.utf8)).inserted { cells.append(cell) } }
        for (_, text) in files {
            for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
                add(String(line))
                for cell in line.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "\t" }) {
                    let cell = String(cell)
                    let normalized = LayoutText.standard.normalize(cell)
                    for form in [cell, normalized, VietnameseText.nfd(normalized), normalized.uppercased(), normalized.lowercased(),
                                 VietnameseText.foldKey(normalized), "\"\(normalized)\"", normalized + " 2"] {
                        add(form)
                    }
                }
            }
        }
        return cells
    }()

    @Test func fixturesAreRead() {
        #expect(Self.files.count >= 40)
        #expect(Self.cells.count > 5_000)
    }

    @Test func fastEvidenceAgreesOnEveryCell() {
        var counted = ColumnStats()
        for cell in Self.cells where !cell.isEmpty {
            let fast = ColumnStats.fastEvidence(cell)
            #expect(fast == ColumnStats.evidence(cell, text: Self.reference), "\(cell) \(Array(cell.unicodeScalars))")
            counted.count(fast)
        }
        // Every kind of evidence occurs, so each path was compared.
        for (kind, n) in [("integer", counted.integers), ("year", counted.years), ("date", counted.dates), ("phone", counted.phones),
                          ("id", counted.ids), ("gender", counted.genders), ("mark", counted.marks), ("village", counted.villages),
                          ("commune", counted.communes), ("name", counted.names), ("single word", counted.singleWords)] {
            #expect(n > 0, "\(kind)")
        }
    }

    @Test func plainExactKeyIsExactKey() {
        for cell in Self.cells {
            var copy = cell
            copy.withUTF8 { bytes in
                guard CellScan(bytes).isPlain else { return }
                let key = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { out in
                    Array(out[0..<LayoutText.plainExactKey(bytes, into: out)])
                }
                #expect(key == Array(LayoutText.exactKey(cell).utf8), "\(cell)")
            }
        }
    }

    @Test func smallIntegerOnBytesAgrees() {
        let extra = ["(", ")", "()", "(1)", "(12.)", "12.", ".", "1234567", "123456", "(123456)", "0", "007", "(1", "1)", "1.0", "١"]
        for cell in Self.cells + extra {
            var copy = cell
            #expect(copy.withUTF8 { LayoutText.smallInteger($0) } == LayoutText.smallInteger(cell), "\(cell)")
        }
    }

    /// The byte forms of the gender words are their NFC forms (the plain keys compared with them
    /// are NFC), and the one-byte marks are the only marks a plain cell can equal.
    @Test func byteWordsAreNFC() {
        for word in ColumnStats.genderKeys { #expect(word == Array(VietnameseText.nfc(String(decoding: word, as: UTF8.self)).utf8)) }
        for prefix in ColumnStats.villagePrefixBytes + ColumnStats.communePrefixBytes {
            #expect(prefix == Array(VietnameseText.nfc(String(decoding: prefix, as: UTF8.self)).utf8))
        }
        for mark in ColumnStats.markWords {
            var copy = mark
            #expect(copy.withUTF8 { CellScan($0).isPlain } == (mark.utf8.count == 1))
        }
    }
}
