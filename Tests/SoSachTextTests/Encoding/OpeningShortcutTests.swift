import Foundation
import Testing
@testable import SoSachText

/// The shortcuts the list reader's opening takes in this module give what the full work gives:
/// the sniffer without the quoted-field count and without parsing an absent last candidate,
/// the detector's proof that every cell is clean UTF-8, and the prefix read into uninitialised
/// capacity.
@Suite struct OpeningShortcutTests {
    /// Every file of the text fixtures, and samples made for the edge cases.
    static let samples: [[UInt8]] = {
        let root = EncodingFixtures.folder.deletingLastPathComponent()
        let urls = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
            .filter { ["csv", "tsv", "txt"].contains($0.pathExtension) }.sorted { $0.path < $1.path }
        var samples = urls.compactMap { try? [UInt8](Data(contentsOf: $0)) }
        for text in ["", "\n\n", "one line only", "no delimiter\nat all\n", "a|b|c\n1|2|3\n", "a,b\n1,2\n3|4\n",
                     "\"x,y\"\n\"z\"\n", "Họ tên\nNguyễn Văn A\n", "x;y\n\"a\nb\";c\n", "a\tb\n1\t2\n"] {
            samples.append(Array(text.utf8))
        }
        return samples
    }()

    /// The sniffer as it was: the last candidate always parsed, the quoted fields counted.
    static func referenceSniff(_ sample: [UInt8], isWholeInput: Bool) -> SniffedDialect {
        sample.withUnsafeBufferPointer { sample in
            var bytes = UnsafeBufferPointer(rebasing: sample[0..<min(sample.count, DialectSniffer.sampleSize)])
            let whole = isWholeInput && bytes.count == sample.count
            let bom = DialectSniffer.byteOrderMark(bytes)
            if bom == .utf8 { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
            var best: (delimiter: UInt8, width: Int, consistency: Double, records: Int)?
            var fallbackRecords = 0
            for delimiter in DialectSniffer.candidates {
                guard bytes.contains(delimiter) || delimiter == DialectSniffer.candidates.last else { continue }
                let widths = DialectSniffer.recordWidths(bytes, CSVDialect(delimiter: delimiter), isWholeInput: whole)
                fallbackRecords = widths.filter { $0 > 0 }.count
                guard let (width, consistency, records) = DialectSniffer.tableShape(widths) else { continue }
                if let current = best {
                    let clearlyBetter = consistency > current.consistency + 0.1
                    let asGoodAndWider = consistency >= current.consistency - 0.1 && width > current.width
                    if !(clearlyBetter || asGoodAndWider) { continue }
                }
                best = (delimiter, width, consistency, records)
            }
            let dialect = CSVDialect(delimiter: best?.delimiter ?? UInt8(ascii: ","))
            let (quoted, fields) = DialectSniffer.quotedFieldCount(bytes, delimiter: dialect.delimiter)
            return SniffedDialect(dialect: dialect, lineEnding: DialectSniffer.lineEnding(bytes), byteOrderMark: bom,
                                  fieldCount: best?.width ?? 1, consistency: best?.consistency ?? 1,
                                  recordsSampled: best?.records ?? fallbackRecords, quotedFields: quoted, fieldsSampled: fields)
        }
    }

    @Test func sniffMatchesReference() {
        for sample in Self.samples {
            for whole in [true, false] {
                let expected = Self.referenceSniff(sample, isWholeInput: whole)
                #expect(DialectSniffer.sniff(sample, isWholeInput: whole) == expected, "\(String(decoding: sample.prefix(60), as: UTF8.self))")
                var uncounted = expected
                uncounted.quotedFields = 0
                uncounted.fieldsSampled = 0
                #expect(DialectSniffer.sniff(sample, isWholeInput: whole, countingQuotedFields: false) == uncounted)
            }
        }
    }

    /// `cellsUnchanged` as defined: a UTF-8 detection without BOM of a sample that is valid
    /// UTF-8 to its end, whose every non-ASCII cell the repair leaves unchanged.
    static func referenceCellsUnchanged(_ sample: [UInt8], _ detection: EncodingDetection) -> Bool {
        guard detection.encoding == .utf8, !detection.hasByteOrderMark, !detection.isOverride else { return false }
        let delimiters: Set<UInt8> = [0x09, 0x0A, 0x0D, 0x22, 0x2C, 0x3B]
        var decoded = [UInt8]()
        decoded.reserveCapacity(sample.count)
        guard String(validating: sample, as: UTF8.self) != nil else { return false }
        let out = UTF8Buffer(capacity: 256)
        for cell in sample.split(whereSeparator: { delimiters.contains($0) }) where cell.contains(where: { $0 >= 0x80 }) {
            out.removeAll()
            let changed = Array(cell).withUnsafeBufferPointer { MojibakeRepair.repair(segment: $0, into: out).changed }
            if changed { return false }
        }
        return true
    }

    @Test func cellsUnchangedMatchesDefinition() {
        let mojibake = "Nguyá»…n VÄƒn An"
        var many = ""
        for i in 1...400 { many += "\(i),Nguyễn Văn \(i)\n" }
        var samples = Self.samples
        samples += [many, many + "x,\(mojibake)\n", "\(mojibake),a\n" + many, "Ngày;Tên\n1;Lê\u{301}\n", "a,Đ\u{FF}x\n" + many]
            .map { Array($0.utf8) }
        var proved = 0
        for sample in samples {
            for complete in [true, false] {
                var cellsUnchanged = false
                let detection = EncodingDetector().detect(sample: sample, isComplete: complete, cellsUnchanged: &cellsUnchanged)
                #expect(detection == EncodingDetector().detect(sample: sample, isComplete: complete))
                if cellsUnchanged {
                    proved += 1
                    #expect(Self.referenceCellsUnchanged(sample, detection), "\(String(decoding: sample.prefix(60), as: UTF8.self))")
                } else if complete {
                    // Complete samples are proved whenever the definition holds.
                    #expect(!Self.referenceCellsUnchanged(sample, detection), "\(String(decoding: sample.prefix(60), as: UTF8.self))")
                }
            }
        }
        #expect(proved >= 4)
        var cellsUnchanged = true
        _ = EncodingDetector(override: .utf8).detect(sample: Array(many.utf8), isComplete: true, cellsUnchanged: &cellsUnchanged)
        #expect(!cellsUnchanged)
    }

    /// `columnEncoding` decides as `detectColumn` does, for every column of every sample read
    /// as a file of each encoding (legacy columns among them score above and below the bound).
    @Test func columnEncodingMatchesDetectColumn() throws {
        var samples = Self.samples
        for name in ["tcvn3", "vni", "viscii", "windows1258"] {
            let legacy = LegacyEncoder.encode("Họ và tên,Ghi chú\nNguyễn Văn An,Đã học\nTrần Thị Bích,Xóm Đông\nPhạm Ðức,x\n",
                                                   as: TextEncoding(name: name)!)
            samples.append(legacy)
            samples.append(legacy + Array("Lê Văn Tám,Hà Nội\n".utf8))
        }
        var fast = 0
        for sample in samples {
            var columns: [[ArraySlice<UInt8>]] = []
            for line in sample.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }) {
                for (c, field) in line.split(omittingEmptySubsequences: false, whereSeparator: { $0 == 0x2C || $0 == 0x3B || $0 == 0x09 }).enumerated() {
                    while columns.count <= c { columns.append([]) }
                    columns[c].append(ArraySlice(field))
                }
            }
            for fields in columns where !fields.isEmpty {
                for file in EncodingDetector.legacyCandidates + [.utf8, .windows1252, .ascii, .viqr] {
                    let expected = EncodingDetector().detectColumn(fields, fileEncoding: file).encoding
                    #expect(EncodingDetector().columnEncoding(fields, fileEncoding: file) == expected)
                    if expected == file && EncodingDetector.legacyCandidates.contains(file) { fast += 1 }
                }
            }
        }
        #expect(fast > 0)
    }

    /// `readPrefix` reads as many bytes as asked (fewer at the end), in reads of any size.
    @Test func readPrefixReadsTheBytes() throws {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        for count in [0, 1, 100, 4095, 10_000, 10_001, 65_536] {
            let prefix = try ReplayByteSource.readPrefix(of: MemoryByteSource(bytes), count: count)
            #expect(prefix == Array(bytes.prefix(count)))
        }
    }
}
