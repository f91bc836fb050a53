/// What one input column is used for.
///
/// Besides canonical fields, a list may carry the two-column gender form: "Năm sinh" spanning
/// "Nam" | "Nữ" (the year written under one of them gives both the birth date and the gender),
/// or "Giới tính" spanning "Nam" | "Nữ" with a mark ("x") in one of them.
public enum ColumnRole: Hashable, Sendable {
    /// The column holds a canonical field.
    case field(CanonicalField)
    /// The row number (STT): used to recognise data rows, not copied to the output.
    case rowNumber
    /// A birth date written in the "Nam" column of the two-column form (gender male).
    case birthDateMale
    /// A birth date written in the "Nữ" column of the two-column form (gender female).
    case birthDateFemale
    /// A mark ("x", "X", "✓") in the "Nam" column: gender male.
    case genderMaleMark
    /// A mark in the "Nữ" column: gender female.
    case genderFemaleMark
    /// An unmapped column kept as an extra output column with this name (`x_` + folded header).
    case extra(String)
    /// An empty column (no header, no content) or one the mapping file says to ignore.
    case ignored

    /// The name used by `sosach inspect`, the JSON report and the mapping file:
    /// the canonical field name, `row_number`, `birth_date_male`, `birth_date_female`,
    /// `gender_male`, `gender_female`, the extra column's name, or `ignore`.
    public var name: String {
        switch self {
        case .field(let field): return field.rawValue
        case .rowNumber: return "row_number"
        case .birthDateMale: return "birth_date_male"
        case .birthDateFemale: return "birth_date_female"
        case .genderMaleMark: return "gender_male"
        case .genderFemaleMark: return "gender_female"
        case .extra(let name): return name
        case .ignored: return "ignore"
        }
    }

    /// Parses a role name as written in the mapping file (see `name`); names starting with
    /// `x_` are extra columns. Returns nil for an unknown name.
    public init?(name: String) {
        if let field = CanonicalField(rawValue: name) { self = .field(field); return }
        switch name {
        case "row_number": self = .rowNumber
        case "birth_date_male": self = .birthDateMale
        case "birth_date_female": self = .birthDateFemale
        case "gender_male": self = .genderMaleMark
        case "gender_female": self = .genderFemaleMark
        case "ignore": self = .ignored
        default:
            guard name.hasPrefix("x_"), name.count > 2 else { return nil }
            self = .extra(name)
        }
    }
}
