import SoSachMappings

extension UnitRegistry {
    /// The files read from `Mappings/units/`.
    static let tableFiles = [
        "units/units_2025.csv", "units/units_legacy.csv", "units/legacy_to_2025.csv",
        "units/provinces_legacy_to_2025.csv", "units/legacy_special_areas_to_2025.csv",
        "units/changes_pre2025.csv", "units/province_nicknames.csv",
    ]

    private static let sharedResult: Result<UnitRegistry, any Error> = Result { try UnitRegistry.load() }

    /// The registry loaded once per process from `Mappings/units/` (thread-safe, lazy).
    public static func shared() throws -> UnitRegistry {
        try sharedResult.get()
    }

    /// Loads a new registry from `Mappings/units/` (prefer `shared()`; this is for tests and
    /// load-time measurement).
    public static func load() throws -> UnitRegistry {
        var units: [AdminUnit] = []
        units.reserveCapacity(14_200)
        try readUnits("units/units_2025.csv", epoch: .current, into: &units)
        try readUnits("units/units_legacy.csv", epoch: .legacy, into: &units)

        let pairsTable = try UnitTableReader("units/legacy_to_2025.csv")
        let (pLegacy, pNew, pDefault, pDivided, pNote, pBasis) = try (
            pairsTable.column("legacy_commune_code"), pairsTable.column("new_commune_code"),
            pairsTable.column("is_default"), pairsTable.column("divided"),
            pairsTable.column("gso_note"), pairsTable.column("default_basis"))
        var successors: [String: [LegacySuccessor]] = [:]
        successors.reserveCapacity(10_100)
        for row in 0..<pairsTable.count {
            let pair = LegacySuccessor(
                legacyCommuneCode: pairsTable.field(row, pLegacy), newCommuneCode: pairsTable.field(row, pNew),
                isDefault: pairsTable.equals(row, pDefault, "true"), divided: pairsTable.equals(row, pDivided, "true"),
                note: pairsTable.field(row, pNote), defaultBasis: pairsTable.field(row, pBasis))
            // Keep the default pair first so `first` is what a divided commune writes.
            if pair.isDefault { successors[pair.legacyCommuneCode, default: []].insert(pair, at: 0) }
            else { successors[pair.legacyCommuneCode, default: []].append(pair) }
        }

        let provincesTable = try UnitTableReader("units/provinces_legacy_to_2025.csv")
        let (prLegacy, prNew) = try (provincesTable.column("legacy_province_code"), provincesTable.column("new_province_code"))
        var provinceMap: [String: String] = [:]
        for row in 0..<provincesTable.count { provinceMap[provincesTable.field(row, prLegacy)] = provincesTable.field(row, prNew) }

        let specialTable = try UnitTableReader("units/legacy_special_areas_to_2025.csv")
        let (sDistrict, sDistrictName, sProvince, sArea, sNew) = try (
            specialTable.column("legacy_district_code"), specialTable.column("legacy_district_name"),
            specialTable.column("legacy_province_code"), specialTable.column("legacy_area_name"),
            specialTable.column("new_commune_code"))
        let specialAreas = (0..<specialTable.count).map { row in
            SpecialArea(legacyDistrictCode: specialTable.field(row, sDistrict), legacyDistrictName: specialTable.field(row, sDistrictName),
                        legacyProvinceCode: specialTable.field(row, sProvince),
                        areaName: specialTable.isEmpty(row, sArea) ? nil : specialTable.field(row, sArea),
                        newCommuneCode: specialTable.field(row, sNew))
        }

        let changes = try UnitTableReader("units/changes_pre2025.csv")
        let (cLevel, cCode, cName, cDistrict, cDistrictName, cProvince, cType, cSuccessor, cSuccessorName, cDate, cConfidence) = try (
            changes.column("level"), changes.column("old_code"), changes.column("old_name"),
            changes.column("old_district_code"), changes.column("old_district_name"),
            changes.column("old_province_code"), changes.column("change_type"), changes.column("successor_code"),
            changes.column("successor_name"), changes.column("effective_date"), changes.column("confidence"))
        var formerNames: [FormerUnitName] = []
        formerNames.reserveCapacity(changes.count)
        for row in 0..<changes.count {
            guard let level = UnitLevel(rawValue: changes.field(row, cLevel)) else {
                throw UnitTableReader.FormatError(file: changes.file, line: row + 2, column: cLevel + 1,
                                                  name: "level", what: "unknown level '\(changes.field(row, cLevel))'")
            }
            let name = changes.field(row, cName)
            formerNames.append(FormerUnitName(
                level: level, oldCode: changes.field(row, cCode), oldName: name, oldType: UnitType.prefixing(name),
                oldDistrictCode: changes.field(row, cDistrict), oldDistrictName: changes.field(row, cDistrictName),
                oldProvinceCode: changes.field(row, cProvince), changeType: changes.field(row, cType),
                successorCode: changes.isEmpty(row, cSuccessor) ? nil : changes.field(row, cSuccessor),
                successorName: changes.field(row, cSuccessorName), effectiveDate: changes.field(row, cDate),
                confidence: changes.field(row, cConfidence)))
        }

        let nicknameTable = try UnitTableReader("units/province_nicknames.csv")
        let (nAlias, nEpoch, nCode) = try (nicknameTable.column("alias"), nicknameTable.column("epoch"),
                                           nicknameTable.column("province_code"))
        var nicknames: [(String, UnitEpoch, String)] = []
        for row in 0..<nicknameTable.count {
            guard let epoch = UnitEpoch(rawValue: nicknameTable.field(row, nEpoch)) else {
                throw UnitTableReader.FormatError(file: nicknameTable.file, line: row + 2, column: nEpoch + 1,
                                                  name: "epoch", what: "unknown epoch '\(nicknameTable.field(row, nEpoch))'")
            }
            nicknames.append((nicknameTable.field(row, nAlias), epoch, nicknameTable.field(row, nCode)))
        }

        return UnitRegistry(units: units, successors: successors, provinceMap: provinceMap,
                            formerNames: formerNames, specialAreas: specialAreas, nicknames: nicknames)
    }

