import Testing
@testable import SoSachText

@Suite struct CSVWriterTests {
    /// Fields → exact bytes written.
    static let quoting: [(fields: [String], written: String)] = [
        (["a", "b"], "a,b\n"),
        (["a,b", "c"], "\"a,b\",c\n"),
        (["say \"hi\""], "\"say \"\"hi\"\"\"\n"),
        (["l1\nl2", "x"], "\"l1\nl2\",x\n"),
        (["cr\r"], "\"cr\r\"\n"),
        ([""], "\"\"\n"),
        (["", ""], ",\n"),
        ([], "\n"),
        (["Nguyễn Văn Đức", "Hà Nội"], "Nguyễn Văn Đức,Hà Nội\n"),
        (["=1+1", "-5", "@x"], "=1+1,-5,@x\n"),
        ([" spaced ", "a;b"], " spaced ,a;b\n"),
    ]

    @Test(arguments: quoting)
    func quotesOnlyWhenNeeded(_ fields: [String], _ written: String) throws {
        let sink = MemoryByteSink()
        var writer = CSVWriter(sink: sink)
        try writer.writeRecord(fields)
        try writer.flush()
        #expect(sink.bytes == Array(written.utf8))
    }

    /// Fields → bytes written in Excel mode (after the BOM).
    static let excel: [(fields: [String], written: String)] = [
        (["=SUM(A1)", "+84", "-5", "@cmd", "\tx", "\rx"], "'=SUM(A1),'+84,'-5,'@cmd,'\tx,\"'\rx\"\n"),
        (["=a,b", "ok", "a=b"], "\"'=a,b\",ok,a=b\n"),
    ]

    @Test(arguments: excel)
    func neutralisesFormulasInExcelMode(_ fields: [String], _ written: String) throws {
        let sink = MemoryByteSink()
        var writer = CSVWriter(sink: sink, options: CSVWriter.Options(delimiter: UInt8(ascii: ","), excelMode: true))
        try writer.writeRecord(fields)
        try writer.flush()
        #expect(sink.bytes == [0xEF, 0xBB, 0xBF] + Array(written.utf8))
    }

    static let roundTrip: [[String]] = [
        ["record_id", "full_name", "flags"],
        ["a.csv:2", "Nguyễn Văn Đức", "name.case;enc.tcvn3"],
        ["", "", ""],
        [""],
        [],
        ["\"", "\"\"", "a\"b", "\"quoted\""],
        ["multi\nline", "cr\rlf\r\n", "tab\there"],
        ["Lê Thị Thủy", "=1+1", "-", "@", " x "],
        ["a,b,c", ";", "|"],
    ]

    @Test(arguments: [CSVDialect.comma, .semicolon, .tab, .pipe], chunkSizes)
    func readsBackWhatItWrote(dialect: CSVDialect, chunk: Int) throws {
        let sink = MemoryByteSink()
        var writer = CSVWriter(sink: sink, dialect: dialect)
        for row in Self.roundTrip { try writer.writeRecord(row) }
        try writer.flush()
        let rows = try readAll(sink.bytes, chunk: chunk, dialect: dialect)
        #expect(rows.map(\.fields) == bytes(Self.roundTrip))
    }

    @Test(arguments: chunkSizes)
    func readsBackExcelModeNeutralised(chunk: Int) throws {
        let sink = MemoryByteSink()
        var writer = CSVWriter(sink: sink, options: CSVWriter.Options(delimiter: UInt8(ascii: ","), excelMode: true))
        for row in Self.roundTrip { try writer.writeRecord(row) }
        try writer.flush()
        let rows = try readAll(sink.bytes, chunk: chunk)
        let expected = Self.roundTrip.map { row in
            row.map { field in
                guard let first = field.utf8.first, Array("=+-@\t\r".utf8).contains(first) else { return field }
                return "'" + field
            }
        }
        #expect(rows.map(\.fields) == bytes(expected))
    }

    @Test func writesByteFieldsAndRecords() throws {
        let reader = CSVReader(source: MemoryByteSource(Array("\"a,b\",c\n".utf8)), dialect: .comma)
        var record = ByteRecord()
        #expect(try reader.readRecord(into: &record))
        let sink = MemoryByteSink()
        var writer = CSVWriter(sink: sink, dialect: .semicolon)
        try writer.writeRecord(record)
        writer.writeField(record[0])
        writer.writeField(Array("d;e".utf8))
        try writer.endRecord()
        try writer.writeRecord(bytes: [Array("x".utf8), Array("y".utf8)])
        try writer.flush()
        #expect(sink.bytes == Array("a,b;c\na,b;\"d;e\"\nx;y\n".utf8))
    }

