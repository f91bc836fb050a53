/// The level of an administrative unit.
public enum UnitLevel: String, Sendable, Hashable, CaseIterable, Codable {
    /// Tỉnh or centrally-run thành phố.
    case province
    /// Quận, huyện, thị xã, thành phố thuộc tỉnh (legacy only).
    case district
    /// Xã, phường, thị trấn (legacy) or đặc khu (2025).
    case commune
}
