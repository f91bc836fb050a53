import Testing
@testable import SoSachText

@Suite struct CSVBadInputTests {
    @Test(arguments: chunkSizes)
    func unterminatedQuoteDoesNotSwallowLines(chunk: Int) throws {
        let input = Array("id,name\n1,\"Nguyễn Văn An\n2,Lê Thị Hòa\n3,Trần Bình\n".utf8)
        let rows = try readAll(input, chunk: chunk)
        #expect(rows.map(\.fields) == bytes([["id", "name"], ["1", "\"Nguyễn Văn An"], ["2", "Lê Thị Hòa"], ["3", "Trần Bình"]]))
        #expect(rows.map(\.recovered) == [false, true, false, false])
        #expect(rows.map(\.line) == [1, 2, 3, 4])
        #expect(rows.map(\.lineCount) == [1, 1, 1, 1])
    }

    @Test(arguments: chunkSizes)
    func quotedFieldOverTheLineLimitIsReRead(chunk: Int) throws {
        var options = CSVReader.Options()
        options.maxQuotedFieldLines = 3
        let within = try readAll(Array("\"a\nb\nc\",x\ny\n".utf8), chunk: chunk, options: options)
        #expect(within.map(\.fields) == bytes([["a\nb\nc", "x"], ["y"]]))
        #expect(within.map(\.recovered) == [false, false])
        let over = try readAll(Array("\"a\nb\nc\nd\",x\ny\n".utf8), chunk: chunk, options: options)
        #expect(over.map(\.fields) == bytes([["\"a"], ["b"], ["c"], ["d\"", "x"], ["y"]]))
        #expect(over.map(\.recovered) == [true, false, false, false, false])
        #expect(over.map(\.line) == [1, 2, 3, 4, 5])
    }

    @Test(arguments: chunkSizes)
    func quotedFieldOverTheSizeLimitIsReRead(chunk: Int) throws {
        var options = CSVReader.Options()
        options.maxFieldSize = 8
        options.keepRawBytes = true
        let rows = try readAll(Array("\"0123456789\",a\n\"0123\nx\"\n".utf8), chunk: chunk, options: options)
        // Re-read literally, the first field is still too long: the record is reported.
        #expect(rows.count == 2)
        #expect(rows[0].recovered)
        #expect(rows[0].problem == .fieldTooLarge(field: 0, limit: 8))
        #expect(rows[0].fields.isEmpty)
        #expect(rows[0].raw == Array("\"0123456".utf8))
        #expect(rows[1].fields == bytes([["0123\nx"]])[0])
        #expect(rows[1].line == 2)
    }

    @Test(arguments: chunkSizes)
    func recoveryCanBeTurnedOff(chunk: Int) throws {
        var options = CSVReader.Options()
        options.recoverUnterminatedQuotes = false
        let rows = try readAll(Array("a,\"b\nc,d\n".utf8), chunk: chunk, options: options)
        #expect(rows.map(\.fields) == bytes([["a", "b\nc,d\n"]]))
        #expect(rows.map(\.recovered) == [false])
        #expect(rows.map(\.lineCount) == [2])
        let unended = try readAll(Array("a,\"b\nc".utf8), chunk: chunk, options: options)
        #expect(unended.map(\.lineCount) == [2])
    }

    @Test(arguments: [1, 7, 4096, Int.max])
    func tooLongFieldIsReportedAndSkipped(chunk: Int) throws {
        var options = CSVReader.Options()
        options.maxFieldSize = 1000
        options.keepRawBytes = true
        let long = String(repeating: "x", count: 5000)
        // The too-long record also holds a stray quote: re-read literally, it ends the record.
        let input = Array("a,b\nc,\(long),\"q\nd\ne,f\n".utf8)
        let rows = try readAll(input, chunk: chunk, options: options)
        #expect(rows.map(\.problem) == [nil, .fieldTooLarge(field: 1, limit: 1000), nil, nil])
        #expect(rows.map(\.recovered) == [false, true, false, false])
        #expect(rows.map(\.fields) == bytes([["a", "b"], [], ["d"], ["e", "f"]]))
        #expect(rows.map(\.line) == [1, 2, 3, 4])
        #expect(rows[1].raw == Array(("c," + long).utf8.prefix(1000)))
        #expect(rows[1].byte == 4)
    }

    @Test(arguments: [1, 7, Int.max])
    func tooLargeRecordIsReported(chunk: Int) throws {
        var options = CSVReader.Options()
        options.maxRecordSize = 64
        let record = String(repeating: "ab,", count: 40)
        let rows = try readAll(Array("x\n\(record)\ny\n".utf8), chunk: chunk, options: options)
        #expect(rows.map(\.problem) == [nil, .recordTooLarge(limit: 64), nil])
        #expect(rows.map(\.fields) == bytes([["x"], [], ["y"]]))
        #expect(rows.map(\.line) == [1, 2, 3])
    }

    @Test(arguments: chunkSizes)
    func tooManyFieldsIsReported(chunk: Int) throws {
        var options = CSVReader.Options()
        options.maxFields = 4
        let rows = try readAll(Array("a,b,c,d\na,b,c,d,e\nz".utf8), chunk: chunk, options: options)
        #expect(rows.map(\.problem) == [nil, .tooManyFields(limit: 4), nil])
        #expect(rows.map(\.fields) == bytes([["a", "b", "c", "d"], [], ["z"]]))
    }