    @Test(arguments: [false, true])
    func writesIntegersAsTheirDigits(excelMode: Bool) throws {
        let sink = MemoryByteSink()
        var writer = CSVWriter(sink: sink, options: CSVWriter.Options(delimiter: UInt8(ascii: ","), excelMode: excelMode))
        for number in [0, 7, 42, -5, Int.max, Int.min] { writer.writeField(number) }
        writer.writeField(String(12))
        try writer.endRecord()
        try writer.flush()
        // The same bytes as writing the numbers' strings (with `'` before `-` in Excel mode).
        let strings = MemoryByteSink()
        var stringWriter = CSVWriter(sink: strings, options: CSVWriter.Options(delimiter: UInt8(ascii: ","), excelMode: excelMode))
        try stringWriter.writeRecord([0, 7, 42, -5, Int.max, Int.min, 12].map { String($0) })
        try stringWriter.flush()
        #expect(sink.bytes == strings.bytes)
    }

    @Test func writesLongFieldsBeyondTheBuffer() throws {
        let long = String(repeating: "Đức \"", count: 30_000)
        let fields = [long, "y", String(repeating: "z", count: 300_000)]
        let sink = MemoryByteSink()
        var options = CSVWriter.Options()
        options.flushThreshold = 1000
        var writer = CSVWriter(sink: sink, options: options)
        try writer.writeRecord(fields)
        try writer.writeRecord(fields)
        try writer.flush()
        let rows = try readAll(sink.bytes, chunk: 4096)
        #expect(rows.map(\.fields) == bytes([fields, fields]))
    }

    @Test func flushesLargeOutputInBlocks() throws {
        let sink = MemoryByteSink()
        var options = CSVWriter.Options()
        options.flushThreshold = 100
        var writer = CSVWriter(sink: sink, options: options)
        for index in 0..<50 { try writer.writeRecord(["row", String(index)]) }
        #expect(sink.bytes.count >= 100)
        try writer.flush()
        let rows = try readAll(sink.bytes, chunk: .max)
        #expect(rows.count == 50)
    }
}

@Suite struct CSVRandomRoundTripTests {
    /// Random records of fields 0-40 bytes long over an alphabet heavy in delimiters, quotes and
    /// line ends, so that special bytes fall at every offset of the reader's 8-byte scan.
    static func randomRecords(seed: UInt64, count: Int) -> [[[UInt8]]] {
        let alphabet = Array("ab,;\t|\"\r\nđ ".utf8) + [0]
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        return (0..<count).map { _ in
            (0..<(1 + next() % 6)).map { _ in
                let length = next() % 41
                return (0..<length).map { _ in next() % 3 == 0 ? alphabet[next() % alphabet.count] : UInt8(ascii: "x") }
            }
        }
    }

    @Test(arguments: [CSVDialect.comma, .semicolon, .tab, .pipe], chunkSizes)
    func readsBackRandomRecords(dialect: CSVDialect, chunk: Int) throws {
        let records = Self.randomRecords(seed: UInt64(dialect.delimiter), count: 300)
        let sink = MemoryByteSink()
        var writer = CSVWriter(sink: sink, dialect: dialect)
        for record in records { try writer.writeRecord(bytes: record) }
        try writer.flush()
        let rows = try readAll(sink.bytes, chunk: chunk, dialect: dialect)
        #expect(rows.map(\.fields) == records)
        #expect(rows.allSatisfy { !$0.recovered && $0.problem == nil })
    }
}

/// `writeFields` (a spill row's fields at once, copied word by word) writes the bytes of
/// `writeField` on each field.
@Suite struct CSVWriterBatchTests {
    static let rows: [[String]] = [
        [],
        [""],
        ["", ""],
        ["a", "bc", "def", "ghij", "klmno", "pqrstu", "vwxyz01", "23456789", "Nguyễn Văn Đức", "0912345678"],
        ["1234567,", "12345678,", ",1234567", "\"quoted\"", "line\nbreak", "cr\r", "exactly8"],
        ["=SUM(A1)", "+84", "-5", "@cmd", "\tx", "a=b", "", "Lê Thị Thủy, Hà Nội"],
        [String(repeating: "x", count: 63) + ",", String(repeating: "ư", count: 40), String(repeating: "y", count: 17)],
    ]

    @Test(arguments: rows, [false, true])
    func writeFieldsMatchesWriteField(_ row: [String], excel: Bool) throws {
        var options = CSVWriter.Options(delimiter: UInt8(ascii: ","), excelMode: excel)
        options.byteOrderMark = false
        let one = MemoryByteSink(), batch = MemoryByteSink()
        var byField = CSVWriter(sink: one, options: options)
        var byRow = CSVWriter(sink: batch, options: options)
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for field in row {
            ranges.append(bytes.count..<(bytes.count + field.utf8.count))
            bytes.append(contentsOf: field.utf8)
        }
        // Twice in a record, with a field between, as records.csv splices person_id in.
        for field in row { byField.writeField(field) }
        byField.writeField("P1")
        for field in row { byField.writeField(field) }
        try byField.endRecord()
        bytes.withUnsafeBufferPointer { buffer in
            byRow.writeFields(ranges[...], of: buffer)
            byRow.writeField("P1")
            byRow.writeFields(ranges[...], of: buffer)
        }
        try byRow.endRecord()
        try byField.flush()
        try byRow.flush()
        #expect(batch.bytes == one.bytes)
    }
}
