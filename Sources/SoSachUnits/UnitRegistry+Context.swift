import Foundation

extension UnitRegistry {
    /// Reads the unit a title row or file name names, as a file context for the resolver.
    ///
    /// Looks for type words followed by a unit name ("UBND XÃ QUÀI CANG", "Phòng GD&ĐT huyện
    /// Tuần Giáo", "PhuongDongTam" — CamelCase and underscores are split), or else for a name
    /// of two words or more ("DS CDHT 2023 Quài Cang"). Several mentions narrow each other
    /// ("xã Quài Cang, huyện Tuần Giáo"); `within` (e.g. from an earlier title row) narrows too.
    /// Returns `nil` when the text names no unit (the national motto rows name none).
    ///
    /// When one written name is both an official name and a former (pre-2019) name of another
    /// unit, the official name wins, as in the resolver: with `within.epoch` unknown or 2025, any
    /// official name (2025 or legacy); with `.legacy` (a list from before 2025-07), a legacy
    /// official name, or else the former name (a 2025 commune cannot be meant then).
    public func context(fromText text: String, within: UnitContext = .none) -> UnitContextMatch? {
        contextMemo.answer(text, within) { readContext(fromText: text, within: within) }
    }

    /// `context(fromText:within:)` without the memo.
    func readContext(fromText text: String, within: UnitContext) -> UnitContextMatch? {
        var tokens = UnitTokenizer.tokenize(Self.splittingCamelCase(text))
        UnitTokenizer.normaliseNumbers(&tokens)
        let folded = tokens.map(\.folded).joined(separator: " ")
        // "Cộng hòa xã hội chủ nghĩa Việt Nam" holds "xã"; "Độc lập - Tự do - Hạnh phúc" names a commune.
        for motto in ["cong hoa xa hoi chu nghia", "doc lap tu do hanh phuc"] where folded.contains(motto) { return nil }

        var found: [UnitLevel: [UnitReading]] = [:]
        var index = 0
        while index < tokens.count {
            guard let word = UnitTypeWord.match(tokens[...], at: index), case .unit(let type) = word.meaning else {
                index += 1
                continue
            }
            let nameStart = index + word.folded.count
            var matched = false
            for end in stride(from: min(tokens.count, nameStart + 6), to: nameStart, by: -1) {
                let span = UnitAddressParser.makeSegment(tokens[nameStart..<end], columnRole: .any)
                for level in type.levels where found[level] == nil {
                    let readings = contextReadings(span, level: level, epoch: within.epoch)
                    if !readings.isEmpty { found[level] = readings; matched = true }
                }
                if matched { index = end; break }
            }
            if !matched { index += 1 }
        }
        if found.isEmpty {
            // No type word: the longest name of two words or more, at any level.
            search: for length in stride(from: min(6, tokens.count), through: 2, by: -1) {
                for start in 0...(tokens.count - length) {
                    let span = UnitAddressParser.makeSegment(tokens[start..<(start + length)], columnRole: .any)
                    guard span.type == nil, span.tokens.count == length else { continue }
                    for level in [UnitLevel.commune, .district, .province] {
                        let readings = contextReadings(span, level: level, epoch: within.epoch)
                        if !readings.isEmpty { found[level] = readings; break search }
                    }
                }
            }
        }
        guard !found.isEmpty else { return nil }
        return narrowContext(found, within: within)
    }

    /// Readings of a span, the exact ones when the text has diacritics and some match exactly;
    /// official names over former ones for the list's epoch (see `context(fromText:within:)`).
    private func contextReadings(_ span: UnitSegment, level: UnitLevel, epoch: UnitEpoch?) -> [UnitReading] {
        guard !span.tokens.isEmpty else { return [] }
        let entries = names.lookup(span.folded, level: level)
        guard !entries.isEmpty else { return [] }
        let exact = span.exact
        let readings = entries.map { entry in
            UnitReading(entry: entry, quality: !span.hasDiacritics || names.entries[Int(entry)].exact == exact ? 3 : 2)
        }
        let best = readings.map(\.quality).max() ?? 0
        let found = readings.filter { $0.quality == best && names.entries[Int($0.entry)].unit >= 0 }
        let former = found.filter { names.entries[Int($0.entry)].kind == .former }
        let official = found.filter { names.entries[Int($0.entry)].kind != .former }
        guard !former.isEmpty, !official.isEmpty else { return found }
        guard epoch == .legacy else { return official }
        let legacyOfficial = official.contains { units[Int(names.entries[Int($0.entry)].unit)].epoch == .legacy }
        return legacyOfficial ? official : former
    }

