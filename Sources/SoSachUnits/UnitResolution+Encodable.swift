extension UnitResolution: Encodable {
    private enum CodingKeys: String, CodingKey {
        case status, communeCode = "commune_code", communeName = "commune_name", provinceCode = "province_code"
        case provinceName = "province_name", legacyCommuneCode = "legacy_commune_code", candidates, flags
    }

    /// Encodes with the column names of `records.csv` (`commune_code`, …); flags as codes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(communeCode, forKey: .communeCode)
        try container.encode(communeName, forKey: .communeName)
        try container.encode(provinceCode, forKey: .provinceCode)
        try container.encode(provinceName, forKey: .provinceName)
        try container.encode(legacyCommuneCode, forKey: .legacyCommuneCode)
        try container.encode(candidates, forKey: .candidates)
        try container.encode(flags.map(\.code), forKey: .flags)
    }
}
