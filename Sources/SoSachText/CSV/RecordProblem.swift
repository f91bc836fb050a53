/// Why the reader could not give a record's fields. The record is still returned (with its
/// position, the physical lines it spans and the start of its raw bytes) so that the caller can
/// report it and go on; its field count is 0.
///
/// The reader keeps memory bounded: it never holds more than `maxRecordSize` raw bytes or `maxFields` fields
/// of one record, and reads the rest of a record that is too large without keeping it (its
/// quotes parsed as usual, an unterminated one re-read literally as anywhere else).
public enum RecordProblem: Sendable, Hashable, CustomStringConvertible {
    /// The field at the 0-based `field` index is longer than `limit` bytes
    /// (`CSVReader.Options.maxFieldSize`).
    case fieldTooLarge(field: Int, limit: Int)
    /// The record's raw bytes exceed `limit` bytes (`CSVReader.Options.maxRecordSize`) although
    /// no single field does.
    case recordTooLarge(limit: Int)
    /// The record has more than `limit` fields (`CSVReader.Options.maxFields`).
    case tooManyFields(limit: Int)

    /// The 0-based index of the field at fault, when one field is.
    public var field: Int? {
        if case .fieldTooLarge(let field, _) = self { return field }
        return nil
    }

    /// The problem in the project's message format, `file: line L, column C 'name': what`
    /// (the column part only for a field problem, the name only when given).
    public func message(file: String, line: Int, columnName: String? = nil) -> String {
        var text = "\(file): line \(line)"
        if let field {
            text += ", column \(field + 1)"
            if let columnName { text += " '\(columnName)'" }
        }
        return text + ": " + description
    }

    public var description: String {
        switch self {
        case .fieldTooLarge(let field, let limit):
            return "field \(field + 1) is longer than \(limit) bytes (the record is not read)"
        case .recordTooLarge(let limit):
            return "record is longer than \(limit) bytes"
        case .tooManyFields(let limit):
            return "record has more than \(limit) fields"
        }
    }
}
