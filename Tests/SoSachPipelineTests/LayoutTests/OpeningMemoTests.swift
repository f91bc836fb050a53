import Foundation
import Testing
@testable import SoSachPipeline
@testable import SoSachText

/// The work the opening of a file remembers or skips gives what the work itself gives: the
/// run's cell-evidence memo, the title-facts memo, and the per-column re-detection skipped when
/// the file's detection proves every cell clean UTF-8.
@Suite struct OpeningMemoTests {
    static var cells: [String] { ColumnStatsFastEvidenceTests.cells }

    /// The bytes of every list file of the layout fixtures and of SampleData.
    static let rawFiles: [(String, [UInt8])] = {
        LayoutTestSupport.listFiles.compactMap { url in
            (try? [UInt8](Data(contentsOf: url))).map { (url.lastPathComponent, $0) }
        }
    }()

    /// Every cell, asked twice (a miss, then a hit or a slot taken by another cell), through a
    /// memo with few slots (many collisions) and one of the default size.
    @Test(arguments: [16, 8192])
    func evidenceMemoAgreesWithFastEvidence(slots: Int) {
        let memo = CellEvidenceMemo(slotCount: slots)
        for pass in 0..<2 {
            for cell in Self.cells where !cell.isEmpty {
                #expect(memo.evidence(cell) == ColumnStats.fastEvidence(cell), "pass \(pass): \(cell) \(Array(cell.utf8))")
            }
        }
        // NFC and NFD spellings, and cells that differ in one byte, are kept apart.
        for cell in ["Nữ", "Nu\u{303}", "Thôn 3", "Thôn 4", "123456", "1234567", "12/03/1990", "042123456789", "x", "X"] {
            #expect(memo.evidence(cell) == ColumnStats.fastEvidence(cell), "\(cell)")
        }
        memo.removeAll()
        for cell in Self.cells.prefix(200) where !cell.isEmpty { #expect(memo.evidence(cell) == ColumnStats.fastEvidence(cell)) }
    }

    /// The mapper's statistics through the pooled memo equal the statistics of `add`, with the
    /// reference recognisers.
    @Test func columnStatisticsThroughTheMemoMatchAdd() {
        let rows = Self.cells.filter { !$0.isEmpty }
        var viaMemo = [ColumnStats](repeating: ColumnStats(), count: 3)
        var viaAdd = viaMemo
        CellEvidenceMemo.withMemo { memo in
            for (i, cell) in rows.enumerated() { viaMemo[i % 3].count(memo.evidence(cell)) }
        }
        for (i, cell) in rows.enumerated() { viaAdd[i % 3].count(ColumnStats.evidence(cell, text: ColumnStatsFastEvidenceTests.reference)) }
        for c in 0..<3 { #expect(Self.describe(viaMemo[c]) == Self.describe(viaAdd[c])) }
    }

    static func describe(_ s: ColumnStats) -> [Int] {
        [s.filled, s.names, s.dates, s.years, s.ids, s.phones, s.integers, s.genders, s.marks, s.villages, s.communes,
         s.singleWords, s.sequenceSteps]
    }

    /// Titles read through a warm memo (every line seen before) give the context a fresh alias
    /// table (an empty memo) gives, and a line's facts are those read without the memo.
    @Test func titleFactsMemoAgrees() throws {
        let warm = try HeaderAliases.load(text: .standard)
        for (name, text) in ColumnStatsFastEvidenceTests.files {
            let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).prefix(12)
            let titles = lines.enumerated().flatMap { i, line in
                line.split(separator: ",").map { (i + 1, String($0).trimmingCharacters(in: .whitespaces)) }.filter { !$0.1.isEmpty }
            }
            let fresh = try HeaderAliases.load(text: .standard)
            var freshUnits: [Bool] = []
            let expected = ContextExtractor(aliases: fresh).extract(titles: titles, displayPath: name, namingUnits: &freshUnits)
            for round in 0..<2 {
                var units: [Bool] = []
                let found = ContextExtractor(aliases: warm).extract(titles: titles, displayPath: name, namingUnits: &units)
                #expect(found == expected, "\(name) round \(round)")
                #expect(units == freshUnits, "\(name) round \(round)")
            }
            for (_, line) in titles {
                let direct = ContextExtractor(aliases: fresh).titleFacts(line)
                let remembered = warm.titleMemo.answer(line) { Issue.record("\(line) not remembered"); return direct }
                #expect(remembered.units.map { "\($0.0) \($0.1) \($0.2)" } == direct.units.map { "\($0.0) \($0.1) \($0.2)" })
                #expect(remembered.preamble == direct.preamble && remembered.listKind == direct.listKind && remembered.year == direct.year)
            }
        }
    }

    /// The column encodings the reader finds when it re-decides every column, for a sample.
    static func columnEncodings(_ sample: [UInt8], dialect: CSVDialect, encoding: TextEncoding) throws -> [Int: TextEncoding] {
        var options = CSVReader.Options()
        options.keepRawBytes = true
        let reader = CSVReader(source: MemoryByteSource(sample), dialect: dialect, options: options)
        let source = try CSVRecordSource(reader: reader, displayPath: "t.csv", text: .standard, encoding: encoding,
                                         detectColumns: true, prefixLimit: LayoutEngine.defaultPrefixLimit)
        return source.columnEncodings
    }

    /// Whenever the shortcut skips the re-decision, the re-decision finds nothing: on every
    /// fixture file and on samples made to defeat it (mojibake past the cells the detection
    /// counts, a quote joining two cells, a legacy column).
    @Test func skippedColumnDecisionFindsNothing() throws {
        let mojibake = "Nguyá»…n VÄƒn An"   // "Nguyễn Văn An" read as Windows-1252
        var long = "STT,Họ và tên,Ghi chú\n"
        for i in 1...400 { long += "\(i),Nguyễn Văn \(i),Đã học\n" }
        var late = "STT,Họ và tên,Ghi chú,Khác,Thêm\n"
        for i in 1...150 { late += "\(i),Nguyễn Văn \(i),Đã học,Xóm,\n" }
        late += "151,Lê B,Đã học,Xóm,\(mojibake)\n"
        // The detection counts 300 cells only; the last column's one cell is mojibake.
        #expect(try !Self.columnEncodings(Array(late.utf8), dialect: .comma, encoding: .utf8).isEmpty)
        var samples: [(String, [UInt8])] = Self.rawFiles
        samples.append(("mojibake past 300 cells", Array(late.utf8)))
        samples.append(("long clean", Array(long.utf8)))
        samples.append(("mojibake column", Array((long.prefix(200) + "\n1,\(mojibake),\(mojibake)\n2,\(mojibake),x\n").utf8)))
        samples.append(("quote joining cells", Array("STT,Tên,Ghi chú\n1,\"Nguy\"á»…n,x\n2,Lê Văn,\"a\"Ä‘\n".utf8)))
        samples.append(("clean quotes", Array("STT,Tên,Địa chỉ\n1,Lê Văn,\"Thôn 1, Xã Á\"\n2,\"Hà \"\"Nội\"\"\",\"Xóm 2\"\n".utf8)))
        var proved = 0
        for (name, sample) in samples {
            var cellsUnchanged = false
            let complete = sample.count < DialectSniffer.sampleSize
            let detection = EncodingDetector().detect(sample: sample, isComplete: complete, cellsUnchanged: &cellsUnchanged)
            #expect(detection == EncodingDetector().detect(sample: sample, isComplete: complete), "\(name)")
            guard detection.encoding.isASCIICompatible else { continue }
            let dialect = DialectSniffer.sniff(sample, isWholeInput: complete).dialect
            guard ListFileReader.columnsProvedUTF8(sample, cellsUnchanged: cellsUnchanged, isWholeFile: complete, dialect: dialect) else { continue }
            proved += 1
            #expect(detection.encoding == .utf8, "\(name)")
            #expect(try Self.columnEncodings(sample, dialect: dialect, encoding: detection.encoding).isEmpty, "\(name)")
        }
        #expect(proved >= 10)
    }

    /// The proof fails where the re-decision would change a column.
    @Test func proofFailsOnMojibakeAndJoiningQuotes() {
        let mojibake = "Nguyá»…n VÄƒn An"
        var long = "STT,Họ và tên\n"
        for i in 1...400 { long += "\(i),Nguyễn Văn \(i)\n" }
        for (sample, needsProof) in [(long + "401,\(mojibake)\n", true), ("STT,Tên\n1,\"Nguy\"á»…n\n", false)] {
            let bytes = Array(sample.utf8)
            var cellsUnchanged = false
            _ = EncodingDetector().detect(sample: bytes, isComplete: true, cellsUnchanged: &cellsUnchanged)
            if needsProof {
                #expect(!cellsUnchanged)
            } else {
                #expect(!ListFileReader.columnsProvedUTF8(bytes, cellsUnchanged: cellsUnchanged, isWholeFile: true, dialect: .comma))
            }
        }
        var clean = Array(long.utf8)
        var cellsUnchanged = false
        _ = EncodingDetector().detect(sample: clean, isComplete: true, cellsUnchanged: &cellsUnchanged)
        #expect(cellsUnchanged)
        #expect(ListFileReader.columnsProvedUTF8(clean, cellsUnchanged: true, isWholeFile: true, dialect: .comma))
        #expect(!ListFileReader.columnsProvedUTF8(clean, cellsUnchanged: true, isWholeFile: false, dialect: .comma))
        #expect(!ListFileReader.columnsProvedUTF8(clean, cellsUnchanged: true, isWholeFile: true, dialect: .pipe))
        clean.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0)
        _ = EncodingDetector().detect(sample: clean, isComplete: true, cellsUnchanged: &cellsUnchanged)
        #expect(!cellsUnchanged)
    }
}