    @Test func hundredKilobyteFieldIsRead() throws {
        let field = String(repeating: "Nguyễn ", count: 12_000)
        let rows = try readAll(Array("\(field),\"\(field)\"\n".utf8), chunk: 4096)
        #expect(rows.map(\.fields) == bytes([[field, field]]))
    }

    /// A long input with no line end at all: memory stays bounded by the limits.
    @Test func inputWithoutLineEndsStaysBounded() throws {
        var options = CSVReader.Options()
        options.maxFieldSize = 4096
        options.maxRecordSize = 16 << 10
        options.keepRawBytes = true
        let source = RepeatingByteSource(byte: UInt8(ascii: "x"), count: 8 << 20)
        let reader = CSVReader(source: source, dialect: .comma, options: options)
        var record = ByteRecord()
        #expect(try reader.readRecord(into: &record))
        #expect(record.problem == .fieldTooLarge(field: 0, limit: 4096))
        #expect(record.raw.count == 4096)
        #expect(record.lineCount == 1)
        #expect(!(try reader.readRecord(into: &record)))
        #expect(reader.bufferCapacity <= 64 << 10)
        #expect(reader.byteOffset == 8 << 20)
    }

    /// A stray quote followed by many lines: re-read from the quote, every line a record.
    @Test func strayQuoteBeforeManyLinesIsBounded() throws {
        var lines = "\"stray\n"
        for index in 0..<3000 { lines += "\(index),Nguyễn Văn An\n" }
        let rows = try readAll(Array(lines.utf8), chunk: 4096)
        #expect(rows.count == 3001)
        #expect(rows[0].fields == bytes([["\"stray"]])[0])
        #expect(rows[0].recovered)
        #expect(rows[3000].line == 3001)
        #expect(rows.dropFirst().allSatisfy { $0.fields.count == 2 && !$0.recovered })
    }
}

/// `count` copies of one byte, read without holding them in memory.
final class RepeatingByteSource: ByteSource {
    private let byte: UInt8
    private var left: Int

    init(byte: UInt8, count: Int) {
        self.byte = byte
        left = count
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, left)
        if count > 0 { buffer.baseAddress!.initializeMemory(as: UInt8.self, repeating: byte, count: count) }
        left -= count
        return count
    }
}

@Suite struct CSVTooLargeThenQuotedTests {
    /// A too-long unquoted field, then a quoted field over the size limit: wherever the reader
    /// notices the first problem, the quoted field is re-read literally all the same.
    @Test(arguments: [1, 3, 64, 1000, Int.max])
    func limitsHoldWhileSkipping(chunk: Int) throws {
        var options = CSVReader.Options()
        options.maxFieldSize = 100
        let long = String(repeating: "u", count: 300)
        let quoted = String(repeating: "q", count: 150)
        let input = Array("\(long),\"\(quoted)\nnext,row\n\"ok\"\n".utf8)
        let rows = try readAll(input, chunk: chunk, options: options)
        #expect(rows.map(\.problem) == [.fieldTooLarge(field: 0, limit: 100), nil, nil])
        #expect(rows.map(\.recovered) == [true, false, false])
        #expect(rows.map(\.fields) == bytes([[], ["next", "row"], ["ok"]]))
        #expect(rows.map(\.line) == [1, 2, 3])
    }
}

@Suite struct CSVNoRecoveryTests {
    /// Without recovery, a too-large record whose quoted field never closes is skipped to the
    /// end of the input in bounded memory.
    @Test(arguments: [1, 7, Int.max])
    func skipsAnUnterminatedQuoteToTheEnd(chunk: Int) throws {
        var options = CSVReader.Options()
        options.recoverUnterminatedQuotes = false
        options.maxFieldSize = 16
        options.maxRecordSize = 64
        let quoted = "\"" + String(repeating: "q\n", count: 200)
        let input = Array(("ok\n" + String(repeating: "u", count: 40) + "," + quoted).utf8)
        let rows = try readAll(input, chunk: chunk, options: options)
        #expect(rows.map(\.problem) == [nil, .fieldTooLarge(field: 0, limit: 16)])
        #expect(rows.map(\.lineCount) == [1, 200])
    }
}

@Suite struct RecordProblemTests {
    static let messages: [(problem: RecordProblem, name: String?, message: String)] = [
        (.fieldTooLarge(field: 2, limit: 1_048_576), "Ghi chú",
         "a.csv: line 7, column 3 'Ghi chú': field 3 is longer than 1048576 bytes (the record is not read)"),
        (.fieldTooLarge(field: 0, limit: 10), nil, "a.csv: line 7, column 1: field 1 is longer than 10 bytes (the record is not read)"),
        (.recordTooLarge(limit: 64), "x", "a.csv: line 7: record is longer than 64 bytes"),
        (.tooManyFields(limit: 4), nil, "a.csv: line 7: record has more than 4 fields"),
    ]

    @Test(arguments: messages)
    func printsInTheProjectFormat(_ problem: RecordProblem, _ name: String?, _ message: String) {
        #expect(Array(problem.message(file: "a.csv", line: 7, columnName: name).utf8) == Array(message.utf8))
    }
}
