import SoSachText

/// One table of a file being streamed: its column mapping and the column indexes the row
/// classifier and the row builder use for every row. A class: the engine hands the current
/// section to the per-row functions, and a struct of a dozen arrays would be copied (retained and
/// released field by field) on every row.
final class LayoutSection: Sendable {
    /// The index of the section in the file (0 for the first table).
    let index: Int
    /// The column mapping.
    let mapping: ColumnMapping
    /// Columns of each canonical field, indexed by `CanonicalField.index`.
    let fieldColumns: [[Int]]
    let rowNumberColumn: Int?
    let nameColumns: [Int]
    let dateColumns: [Int]
    let idColumns: [Int]
    let phoneColumns: [Int]
    let maleBirth: Int?
    let femaleBirth: Int?
    let maleMark: Int?
    let femaleMark: Int?
    /// Every column whose cell counts as a canonical value (fields, the two-column form).
    let canonicalColumns: [Int]
    /// (column, index in the reader's extra columns) for every extra column.
    let extras: [(column: Int, slot: Int)]
    /// Columns in the mapping (cells past this are "too many cells").
    let width: Int
    /// `fieldColumns` flattened: (field index, column) in field order, then column order. The
    /// row builder walks plain integers (no inner array retained per field and row).
    let fieldColumnPairs: [(field: Int, column: Int)]

    init(index: Int, mapping: ColumnMapping, extraNames: [String]) {
        self.index = index
        self.mapping = mapping
        fieldColumns = CanonicalField.allCases.map { mapping.columnsOf($0) }
        rowNumberColumn = mapping.columns(with: .rowNumber).first
        nameColumns = mapping.columnsOf(.fullName) + mapping.columnsOf(.familyName) + mapping.columnsOf(.givenName)
        dateColumns = mapping.columnsOf(.birthDate) + mapping.columns(with: .birthDateMale) + mapping.columns(with: .birthDateFemale)
        idColumns = mapping.columnsOf(.nationalID)
        phoneColumns = mapping.columnsOf(.phone)
        maleBirth = mapping.columns(with: .birthDateMale).first
        femaleBirth = mapping.columns(with: .birthDateFemale).first
        maleMark = mapping.columns(with: .genderMaleMark).first
        femaleMark = mapping.columns(with: .genderFemaleMark).first
        canonicalColumns = mapping.columns.filter {
            switch $0.role {
            case .field, .birthDateMale, .birthDateFemale, .genderMaleMark, .genderFemaleMark: return true
            default: return false
            }
        }.map(\.column)
        extras = mapping.columns.compactMap {
            guard case .extra(let name) = $0.role else { return nil }
            return ($0.column, extraNames.firstIndex(of: name) ?? -1)
        }
        width = mapping.columns.count
        fieldColumnPairs = fieldColumns.enumerated().flatMap { field, columns in columns.map { (field, $0) } }
    }

    /// A cell that marks its column ("x", "✓", "1"); empty, "0" and "-" do not.
    static func isMark(_ cell: String) -> Bool { !cell.isEmpty && cell != "0" && cell != "-" }

    /// Builds the data row of `record`.
    func dataRow(_ record: LayoutRecord, extraCount: Int) -> DataRow {
        var row = DataRow(sourceLine: record.line, lineCount: record.lineCount, section: index,
                          extras: Array(repeating: "", count: extraCount), raw: record.raw, flags: record.flags)
        // The first non-empty cell among each field's columns.
        for (field, column) in fieldColumnPairs where row.cells[field].isEmpty {
            let value = record[column]
            if !value.isEmpty { row.cells[field] = value }
        }
        // The two-column form: the year written under "Nam" or "Nữ" gives the gender.
        let male = maleBirth.map { record[$0] } ?? ""
        let female = femaleBirth.map { record[$0] } ?? ""
        if !male.isEmpty || !female.isEmpty {
            if !male.isEmpty && !female.isEmpty {
                row.flags.append("layout.gender_both_columns")
                if row[.birthDate].isEmpty { row[.birthDate] = male }
            } else {
                if row[.birthDate].isEmpty { row[.birthDate] = male.isEmpty ? female : male }
                if row[.gender].isEmpty { row[.gender] = male.isEmpty ? "Nữ" : "Nam" }
            }
        }
        let maleMarked = maleMark.map { LayoutSection.isMark(record[$0]) } ?? false
        let femaleMarked = femaleMark.map { LayoutSection.isMark(record[$0]) } ?? false
        if maleMarked && femaleMarked {
            row.flags.append("layout.gender_both_columns")
        } else if (maleMarked || femaleMarked) && row[.gender].isEmpty {
            row[.gender] = maleMarked ? "Nam" : "Nữ"
        } else if row[.gender].isEmpty, (maleMark == nil) != (femaleMark == nil) {
            // A lone "Nữ" column (the usual way to count women): unmarked means the other gender.
            row[.gender] = maleMark == nil ? "Nam" : "Nữ"
            row.flags.append("layout.gender_implied")
        }
        if row[.fullName].isEmpty {
            let parts = [row[.familyName], row[.middleName], row[.givenName]].filter { !$0.isEmpty }
            if !parts.isEmpty { row[.fullName] = parts.joined(separator: " ") }
        }
        for (column, slot) in extras {
            let value = record[column]
            if slot >= 0 { row.extras[slot] = value }
        }
        return row
    }
}
