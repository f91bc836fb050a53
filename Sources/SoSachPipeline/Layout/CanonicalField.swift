/// A field of the canonical dataset that a column of an input list can be mapped to.
///
/// The raw values are the column names of `records.csv` (DESIGN.md) or, for the unit and
/// address parts that `records.csv` only holds after resolution, the names the mapping file and
/// `sosach inspect` use. Birth years are mapped to `birthDate` too: `records.csv` writes a date
/// "as precise as the input", so a year is a date with year precision.
public enum CanonicalField: String, CaseIterable, Codable, Sendable, Comparable {
    /// The whole name; when the input splits it, the parts joined with single spaces.
    case fullName = "full_name"
    /// The family name ("Họ"), or family plus middle names ("Họ đệm", "Họ và tên đệm").
    case familyName = "family_name"
    /// The middle name(s) ("Tên đệm", "Chữ đệm").
    case middleName = "middle_name"
    /// The given name ("Tên" after a "Họ"/"Họ đệm" column).
    case givenName = "given_name"
    /// A full date, a month or a year of birth, as written.
    case birthDate = "birth_date"
    /// Gender as written ("Nam", "Nữ", "x" marks already turned into "Nam"/"Nữ").
    case gender
    /// CCCD / CMND / personal ID number as written.
    case nationalID = "national_id"
    /// Phone number as written.
    case phone
    /// Hamlet-level unit: thôn, xóm, ấp, bản, buôn, làng, tổ dân phố, khu phố, khối …
    case village
    /// Commune-level unit: xã, phường, thị trấn, đặc khu.
    case commune
    /// District-level unit (before 2025): huyện, quận, thị xã, thành phố thuộc tỉnh.
    case district
    /// Province-level unit: tỉnh, thành phố trực thuộc trung ương.
    case province
    /// A free-text address (thường trú, nơi ở hiện nay …) to resolve units from.
    case address

    /// The position of the field in `CanonicalField.allCases` (storage index of `DataRow`).
    /// A switch, not a dictionary: it is read for every cell of every row.
    public var index: Int {
        switch self {
        case .fullName: return 0
        case .familyName: return 1
        case .middleName: return 2
        case .givenName: return 3
        case .birthDate: return 4
        case .gender: return 5
        case .nationalID: return 6
        case .phone: return 7
        case .village: return 8
        case .commune: return 9
        case .district: return 10
        case .province: return 11
        case .address: return 12
        }
    }

    public static func < (lhs: CanonicalField, rhs: CanonicalField) -> Bool { lhs.index < rhs.index }
}
