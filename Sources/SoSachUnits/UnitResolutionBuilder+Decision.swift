import SoSachText

extension UnitResolutionBuilder {
    /// The 2025 commune a reading leads to (the default successor for legacy communes), and the
    /// legacy commune, or `nil` for a former name without a known successor.
    func outcome(_ reading: UnitReading) -> (newCode: String, legacyCode: String?)? {
        guard let unit = unit(of: reading.entry) else { return nil }
        if unit.epoch == .current { return (unit.code, nil) }
        guard let first = registry.successors(ofLegacyCommune: unit.code).first else { return nil }
        return (first.newCommuneCode, unit.code)
    }

    func distinctOutcomes(_ found: [UnitReading]) -> Int {
        Set(found.compactMap { outcome($0)?.newCode }).count
    }

    /// Whether a commune reading lies in one of the legacy districts.
    func inDistrict(_ reading: UnitReading, _ codes: Set<String>) -> Bool {
        let entry = names.entries[Int(reading.entry)]
        if entry.former >= 0, codes.contains(registry.formerNames[Int(entry.former)].oldDistrictCode) { return true }
        guard let unit = unit(of: reading.entry) else { return false }
        if unit.epoch == .legacy { return codes.contains(unit.parentCode ?? "") }
        return !(registry.sourceDistricts[unit.code] ?? []).isDisjoint(with: codes)
    }

    func isLegacy(_ reading: UnitReading) -> Bool {
        names.entries[Int(reading.entry)].former >= 0 || unit(of: reading.entry)?.epoch == .legacy
    }

    /// Keeps `subset` when it is not empty and smaller; flags `unit.by_context` if that decided.
    mutating func narrow(_ current: inout [UnitReading], to subset: [UnitReading], flag: Flag?) {
        guard !subset.isEmpty, subset.count < current.count else { return }
        if let flag, distinctOutcomes(current) > 1 {
            if flag == UnitFlag.byContext { narrowedByContext = true } else { flags.insert(flag) }
        }
        current = subset
    }

    mutating func decide(_ found: [UnitReading], scope: UnitProvinceScope, districtCodes: Set<String>,
                         writtenType: UnitType?, hadDiacritics: Bool) -> UnitResolution {
        var current = found
        let legacyHint = !districtCodes.isEmpty || (scope.isLegacyOnly && !scope.fromContext)
            || writtenType == .thiTran || context.epoch == .legacy
        let currentHint = context.epoch == .current || writtenType == .dacKhu
        // 1. Province. With a legacy hint, legacy readings are weighed on their own first: in
        //    "TT Châu Thành, H. Châu Thành, Vĩnh Long" the 2025 Xã Châu Thành must not win
        //    over the two legacy towns merely because the 2025 province is named.
        if !scope.isEmpty {
            var scoped = inScope(current, scope: scope)
            if legacyHint && !currentHint {
                let legacyScoped = inScope(current.filter { isLegacy($0) }, scope: scope)
                if !legacyScoped.isEmpty { scoped = legacyScoped }
            }
            if scoped.isEmpty && !scope.fromContext {
                flags.insert(UnitFlag.provinceMismatch)
                var result = provinceOnlyResolution(scope: scope, districtCodes: districtCodes)
                result.candidates = candidates(current)
                result.flags = flags.sorted()
                return result
            }
            narrow(&current, to: scoped, flag: scope.fromContext ? UnitFlag.byContext : nil)
        }
        // 2. District.
        if !districtCodes.isEmpty {
            let inside = current.filter { inDistrict($0, districtCodes) }
            if inside.isEmpty { flags.insert(UnitFlag.districtMismatch) } else { current = inside }
        } else if let code = context.legacyDistrictCode {
            narrow(&current, to: current.filter { inDistrict($0, [code]) }, flag: UnitFlag.byContext)
        }
        // 4. Quality.
        current = bestQuality(current)
        if hadDiacritics && current.first?.quality == 2 { flags.insert(UnitFlag.diacritics) }
        // 5. Type word.
        if let writtenType {
            let same = current.filter { names.entries[Int($0.entry)].type == writtenType }
            if same.isEmpty { flags.insert(UnitFlag.typeMismatch) } else { current = same }
        }
        // 6. Epoch.
        if legacyHint && !currentHint {
            narrow(&current, to: current.filter { isLegacy($0) }, flag: context.epoch == .legacy ? UnitFlag.byContext : nil)
        } else if currentHint && !legacyHint {
            narrow(&current, to: current.filter { !isLegacy($0) }, flag: context.epoch == .current ? UnitFlag.byContext : nil)
        }
        // 7. Official names over former ones; readings with a known successor over others.
        narrow(&current, to: current.filter { names.entries[Int($0.entry)].kind != .former }, flag: nil)
        narrow(&current, to: current.filter { outcome($0) != nil }, flag: nil)
        // 8. The file's default commune breaks a remaining tie.
        if distinctOutcomes(current) > 1 {
            let preferred = current.filter { reading in
                guard let result = outcome(reading) else { return false }
                return result.newCode == context.communeCode
                    || (result.legacyCode != nil && result.legacyCode == context.legacyCommuneCode)
            }
            narrow(&current, to: preferred, flag: UnitFlag.byContext)
        }

        if distinctOutcomes(current) > 1 {
            return ambiguous(current)
        }
        return decided(current)
    }

