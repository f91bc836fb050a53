import SoSachMappings

/// Reads one of the well-formed unit tables in `Mappings/units/` (UTF-8, RFC 4180, header row).
///
/// This is deliberately small: the files are ours and small, so the whole file is read and
/// split in memory. User files go through SoSachText's streaming CSV reader instead.
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
    let rows: [[String]]

    /// Reads `Mappings/<relativePath>`.
    init(_ relativePath: String) throws {
        try self.init(bytes: Mappings.bytes(relativePath), file: relativePath)
    }

    init(bytes: [UInt8], file: String) throws {
        self.file = file
        var records: [[String]] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var index = 0
        let count = bytes.count
        // Skip a UTF-8 byte order mark if an editor added one.
        if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
        field.reserveCapacity(128)
        while index < count {
            let byte = bytes[index]
            if inQuotes {
                if byte == 0x22 {
                    if index + 1 < count && bytes[index + 1] == 0x22 {
                        field.append(0x22)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(byte)
                }
            } else {
                switch byte {
                case 0x22: inQuotes = true
                case 0x2C:
                    fields.append(String(decoding: field, as: UTF8.self))
                    field.removeAll(keepingCapacity: true)
                case 0x0A:
                    fields.append(String(decoding: field, as: UTF8.self))
                    field.removeAll(keepingCapacity: true)
                    records.append(fields)
                    fields = []
                case 0x0D: break
                default: field.append(byte)
                }
            }
            index += 1
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(String(decoding: field, as: UTF8.self))
            records.append(fields)
        }
        guard let header = records.first else {
            throw FormatError(file: file, line: 1, column: 1, name: "", what: "empty table")
        }
        self.header = header
        self.rows = Array(records.dropFirst())
        for (offset, row) in rows.enumerated() where row.count != header.count {
            throw FormatError(file: file, line: offset + 2, column: min(row.count, header.count) + 1,
                              name: "", what: "\(row.count) fields, expected \(header.count)")
        }
    }

    /// The index of a column, or a format error naming the missing column.
    func column(_ name: String) throws -> Int {
        guard let index = header.firstIndex(of: name) else {
            throw FormatError(file: file, line: 1, column: header.count + 1, name: name, what: "missing column")
        }
        return index
    }
}
