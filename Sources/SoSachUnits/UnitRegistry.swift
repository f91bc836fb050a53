import SoSachText

/// The administrative units of every epoch, loaded once from `Mappings/units/`: legacy and
/// 2025 units with official codes, names, types and parents; the legacy → 2025 commune pairs
/// (with `divided` and the default successor); legacy → 2025 provinces; island districts and
/// other special areas; and the names that were official between 2018-10-16 and 2025-06-30
/// (`changes_pre2025.csv`), chained to their legacy successor so a 2018 list maps like a 2024 one.
///
/// Immutable and `Sendable`: share one instance (`UnitRegistry.shared()`) across threads, and
/// give each worker its own `UnitResolver`.
public final class UnitRegistry: Sendable {
    /// Every unit of both epochs; internal indices point into this array.
    let units: [AdminUnit]
    let legacyProvinceIndex: [String: Int32]
    let legacyDistrictIndex: [String: Int32]
    let legacyCommuneIndex: [String: Int32]
    let provinceIndex: [String: Int32]
    let communeIndex: [String: Int32]
    /// Pairs per legacy commune code, the default first.
    let successorsByLegacyCode: [String: [LegacySuccessor]]
    /// Legacy province code → 2025 province code.
    let provinceMap: [String: String]
    /// 2025 province code → the legacy provinces merged into it.
    let legacyProvincesOf: [String: [String]]
    /// 2025 commune code → the legacy districts its legacy communes were in.
    let sourceDistricts: [String: Set<String>]
    /// Former names (changes_pre2025.csv), in file order.
    public let formerNames: [FormerUnitName]
    /// Legacy areas that are not communes but map to a 2025 commune.
    public let specialAreas: [SpecialArea]
    /// The name index the resolver searches.
    let names: UnitNameIndex
    /// Per unit index: the 2025 commune it leads to (itself for 2025 communes, the default
    /// successor for legacy communes), as a unit index, or -1. The resolver compares these
    /// instead of codes.
    let defaultTarget: [Int32]
    /// Answers of `context(fromText:within:)`: title rows repeat from file to file of a province
    /// (the same commune, district and province), so each text is read once per run.
    let contextMemo = ContextMemo()

    init(units: [AdminUnit], successors: [String: [LegacySuccessor]], provinceMap: [String: String],
         formerNames: [FormerUnitName], specialAreas: [SpecialArea], nicknames: [(String, UnitEpoch, String)]) {
        self.units = units
        var legacyProvinces: [String: Int32] = [:], legacyDistricts: [String: Int32] = [:]
        var legacyCommunes: [String: Int32] = [:], provinces: [String: Int32] = [:], communes: [String: Int32] = [:]
        legacyCommunes.reserveCapacity(10_100)
        communes.reserveCapacity(3_400)
        legacyDistricts.reserveCapacity(720)
        for (offset, unit) in units.enumerated() {
            let index = Int32(offset)
            switch (unit.epoch, unit.level) {
            case (.legacy, .province): legacyProvinces[unit.code] = index
            case (.legacy, .district): legacyDistricts[unit.code] = index
            case (.legacy, .commune): legacyCommunes[unit.code] = index
            case (.current, .province): provinces[unit.code] = index
            case (.current, .commune): communes[unit.code] = index
            case (.current, .district): break
            }
        }
        legacyProvinceIndex = legacyProvinces
        legacyDistrictIndex = legacyDistricts
        legacyCommuneIndex = legacyCommunes
        provinceIndex = provinces
        communeIndex = communes
        successorsByLegacyCode = successors
        self.provinceMap = provinceMap
        legacyProvincesOf = Dictionary(grouping: provinceMap.keys.sorted(), by: { provinceMap[$0]! })
        self.formerNames = formerNames
        self.specialAreas = specialAreas
        var districtsOfNew: [String: Set<String>] = [:]
        districtsOfNew.reserveCapacity(3_400)
        for (legacyCode, pairs) in successors {
            // Index into `units` rather than copying the unit (8 strings to retain).
            guard let index = legacyCommunes[legacyCode] else { continue }
            let district = units[Int(index)].parentCode ?? ""
            for pair in pairs { districtsOfNew[pair.newCommuneCode, default: []].insert(district) }
        }
        sourceDistricts = districtsOfNew
        var targets = [Int32](repeating: -1, count: units.count)
        for (offset, unit) in units.enumerated() where unit.level == .commune {
            if unit.epoch == .current { targets[offset] = Int32(offset) }
            else if let first = successors[unit.code]?.first, let target = communes[first.newCommuneCode] { targets[offset] = target }
        }
        defaultTarget = targets
        names = UnitNameIndex(units: units, formerNames: formerNames, nicknames: nicknames,
                              legacyProvinces: legacyProvinces, provinces: provinces,
                              legacyDistricts: legacyDistricts, legacyCommunes: legacyCommunes)
    }

    // MARK: - Lookup by code

    /// The unit of `epoch` and `level` with `code`, if any (codes are only meaningful with their
    /// epoch: 2025 province 24 is Bắc Ninh, legacy 24 was Bắc Giang).
    public func unit(_ epoch: UnitEpoch, _ level: UnitLevel, code: String) -> AdminUnit? {
        index(epoch, level, code: code).map { units[Int($0)] }
    }

    func index(_ epoch: UnitEpoch, _ level: UnitLevel, code: String) -> Int32? {
        switch (epoch, level) {
        case (.legacy, .province): return legacyProvinceIndex[code]
        case (.legacy, .district): return legacyDistrictIndex[code]
        case (.legacy, .commune): return legacyCommuneIndex[code]
        case (.current, .province): return provinceIndex[code]
        case (.current, .commune): return communeIndex[code]
        case (.current, .district): return nil
        }
    }

    /// All units of one epoch and level, in file order.
    public func units(_ epoch: UnitEpoch, _ level: UnitLevel) -> [AdminUnit] {
        units.filter { $0.epoch == epoch && $0.level == level }
    }

    /// The 2025 communes a legacy commune went to, the default first (empty if unknown).
    public func successors(ofLegacyCommune code: String) -> [LegacySuccessor] {
        successorsByLegacyCode[code] ?? []
    }

    /// The 2025 province a legacy province became part of.
    public func province2025(ofLegacyProvince code: String) -> AdminUnit? {
        provinceMap[code].flatMap { unit(.current, .province, code: $0) }
    }

    /// The 2025 province of a 2025 commune.
    public func province(ofCommune code: String) -> AdminUnit? {
        unit(.current, .commune, code: code).flatMap { unit(.current, .province, code: $0.provinceCode) }
    }

    /// The former names whose unit was, or merged into, the legacy unit `code` of `level`.
    public func formerNames(of level: UnitLevel, legacyCode code: String) -> [FormerUnitName] {
        formerNames.filter { $0.level == level && $0.successorCode == code }
    }

    /// The special area mapped from a legacy district without communes (island districts).
    public func specialArea(ofLegacyDistrict code: String) -> SpecialArea? {
        specialAreas.first { $0.legacyDistrictCode == code && $0.areaName == nil }
    }
}
