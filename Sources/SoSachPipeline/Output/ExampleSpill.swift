/// The problem examples of a file (`FileOutcome.examples`) kept in a worker's spill file
/// instead of memory, so that memory does not grow with the number of files: report.json only
/// needs the first few examples of its top problems, read back in file order at the end.
///
/// One `RecordSpill` row per problem code, codes in byte order: the code, then the record id
/// and the value of each example.
enum ExampleSpill {
    /// Appends `examples` to `writer`; returns where they lie.
    static func append(_ examples: [String: [RunReport.Example]], to writer: BufferedFileWriter) throws -> Range<Int64> {
        let start = writer.offset
        for (code, list) in examples.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            var fields = [code]
            for example in list { fields += [example.recordId, example.value] }
            let before = writer.buffer.count
            RecordSpill.append(fields: fields, to: &writer.buffer)
            try writer.didAppend(writer.buffer.count - before)
        }
        return start..<writer.offset
    }

    /// Calls `body` with each problem code in `range` and its examples.
    static func forEach(in range: Range<Int64>, of reader: SpillRangeReader, buffer: inout [UInt8],
                        _ body: (String, [RunReport.Example]) throws -> Void) throws {
        var entry = RecordSpill.Entry()
        try reader.forEachEntry(in: range, buffer: &buffer, entry: &entry) { entry, bytes, _ in
            func text(_ index: Int) -> String { String(decoding: bytes[entry.fields[index]], as: UTF8.self) }
            guard entry.fields.count % 2 == 1 else { throw OutputError(message: "\(reader.path): spill file is damaged") }
            let examples = stride(from: 1, to: entry.fields.count, by: 2).map {
                RunReport.Example(recordId: text($0), value: text($0 + 1))
            }
            try body(text(0), examples)
        }
    }

    /// The examples in `range`, by code.
    static func read(_ range: Range<Int64>, of reader: SpillRangeReader) throws -> [String: [RunReport.Example]] {
        var buffer: [UInt8] = []
        var examples: [String: [RunReport.Example]] = [:]
        try forEach(in: range, of: reader, buffer: &buffer) { examples[$0] = $1 }
        return examples
    }
}