    /// Units of the found names, each level narrowed by the levels above it and by `within`.
    private func narrowContext(_ found: [UnitLevel: [UnitReading]], within: UnitContext) -> UnitContextMatch? {
        func unitsOf(_ readings: [UnitReading]) -> [AdminUnit] {
            var seen = Set<String>()
            return readings.compactMap { reading -> AdminUnit? in
                let unit = units[Int(names.entries[Int(reading.entry)].unit)]
                return seen.insert("\(unit.epoch.rawValue)|\(unit.level.rawValue)|\(unit.code)").inserted ? unit : nil
            }
        }
        var provinces = unitsOf(found[.province] ?? [])
        var legacyProvinceCodes = Set(provinces.filter { $0.epoch == .legacy }.map(\.code))
        var currentProvinceCodes = Set(provinces.filter { $0.epoch == .current }.map(\.code))
        if provinces.isEmpty {
            if let code = within.legacyProvinceCode { legacyProvinceCodes.insert(code) }
            if let code = within.provinceCode { currentProvinceCodes.insert(code) }
        }
        for code in legacyProvinceCodes { if let new = provinceMap[code] { currentProvinceCodes.insert(new) } }
        func inProvince(_ unit: AdminUnit) -> Bool {
            if legacyProvinceCodes.isEmpty && currentProvinceCodes.isEmpty { return true }
            if unit.epoch == .legacy {
                return legacyProvinceCodes.contains(unit.provinceCode)
                    || currentProvinceCodes.contains(provinceMap[unit.provinceCode] ?? "")
            }
            return currentProvinceCodes.contains(unit.provinceCode)
        }
        var districts = unitsOf(found[.district] ?? []).filter(inProvince)
        if districts.isEmpty, found[.district] == nil, let code = within.legacyDistrictCode,
           let district = unit(.legacy, .district, code: code) { districts = [district] }
        var communes = unitsOf(found[.commune] ?? []).filter(inProvince)
        if !districts.isEmpty {
            let districtCodes = Set(districts.map(\.code))
            let inside = communes.filter { commune in
                commune.epoch == .legacy ? districtCodes.contains(commune.parentCode ?? "")
                    : !(sourceDistricts[commune.code] ?? []).isDisjoint(with: districtCodes)
            }
            if !inside.isEmpty { communes = inside }
        }
        if found[.province] != nil && provinces.count > 1 {
            // "Tỉnh Điện Biên" names the legacy and the 2025 province: one place, two codes.
            provinces = provinces.filter { $0.epoch == .current } + provinces.filter { $0.epoch == .legacy }
        }

        var context = within
        var level = UnitLevel.province
        var matched: [AdminUnit] = []
        if !provinces.isEmpty {
            level = .province
            matched = provinces
            if legacyProvinceCodes.count == 1 { context.legacyProvinceCode = legacyProvinceCodes.first }
            if Set(provinces.filter { $0.epoch == .current }.map(\.code)).count == 1 {
                context.provinceCode = provinces.first { $0.epoch == .current }?.code
            }
        }
        if !districts.isEmpty {
            level = .district
            matched = districts
            let provincesOfDistricts = Set(districts.map(\.provinceCode))
            if provincesOfDistricts.count == 1, let code = provincesOfDistricts.first {
                context.legacyProvinceCode = code
                context.provinceCode = provinceMap[code] ?? context.provinceCode
            }
            if districts.count == 1 { context.legacyDistrictCode = districts[0].code }
        }
        if !communes.isEmpty {
            level = .commune
            let legacy = communes.filter { $0.epoch == .legacy }
            let current = communes.filter { $0.epoch == .current }
            // A legacy commune and the 2025 commune of the same name are one place in two epochs.
            let sameNamePair = legacy.count == 1 && current.count == 1
                && (successorsByLegacyCode[legacy[0].code] ?? []).contains { $0.newCommuneCode == current[0].code }
            matched = sameNamePair ? legacy : communes
            if legacy.count == 1 && (current.isEmpty || sameNamePair) {
                context.legacyCommuneCode = legacy[0].code
                context.legacyDistrictCode = legacy[0].parentCode
                context.legacyProvinceCode = legacy[0].provinceCode
                context.provinceCode = provinceMap[legacy[0].provinceCode]
            }
            if current.count == 1 && (legacy.isEmpty || sameNamePair) {
                context.communeCode = current[0].code
                context.provinceCode = current[0].provinceCode
            }
            if matched.count > 1 {
                let newProvinces = Set(communes.map { $0.epoch == .legacy ? provinceMap[$0.provinceCode] ?? "" : $0.provinceCode })
                if newProvinces.count == 1 { context.provinceCode = newProvinces.first }
            }
        }
        guard !matched.isEmpty else { return nil }
        return UnitContextMatch(context: context, level: level, units: matched)
    }

    /// "PhuongDongTam" → "Phuong Dong Tam"; underscores become spaces.
    static func splittingCamelCase(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasLower = false
        for scalar in text.unicodeScalars {
            if scalar == "_" { result.append(" "); previousWasLower = false; continue }
            let isUpper = scalar.properties.isUppercase
            if isUpper && previousWasLower { result.append(" ") }
            result.append(scalar)
            previousWasLower = scalar.properties.isLowercase
        }
        return String(result)
    }
}
