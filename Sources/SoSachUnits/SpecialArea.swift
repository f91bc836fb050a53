/// A legacy area that was not a commune but maps to a 2025 commune
/// (`legacy_special_areas_to_2025.csv`): island districts without communes that became đặc
/// khu, and Kim Sơn's coastal alluvial area.
public struct SpecialArea: Sendable, Hashable {
    public let legacyDistrictCode: String
    public let legacyDistrictName: String
    public let legacyProvinceCode: String
    /// The area's name when it is not the district itself.
    public let areaName: String?
    public let newCommuneCode: String
}
