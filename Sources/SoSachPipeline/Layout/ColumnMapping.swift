/// How the columns of one table (one header, or the whole file when there is none) map to
/// canonical fields and extra columns.
///
/// A file holds one mapping per table: two lists pasted one under the other with a second
/// header give two mappings, and the second re-maps the columns for the rows below it.
public struct ColumnMapping: Hashable, Sendable {
    /// The physical lines (1-based) of the header rows merged into this mapping; empty when the
    /// columns were mapped by content or by the mapping file alone.
    public var headerLines: [Int]
    /// One assignment per input column, in column order.
    public var columns: [ColumnAssignment]
    /// How the mapping was found: `header`, `content` (header-less file) or `config`.
    public var source: String
    /// Set when the name parts (family/middle/given) are joined into `full_name`.
    public var joinsNameParts: Bool {
        guard columnsOf(.fullName).isEmpty else { return false }
        return !columnsOf(.givenName).isEmpty || !columnsOf(.familyName).isEmpty
    }

    /// A mapping with the given columns.
    public init(headerLines: [Int], columns: [ColumnAssignment], source: String) {
        self.headerLines = headerLines
        self.columns = columns
        self.source = source
    }

    /// The indexes of the columns assigned to `field`, in column order.
    public func columnsOf(_ field: CanonicalField) -> [Int] {
        columns.filter { $0.role == .field(field) }.map(\.column)
    }

    /// The indexes of the columns with `role`, in column order.
    public func columns(with role: ColumnRole) -> [Int] {
        columns.filter { $0.role == role }.map(\.column)
    }

    /// The names of the extra columns, in column order.
    public var extraColumnNames: [String] {
        columns.compactMap { if case .extra(let name) = $0.role { return name } else { return nil } }
    }
}
