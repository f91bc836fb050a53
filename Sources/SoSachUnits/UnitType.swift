/// The type word of an administrative unit, as written in official names. Raw values are the
/// lower-case Vietnamese words used in the `type` column of `Mappings/units/*.csv`.
public enum UnitType: String, Sendable, Hashable, CaseIterable, Codable {
    case tinh = "tỉnh"
    case thanhPho = "thành phố"
    case quan = "quận"
    case huyen = "huyện"
    case thiXa = "thị xã"
    case phuong = "phường"
    case xa = "xã"
    case thiTran = "thị trấn"
    case dacKhu = "đặc khu"

    /// The levels a unit of this type can be at (`thành phố` is a province or a district).
    public var levels: [UnitLevel] {
        switch self {
        case .tinh: return [.province]
        case .thanhPho: return [.province, .district]
        case .quan, .huyen, .thiXa: return [.district]
        case .phuong, .xa, .thiTran, .dacKhu: return [.commune]
        }
    }
}
