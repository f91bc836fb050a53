import SoSachMappings

/// Reads one of the well-formed unit tables in `Mappings/units/` (UTF-8, RFC 4180, header row).
///
/// Deliberately small and fast for our own files: the whole file is read once and split into
/// field offsets; a `String` is made only for the fields the loader asks for. User files go
/// through SoSachText's streaming CSV reader instead.
struct UnitTableReader {
    /// A malformed or unexpected unit table.
    struct FormatError: Error, CustomStringConvertible {
        let file: String
        let line: Int
        let column: Int
        let name: String
        let what: String
        var description: String { "\(file): line \(line), column \(column) '\(name)': \(what)" }
    }

    let file: String
    let header: [String]
    /// Number of data rows.
    let count: Int
    private let bytes: [UInt8]
    /// Per data row and column: start and end byte offsets (end exclusive); a start pointing at
    /// a quote marks a quoted field.
    private let bounds: [Int32]
    private let columns: Int

    /// Reads `Mappings/<relativePath>`.
    init(_ relativePath: String) throws {
        try self.init(bytes: Mappings.bytes(relativePath), file: relativePath)
    }

    init(bytes: [UInt8], file: String) throws {
        self.file = file
        self.bytes = bytes
        var bounds: [Int32] = []
        bounds.reserveCapacity(bytes.count / 6)
        var rowLengths: [Int] = []
        var fieldStart = 0
        var fieldsInRow = 0
        var inQuotes = false
        var index = 0
        let total = bytes.count
        // Skip a UTF-8 byte order mark if an editor added one.
        if total >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3; fieldStart = 3 }
        while index < total {
            let byte = bytes[index]
            if inQuotes {
                if byte == 0x22 {
                    if index + 1 < total && bytes[index + 1] == 0x22 { index += 1 } else { inQuotes = false }
                }
            } else if byte == 0x22 {
                inQuotes = true
            } else if byte == 0x2C || byte == 0x0A {
                var end = index
                if byte == 0x0A && end > fieldStart && bytes[end - 1] == 0x0D { end -= 1 }
                bounds.append(Int32(fieldStart))
                bounds.append(Int32(end))
                fieldsInRow += 1
                fieldStart = index + 1
                if byte == 0x0A {
                    rowLengths.append(fieldsInRow)
                    fieldsInRow = 0
                }
            }
            index += 1
        }
        if fieldStart < total || fieldsInRow > 0 {
            bounds.append(Int32(fieldStart))
            bounds.append(Int32(total))
            rowLengths.append(fieldsInRow + 1)
        }
        guard let columns = rowLengths.first else {
            throw FormatError(file: file, line: 1, column: 1, name: "", what: "empty table")
        }
        for (line, length) in rowLengths.enumerated() where length != columns {
            throw FormatError(file: file, line: line + 1, column: min(length, columns) + 1,
                              name: "", what: "\(length) fields, expected \(columns)")
        }
        self.columns = columns
        self.bounds = bounds
        self.count = rowLengths.count - 1
        var header: [String] = []
        for column in 0..<columns { header.append(Self.decode(bytes, Int(bounds[2 * column]), Int(bounds[2 * column + 1]))) }
        self.header = header
    }

    /// The field of data row `row` (0-based) in `column`.
    @inline(__always)
    func field(_ row: Int, _ column: Int) -> String {
        let slot = 2 * ((row + 1) * columns + column)
        return Self.decode(bytes, Int(bounds[slot]), Int(bounds[slot + 1]))
    }

    /// Whether the field is empty.
    @inline(__always)
    func isEmpty(_ row: Int, _ column: Int) -> Bool {
        let slot = 2 * ((row + 1) * columns + column)
        return bounds[slot] == bounds[slot + 1]
    }

    /// Whether the field equals an ASCII text, without making a String.
    func equals(_ row: Int, _ column: Int, _ text: StaticString) -> Bool {
        let slot = 2 * ((row + 1) * columns + column)
        let start = Int(bounds[slot]), end = Int(bounds[slot + 1])
        guard end - start == text.utf8CodeUnitCount else { return false }
        return text.withUTF8Buffer { expected in
            for offset in 0..<expected.count where bytes[start + offset] != expected[offset] { return false }
            return true
        }
    }

    private static func decode(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        if bytes[start] != 0x22 {
            return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
        }
        // Quoted field: drop the quotes and undouble inner quotes.
        var unquoted: [UInt8] = []
        var index = start + 1
        let last = bytes[end - 1] == 0x22 ? end - 1 : end
        while index < last {
            unquoted.append(bytes[index])
            index += bytes[index] == 0x22 && index + 1 < last && bytes[index + 1] == 0x22 ? 2 : 1
        }
        return String(decoding: unquoted, as: UTF8.self)
    }

    /// The index of a column, or a format error naming the missing column.
    func column(_ name: String) throws -> Int {
        guard let index = header.firstIndex(of: name) else {
            throw FormatError(file: file, line: 1, column: header.count + 1, name: name, what: "missing column")
        }
        return index
    }
}
