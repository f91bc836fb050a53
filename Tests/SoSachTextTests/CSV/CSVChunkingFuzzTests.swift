import Testing
@testable import SoSachText

/// Random byte soups heavy in quotes, delimiters and line ends, read with tight limits so that
/// every recovery and skipping path runs: whatever the input, the records must not depend on
/// how the input is cut, and positions must tile the input.
@Suite struct CSVChunkingFuzzTests {
    static func soup(seed: UInt64) -> [UInt8] {
        let alphabet = Array("\"\",,\r\n\nab".utf8) + [0]
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        func next() -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(truncatingIfNeeded: state >> 1)
        }
        return (0..<(next() % 300)).map { _ in
            next() % 4 == 0 ? UInt8(ascii: "x") : alphabet[next() % alphabet.count]
        }
    }

    static var options: CSVReader.Options {
        var options = CSVReader.Options()
        options.maxFieldSize = 12
        options.maxRecordSize = 32
        options.maxFields = 5
        options.maxQuotedFieldLines = 3
        options.keepRawBytes = true
        return options
    }

    @Test(arguments: 0..<120)
    func sameRecordsInEveryChunking(seed: Int) throws {
        let input = Self.soup(seed: UInt64(seed))
        let whole = try readAll(input, chunk: .max, options: Self.options)
        for chunk in [1, 2, 3, 7, 64] {
            let rows = try readAll(input, chunk: chunk, options: Self.options)
            #expect(rows == whole, "chunk \(chunk)")
        }
        // Records follow each other: each starts on the line and at the byte the previous ended.
        var line = 1
        var byte: Int64 = 0
        for row in whole {
            #expect(row.line == line)
            #expect(row.byte == byte)
            line += row.lineCount
            if row.problem == nil {
                byte += Int64(row.raw.count)
                #expect(row.fields.allSatisfy { $0.count <= 12 })
            } else {
                #expect(row.fields.isEmpty)
            }
            if row.problem != nil { break }
        }
    }

    @Test(arguments: 0..<120)
    func recoveryOffIsChunkingIndependentToo(seed: Int) throws {
        var options = Self.options
        options.recoverUnterminatedQuotes = false
        let input = Self.soup(seed: UInt64(seed) + 1000)
        let whole = try readAll(input, chunk: .max, options: options)
        for chunk in [1, 3, 7] {
            #expect(try readAll(input, chunk: chunk, options: options) == whole, "chunk \(chunk)")
        }
        #expect(whole.allSatisfy { !$0.recovered })
    }

    /// The soups do reach every path: recoveries and each kind of too-large record.
    @Test func soupsReachEveryPath() throws {
        var kinds: Set<String> = []
        for seed in 0..<120 {
            for row in try readAll(Self.soup(seed: UInt64(seed)), chunk: .max, options: Self.options) {
                if row.recovered { kinds.insert("recovered") }
                switch row.problem {
                case .fieldTooLarge?: kinds.insert("field")
                case .recordTooLarge?: kinds.insert("record")
                case .tooManyFields?: kinds.insert("fields")
                case nil: break
                }
            }
        }
        #expect(kinds == ["recovered", "field", "record", "fields"])
    }
}