    /// One 2025 commune (or none, for a former name without successor).
    mutating func decided(_ current: [UnitReading]) -> UnitResolution {
        if narrowedByContext { flags.insert(UnitFlag.byContext) }
        let formerReadings = current.filter { names.entries[Int($0.entry)].former >= 0 }
        if !formerReadings.isEmpty && formerReadings.count == current.count {
            flags.insert(UnitFlag.pre2019)
            let uncertain = formerReadings.contains { reading in
                registry.formerNames[Int(names.entries[Int(reading.entry)].former)].confidence != "high"
            }
            if uncertain { flags.insert(UnitFlag.pre2019Uncertain) }
        }
        guard let first = current.first, let result = outcome(first),
              let commune = registry.unit(.current, .commune, code: result.newCode) else {
            var unresolved = provinceOnlyResolution(scope: UnitProvinceScope(), districtCodes: [])
            unresolved.flags = flags.sorted()
            return unresolved
        }
        let province = registry.unit(.current, .province, code: commune.provinceCode)
        let legacyCodes = Set(current.compactMap { outcome($0)?.legacyCode })
        let hasCurrentReading = current.contains { !isLegacy($0) }
        let dividedCodes = legacyCodes.filter { registry.successors(ofLegacyCommune: $0).count > 1 }

        var resolution = UnitResolution(status: .converted, communeCode: commune.code, communeName: commune.name,
                                        provinceCode: province?.code, provinceName: province?.name)
        if !dividedCodes.isEmpty {
            resolution.status = .divided
            flags.insert(UnitFlag.divided)
            var seen = Set<String>()
            for code in dividedCodes.sorted() {
                for pair in registry.successors(ofLegacyCommune: code) where seen.insert(pair.newCommuneCode).inserted {
                    if let candidate = candidate(newCode: pair.newCommuneCode, legacyCode: code, isDefault: pair.isDefault) {
                        resolution.candidates.append(candidate)
                    }
                    if pair.isDefault && pair.defaultBasis == "vau_geometric" { flags.insert(UnitFlag.dividedGeometric) }
                }
            }
            if hasCurrentReading { flags.insert(UnitFlag.epochUnknown) }
        } else if hasCurrentReading {
            // The same 2025 commune either way: no doubt worth a flag.
            resolution.status = .current
        }
        if resolution.status != .current {
            if legacyCodes.count == 1 { resolution.legacyCommuneCode = legacyCodes.first }
            else if legacyCodes.count > 1 { flags.insert(UnitFlag.legacyAmbiguous) }
        }
        resolution.flags = flags.sorted()
        return resolution
    }

    /// Several 2025 communes fit: every reading becomes a candidate.
    mutating func ambiguous(_ current: [UnitReading]) -> UnitResolution {
        var resolution = UnitResolution(status: .ambiguous, candidates: candidates(current))
        let provinces = Set(resolution.candidates.map(\.provinceCode))
        if provinces.count == 1, let code = provinces.first, let province = registry.unit(.current, .province, code: code) {
            resolution.provinceCode = province.code
            resolution.provinceName = province.name
        }
        resolution.flags = flags.sorted()
        return resolution
    }