    /// Reads `units_2025.csv` (no districts; `province_code` is the parent of communes) or
    /// `units_legacy.csv` (`parent_code`).
    private static func readUnits(_ file: String, epoch: UnitEpoch, into units: inout [AdminUnit]) throws {
        let table = try UnitTableReader(file)
        let (level, code, name, shortName, type, province, variants) = try (
            table.column("level"), table.column("code"), table.column("name"), table.column("short_name"),
            table.column("type"), table.column("province_code"), table.column("name_variants"))
        let parent = epoch == .legacy ? try table.column("parent_code") : nil
        for row in 0..<table.count {
            // Byte comparisons: a String switch per row costs more than the rest of the row.
            let unitLevel: UnitLevel? = table.equals(row, level, "commune") ? .commune
                : table.equals(row, level, "district") ? .district : table.equals(row, level, "province") ? .province : nil
            guard let unitLevel else {
                throw UnitTableReader.FormatError(file: file, line: row + 2, column: level + 1,
                                                  name: "level", what: "unknown level '\(table.field(row, level))'")
            }
            guard let unitType = UnitType.fromTable(table, row, type) else {
                throw UnitTableReader.FormatError(file: file, line: row + 2, column: type + 1,
                                                  name: "type", what: "unknown type '\(table.field(row, type))'")
            }
            let provinceCode = table.field(row, province)
            let parentCode: String?
            if let parent { parentCode = table.isEmpty(row, parent) ? nil : table.field(row, parent) }
            else { parentCode = unitLevel == .province ? nil : provinceCode }
            units.append(AdminUnit(
                epoch: epoch, level: unitLevel, code: table.field(row, code), name: table.field(row, name),
                shortName: table.field(row, shortName), type: unitType, parentCode: parentCode, provinceCode: provinceCode,
                nameVariants: table.isEmpty(row, variants) ? [] : table.field(row, variants).split(separator: "|").map(String.init)))
        }
    }
}
