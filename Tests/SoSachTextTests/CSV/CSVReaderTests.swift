import Testing
@testable import SoSachText

/// A reader case: input, dialect and the fields expected.
struct ReaderCase: Sendable, CustomTestStringConvertible {
    let name: String
    let input: [UInt8]
    let dialect: CSVDialect
    let expected: [[String]]

    init(_ name: String, _ input: String, _ expected: [[String]], dialect: CSVDialect = .comma) {
        self.name = name
        self.input = Array(input.utf8)
        self.dialect = dialect
        self.expected = expected
    }

    var testDescription: String { name }
}

@Suite struct CSVReaderTests {
    static let cases: [ReaderCase] = [
        ReaderCase("plain LF", "a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]]),
        ReaderCase("no final line end", "a,b\nc,d", [["a", "b"], ["c", "d"]]),
        ReaderCase("CRLF", "a,b\r\nc,d\r\n", [["a", "b"], ["c", "d"]]),
        ReaderCase("lone CR", "a,b\rc,d\r", [["a", "b"], ["c", "d"]]),
        ReaderCase("mixed line ends", "a\rb\r\nc\nd", [["a"], ["b"], ["c"], ["d"]]),
        ReaderCase("quoted delimiter", "\"a,b\",c\n", [["a,b", "c"]]),
        ReaderCase("doubled quotes", "\"say \"\"hi\"\"\",x\n", [["say \"hi\"", "x"]]),
        ReaderCase("only a doubled quote", "\"\"\"\"\n", [["\""]]),
        ReaderCase("embedded LF", "\"line1\nline2\",x\ny\n", [["line1\nline2", "x"], ["y"]]),
        ReaderCase("embedded CRLF", "\"l1\r\nl2\",x\r\n", [["l1\r\nl2", "x"]]),
        ReaderCase("embedded lone CR", "\"l1\rl2\"\rz", [["l1\rl2"], ["z"]]),
        ReaderCase("quote inside unquoted field", "ab\"c,d\"\n", [["ab\"c", "d\""]]),
        ReaderCase("text after closing quote", "\"ab\"c,d\n", [["abc", "d"]]),
        ReaderCase("empty fields", ",,\n", [["", "", ""]]),
        ReaderCase("trailing delimiter", "a,b,\n", [["a", "b", ""]]),
        ReaderCase("empty quoted field", "\"\"\n\"\",\"\"\n", [[""], ["", ""]]),
        ReaderCase("blank lines are empty records", "a\n\nb\n\n", [["a"], [], ["b"], []]),
        ReaderCase("blank CRLF lines", "a\r\n\r\nb", [["a"], [], ["b"]]),
        ReaderCase("only a line end", "\n", [[]]),
        ReaderCase("empty input", "", []),
        ReaderCase("UTF-8 BOM skipped", "\u{FEFF}a,b\n", [["a", "b"]]),
        ReaderCase("only a BOM", "\u{FEFF}", []),
        ReaderCase("BOM then line end", "\u{FEFF}\n", [[]]),
        ReaderCase("ragged rows", "a,b,c\nd\ne,f\n", [["a", "b", "c"], ["d"], ["e", "f"]]),
        ReaderCase("NUL bytes", "a\u{0}b,\u{0}\n", [["a\u{0}b", "\u{0}"]]),
        ReaderCase("quoted then CRLF", "\"a\"\r\n\"b\"\r\n", [["a"], ["b"]]),
        ReaderCase("quote closed at end of input", "a,\"b\"", [["a", "b"]]),
        ReaderCase(
            "Vietnamese semicolon", "Họ và tên;Năm sinh\nNguyễn Văn Đức;1985\n\"Trần Thị Hòa; Hà Nội\";1990\n",
            [["Họ và tên", "Năm sinh"], ["Nguyễn Văn Đức", "1985"], ["Trần Thị Hòa; Hà Nội", "1990"]],
            dialect: .semicolon),
        ReaderCase("tab", "a\tb,c\t\"d\te\"\n", [["a", "b,c", "d\te"]], dialect: .tab),
        ReaderCase("pipe", "a|b|\"c|d\"\n", [["a", "b", "c|d"]], dialect: .pipe),
        ReaderCase("no quoting", "\"a\",b\n", [["\"a\"", "b"]], dialect: CSVDialect(delimiter: UInt8(ascii: ","), quote: nil)),
        ReaderCase("unterminated quote re-read literally", "a,\"b\nc,d\ne\n", [["a", "\"b"], ["c", "d"], ["e"]]),
        ReaderCase("unterminated quote on last line", "a\n\"b,c", [["a"], ["\"b", "c"]]),
        ReaderCase("doubled quote then end of input", "\"a\"\"", [["\"a\"\""]]),
        ReaderCase("lone quote", "\"", [["\""]]),
        ReaderCase("unterminated after a good quoted field", "\"x\",\"y\nz\n", [["x", "\"y"], ["z"]]),
    ]

    @Test(arguments: cases, chunkSizes)
    func readsFieldsInEveryChunking(_ testCase: ReaderCase, chunk: Int) throws {
        let rows = try readAll(testCase.input, chunk: chunk, dialect: testCase.dialect)
        #expect(rows.map(\.fields) == bytes(testCase.expected))
        // Positions and markers do not depend on how the input was cut either.
        let whole = try readAll(testCase.input, chunk: .max, dialect: testCase.dialect)
        #expect(rows == whole)
        #expect(rows.map(\.record) == Array(0..<rows.count))
    }

    @Test(arguments: chunkSizes)
    func stampsPositions(chunk: Int) throws {
        let input = Array("a,b\n\"c\nd\",e\r\nf\rg".utf8)
        let rows = try readAll(input, chunk: chunk)
        #expect(rows.map(\.line) == [1, 2, 4, 5])
        #expect(rows.map(\.byte) == [0, 4, 13, 15])
        #expect(rows.map(\.lineCount) == [1, 2, 1, 1])
        #expect(rows.map(\.record) == [0, 1, 2, 3])
    }

    @Test(arguments: chunkSizes)
    func positionsCountTheSkippedBOM(chunk: Int) throws {
        let rows = try readAll(Array("\u{FEFF}a\nb\n".utf8), chunk: chunk)
        #expect(rows.map(\.byte) == [3, 5])
        #expect(rows.map(\.line) == [1, 2])
    }

    @Test(arguments: chunkSizes)
    func keepsRawBytes(chunk: Int) throws {
        var options = CSVReader.Options()
        options.keepRawBytes = true
        let input = "a,\"b\"\"\"\r\n\nc,\"d\ne\"\r"
        let rows = try readAll(Array(input.utf8), chunk: chunk, options: options)
        #expect(rows.map(\.raw) == bytes([["a,\"b\"\"\"\r\n", "\n", "c,\"d\ne\"\r"]])[0])
    }

    @Test(arguments: chunkSizes)
    func keepsTheBOMIfAsked(chunk: Int) throws {
        var options = CSVReader.Options()
        options.skipUTF8BOM = false
        let rows = try readAll(Array("\u{FEFF}a\n".utf8), chunk: chunk, options: options)
        #expect(rows.map(\.fields) == [[[0xEF, 0xBB, 0xBF, UInt8(ascii: "a")]]])
    }

    @Test(arguments: chunkSizes)
    func skipsBlankLinesIfAsked(chunk: Int) throws {
        var options = CSVReader.Options()
        options.skipBlankLines = true
        let rows = try readAll(Array("a\n\n\r\nb\n".utf8), chunk: chunk, options: options)
        #expect(rows.map(\.fields) == bytes([["a"], ["b"]]))
        #expect(rows.map(\.line) == [1, 4])
        #expect(rows.map(\.record) == [0, 1])
    }

    @Test func reusesTheRecordAndGivesStrings() throws {
        let reader = CSVReader(source: MemoryByteSource(Array("Lê Thị Thủy,1985\nx\n".utf8)), dialect: .comma)
        var record = ByteRecord()
        #expect(try reader.readRecord(into: &record))
        #expect(record.count == 2)
        #expect(Array(record.string(at: 0).utf8) == Array("Lê Thị Thủy".utf8))
        #expect(record.length(at: 1) == 4)
        #expect(try reader.readRecord(into: &record))
        #expect(record.strings == ["x"])
        #expect(!(try reader.readRecord(into: &record)))
        #expect(!(try reader.readRecord(into: &record)))
    }

    @Test func sniffsWhenAsked() throws {
        let input = Array("Họ tên;Năm sinh;Địa chỉ\nAn;1985;Tổ 1, Phường 2\nBình;1990;Xóm 3, Xã 4\n".utf8)
        let reader = try CSVReader(sniffing: MemoryByteSource(input, chunkSize: 5))
        #expect(reader.dialect == .semicolon)
        #expect(reader.sniffed?.fieldCount == 3)
        var record = ByteRecord()
        var widths: [Int] = []
        while try reader.readRecord(into: &record) { widths.append(record.count) }
        #expect(widths == [3, 3, 3])
    }
}