    /// Candidates for readings, one per (2025 commune, legacy commune), in code order.
    func candidates(_ found: [UnitReading]) -> [UnitCandidate] {
        var seen = Set<String>()
        var result: [UnitCandidate] = []
        for reading in found {
            guard let (newCode, legacyCode) = outcome(reading),
                  seen.insert(newCode + "|" + (legacyCode ?? "")).inserted,
                  let candidate = candidate(newCode: newCode, legacyCode: legacyCode, isDefault: legacyCode != nil)
            else { continue }
            result.append(candidate)
        }
        return result.sorted { ($0.communeCode, $0.legacyCommuneCode ?? "") < ($1.communeCode, $1.legacyCommuneCode ?? "") }
    }

    func candidate(newCode: String, legacyCode: String?, isDefault: Bool) -> UnitCandidate? {
        guard let commune = registry.unit(.current, .commune, code: newCode),
              let province = registry.unit(.current, .province, code: commune.provinceCode) else { return nil }
        var legacyName: String?
        if let legacyCode, let legacy = registry.unit(.legacy, .commune, code: legacyCode) {
            let district = legacy.parentCode.flatMap { registry.unit(.legacy, .district, code: $0) }
            let legacyProvince = registry.unit(.legacy, .province, code: legacy.provinceCode)
            legacyName = [legacy.name, district?.name, legacyProvince?.name].compactMap { $0 }.joined(separator: ", ")
        }
        return UnitCandidate(communeCode: commune.code, communeName: commune.name, provinceCode: province.code,
                             provinceName: province.name, legacyCommuneCode: legacyCode, legacyName: legacyName,
                             isDefault: isDefault)
    }

    /// No commune in the row: a special area, the file's default commune, or only the province.
    mutating func noCommune(scope: UnitProvinceScope, districtCodes: Set<String>) -> UnitResolution {
        if districtCodes.count == 1, let code = districtCodes.first, let area = registry.specialArea(ofLegacyDistrict: code),
           let commune = registry.unit(.current, .commune, code: area.newCommuneCode),
           let province = registry.unit(.current, .province, code: commune.provinceCode) {
            flags.insert(UnitFlag.specialArea)
            return UnitResolution(status: .converted, communeCode: commune.code, communeName: commune.name,
                                  provinceCode: province.code, provinceName: province.name, flags: flags.sorted())
        }
        if let code = context.legacyCommuneCode, context.communeCode == nil || context.epoch == .legacy,
           let index = registry.index(.legacy, .commune, code: code) {
            let entry = entryIndex(ofUnit: index)
            if entry >= 0 {
                flags.insert(UnitFlag.fromContext)
                return decided([UnitReading(entry: entry, quality: 3)])
            }
        }
        if let code = context.communeCode, let commune = registry.unit(.current, .commune, code: code),
           let province = registry.unit(.current, .province, code: commune.provinceCode) {
            flags.insert(UnitFlag.fromContext)
            return UnitResolution(status: .current, communeCode: commune.code, communeName: commune.name,
                                  provinceCode: province.code, provinceName: province.name, flags: flags.sorted())
        }
        if let code = context.legacyCommuneCode, let index = registry.index(.legacy, .commune, code: code) {
            flags.insert(UnitFlag.fromContext)
            let reading = UnitReading(entry: entryIndex(ofUnit: index), quality: 3)
            if reading.entry >= 0 { return decided([reading]) }
        }
        var result = provinceOnlyResolution(scope: scope, districtCodes: districtCodes)
        if result.provinceCode != nil && !scope.fromContext { flags.insert(UnitFlag.provinceOnly) }
        result.flags = flags.sorted()
        return result
    }

    /// The official-name entry of a unit (for the file's default commune).
    func entryIndex(ofUnit unit: Int32) -> Int32 {
        let folded = UnitNameIndex.coreTokens(of: registry.units[Int(unit)].name, type: registry.units[Int(unit)].type)
            .map(\.folded).joined(separator: " ")
        return names.lookup(folded, level: .commune).first { names.entries[Int($0)].unit == unit } ?? -1
    }

    /// `unresolved`, with the 2025 province filled in when the query names exactly one.
    func provinceOnlyResolution(scope: UnitProvinceScope, districtCodes: Set<String>) -> UnitResolution {
        var provinces = scope.weakCurrent
        if provinces.isEmpty {
            for code in districtCodes {
                if let district = registry.unit(.legacy, .district, code: code),
                   let new = registry.provinceMap[district.provinceCode] { provinces.insert(new) }
            }
        }
        var result = UnitResolution(status: .unresolved)
        if provinces.count == 1, let code = provinces.first, let province = registry.unit(.current, .province, code: code) {
            result.provinceCode = province.code
            result.provinceName = province.name
        }
        return result
    }
}
