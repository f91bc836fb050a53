@testable import SoSachText

/// The input chunk sizes every reader case runs through (Int.max: the whole input at once).
let chunkSizes = [1, 2, 3, 7, 64, Int.max]

/// One record as read, with everything the reader stamps on it.
struct ReadRow: Equatable, CustomStringConvertible {
    var fields: [[UInt8]]
    var line: Int
    var byte: Int64
    var record: Int
    var lineCount: Int
    var recovered: Bool
    var problem: RecordProblem?
    var raw: [UInt8]

    var strings: [String] { fields.map { String(decoding: $0, as: UTF8.self) } }

    var description: String {
        "\(strings) line \(line) byte \(byte) #\(record) lines \(lineCount)"
            + (recovered ? " recovered" : "") + (problem.map { " \($0)" } ?? "")
    }
}

/// Reads every record of `bytes`, handed to the reader `chunk` bytes at a time.
func readAll(
    _ bytes: [UInt8], chunk: Int, dialect: CSVDialect = .comma, options: CSVReader.Options = CSVReader.Options()
) throws -> [ReadRow] {
    let reader = CSVReader(source: MemoryByteSource(bytes, chunkSize: chunk), dialect: dialect, options: options)
    var record = ByteRecord(fieldBytes: 4, fields: 1)
    var rows: [ReadRow] = []
    while try reader.readRecord(into: &record) {
        rows.append(ReadRow(
            fields: (0..<record.count).map { Array(record[$0]) },
            line: record.position.line, byte: record.position.byte, record: record.position.record,
            lineCount: record.lineCount, recovered: record.recoveredFromUnterminatedQuote,
            problem: record.problem, raw: record.raw))
    }
    return rows
}

/// `rows` of strings as UTF-8 bytes, for comparing fields as bytes.
func bytes(_ rows: [[String]]) -> [[[UInt8]]] {
    rows.map { $0.map { Array($0.utf8) } }
}
