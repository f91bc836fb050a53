/// What is known about the units of a whole file (from its title rows, file name or the
/// user), used to decide between same-named units when a row does not say.
///
/// Codes are given with their epoch because codes are reused (2025 province 24 is Bắc Ninh,
/// legacy 24 was Bắc Giang). Use `UnitRegistry.context(fromText:)` to build one from a title row.
public struct UnitContext: Sendable, Hashable {
    /// Legacy province (63-province epoch).
    public var legacyProvinceCode: String?
    /// 2025 province.
    public var provinceCode: String?
    /// Legacy district.
    public var legacyDistrictCode: String?
    /// Default legacy commune of the file (e.g. "UBND XÃ QUÀI CANG"), used when a row names none.
    public var legacyCommuneCode: String?
    /// Default 2025 commune of the file, used when a row names none.
    public var communeCode: String?
    /// The epoch the list was written in, when known (list year ≤ 2025-06 → `.legacy`). When a
    /// name fits both a legacy and a 2025 unit, this decides.
    public var epoch: UnitEpoch?

    /// A context; every part is optional.
    public init(legacyProvinceCode: String? = nil, provinceCode: String? = nil, legacyDistrictCode: String? = nil,
                legacyCommuneCode: String? = nil, communeCode: String? = nil, epoch: UnitEpoch? = nil) {
        self.legacyProvinceCode = legacyProvinceCode
        self.provinceCode = provinceCode
        self.legacyDistrictCode = legacyDistrictCode
        self.legacyCommuneCode = legacyCommuneCode
        self.communeCode = communeCode
        self.epoch = epoch
    }

    /// No context.
    public static let none = UnitContext()

    /// Whether nothing is known.
    public var isEmpty: Bool { self == .none }

    /// This context with the parts `other` knows added (other's parts win).
    public func merging(_ other: UnitContext) -> UnitContext {
        UnitContext(
            legacyProvinceCode: other.legacyProvinceCode ?? legacyProvinceCode,
            provinceCode: other.provinceCode ?? provinceCode,
            legacyDistrictCode: other.legacyDistrictCode ?? legacyDistrictCode,
            legacyCommuneCode: other.legacyCommuneCode ?? legacyCommuneCode,
            communeCode: other.communeCode ?? communeCode,
            epoch: other.epoch ?? epoch)
    }
}
