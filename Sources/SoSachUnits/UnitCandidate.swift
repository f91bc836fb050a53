/// One possible answer: a 2025 commune (with its province) and the legacy commune it came from
/// when the input named one.
public struct UnitCandidate: Sendable, Hashable, Codable {
    public var communeCode: String
    public var communeName: String
    public var provinceCode: String
    public var provinceName: String
    /// The legacy commune the input named (nil when it named a 2025 unit).
    public var legacyCommuneCode: String?
    /// "Xã Quài Cang, Huyện Tuần Giáo, Tỉnh Điện Biên" for a legacy reading.
    public var legacyName: String?
    /// Whether this 2025 commune is the default successor (for divided communes).
    public var isDefault: Bool

    private enum CodingKeys: String, CodingKey {
        case communeCode = "commune_code", communeName = "commune_name", provinceCode = "province_code"
        case provinceName = "province_name", legacyCommuneCode = "legacy_commune_code", legacyName = "legacy_name"
        case isDefault = "is_default"
    }

    public init(communeCode: String, communeName: String, provinceCode: String, provinceName: String,
                legacyCommuneCode: String? = nil, legacyName: String? = nil, isDefault: Bool = false) {
        self.communeCode = communeCode
        self.communeName = communeName
        self.provinceCode = provinceCode
        self.provinceName = provinceName
        self.legacyCommuneCode = legacyCommuneCode
        self.legacyName = legacyName
        self.isDefault = isDefault
    }
}
