/// One administrative unit of one epoch, as listed in `units_2025.csv` or `units_legacy.csv`.
public struct AdminUnit: Sendable, Hashable {
    /// The epoch the code belongs to (codes are reused across epochs).
    public let epoch: UnitEpoch
    public let level: UnitLevel
    /// Official code: 2 digits (province), 3 (legacy district), 5 (commune).
    public let code: String
    /// Full official name with its type word ("Phường Hồng Hà", "Phường 1").
    public let name: String
    /// Name without the type word ("Hồng Hà"); numbered units keep it ("Phường 1").
    public let shortName: String
    public let type: UnitType
    /// Legacy: the district of a commune, the province of a district; 2025: the province of a
    /// commune; `nil` for provinces.
    public let parentCode: String?
    /// The province (of the same epoch).
    public let provinceCode: String
    /// Other official spellings with the same type word (tone placement, Roman numerals, …).
    public let nameVariants: [String]

    public init(epoch: UnitEpoch, level: UnitLevel, code: String, name: String, shortName: String,
                type: UnitType, parentCode: String?, provinceCode: String, nameVariants: [String]) {
        self.epoch = epoch
        self.level = level
        self.code = code
        self.name = name
        self.shortName = shortName
        self.type = type
        self.parentCode = parentCode
        self.provinceCode = provinceCode
        self.nameVariants = nameVariants
    }
}
