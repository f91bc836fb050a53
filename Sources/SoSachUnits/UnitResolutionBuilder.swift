import SoSachText

/// Resolves one query (no cache): splits it into parts, finds the province, then the
/// district, then the commune, filters the commune readings and builds the `UnitResolution`.
///
/// Decision order for the commune readings (each step keeps the readings that pass it, and
/// keeps all when none passes, except the province step):
/// 1. inside the province named (strong: same epoch; weak: the other epoch's counterpart);
/// 2. inside the district named (legacy districts; former district names count);
/// 3. the file context (province, district, commune) — flagged `unit.by_context` if it decided;
/// 4. best match quality: exact diacritics > folded > one typo;
/// 5. the type word written (xã / phường / thị trấn …);
/// 6. the epoch hinted (a district or a vanished province named → legacy);
/// 7. official names over former (2018-2025) names.
/// If the remaining readings all lead to one 2025 commune, that is the answer; otherwise the
/// result is `ambiguous` with every reading as a candidate.
struct UnitResolutionBuilder {
    let registry: UnitRegistry
    let query: UnitQuery
    let context: UnitContext
    var flags = Set<Flag>()
    /// Whether any word of the query carries diacritics.
    var queryHasDiacritics = false
    /// The file context narrowed the readings (flagged only if the answer is then decided).
    var narrowedByContext = false

    init(registry: UnitRegistry, query: UnitQuery, context: UnitContext) {
        self.registry = registry
        self.query = query
        self.context = context
    }

    var names: UnitNameIndex { registry.names }

    func unit(of entry: Int32) -> AdminUnit? {
        let index = names.entries[Int(entry)].unit
        return index < 0 ? nil : registry.units[Int(index)]
    }

    // MARK: - Parts

    /// All parts of the query, split further where a part names no unit but its beginning does.
    func segments() -> [UnitSegment] {
        var parts: [UnitSegment] = []
        if let text = query.address { parts += UnitAddressParser.segments(of: text, columnRole: .any) }
        if let text = query.commune { parts += UnitAddressParser.segments(of: text, columnRole: .commune) }
        if let text = query.district { parts += UnitAddressParser.segments(of: text, columnRole: .district) }
        if let text = query.province { parts += UnitAddressParser.segments(of: text, columnRole: .province) }
        return parts.flatMap { refine($0, depth: 0) ?? [$0] }
    }

    /// Whether some unit at one of the part's levels carries its name.
    func isKnown(_ segment: UnitSegment) -> Bool {
        if segment.role == .village || segment.tokens.isEmpty { return false }
        if segment.levels.contains(where: { names.contains(segment.folded, level: $0) }) { return true }
        let whole = segment.allTokens.map(\.folded).joined(separator: " ")
        return names.contains(whole, level: .province)
    }

    /// Splits a part that names no unit into a known beginning and the rest ("Dong Tam Hai Ba
    /// Trung Ha Noi" → "Dong Tam", "Hai Ba Trung", "Ha Noi"); `nil` when no split explains it all.
    func refine(_ segment: UnitSegment, depth: Int) -> [UnitSegment]? {
        if segment.role == .village { return [segment] + (villageTail(segment, depth: depth) ?? []) }
        if isKnown(segment) { return [segment] }
        if let untyped = segment.untyped, isKnown(untyped) { return [untyped] }
        guard depth < 4, segment.tokens.count >= 2, segment.tokens.count <= 16 else { return nil }
        for length in stride(from: segment.tokens.count - 1, through: 1, by: -1) {
            var head = segment
            head.tokens = Array(segment.tokens.prefix(length))
            head.allTokens = head.tokens
            guard isKnown(head) else { continue }
            var rest = UnitAddressParser.makeSegment(segment.tokens[length...], columnRole: .any)
            if rest.type == nil && rest.role == .any && segment.columnRole != .any {
                // The rest of a typed column is untyped: any level above the column's.
                rest.role = .any
            }
            if let tail = refine(rest, depth: depth + 1) { return [head] + tail }
        }
        return nil
    }

    /// Units written after a village in the same part ("thon 5 xa ea tul huyen cu mgar dak
    /// lak"): the shortest village name after which the rest splits into known parts, at least
    /// one of them typed or two of them (so that "Thôn Tân Lập" stays a village).
    func villageTail(_ segment: UnitSegment, depth: Int) -> [UnitSegment]? {
        guard depth < 4, segment.tokens.count >= 3 else { return nil }
        for length in 1..<min(4, segment.tokens.count - 1) {
            let rest = UnitAddressParser.makeSegment(segment.tokens[length...], columnRole: segment.columnRole)
            guard rest.role != .village, let parts = refine(rest, depth: depth + 1) else { continue }
            if parts.count >= 2 || parts.contains(where: { $0.type != nil }) { return parts }
        }
        return nil
    }

    /// Readings of a part at one level. A name without marks ("Nga Thanh") is compared with
    /// its marks when the writer used diacritics elsewhere in the query ("Xã Nga Thanh"): then
    /// it is not the Nga Thành next door.
    func readings(_ segment: UnitSegment, level: UnitLevel, wholeText: Bool = false) -> [UnitReading] {
        let tokens = wholeText ? segment.allTokens : segment.tokens
        guard !tokens.isEmpty else { return [] }
        let folded = tokens.map(\.folded).joined(separator: " ")
        let entries = names.lookup(folded, level: level)
        guard !entries.isEmpty else { return [] }
        let hasDiacritics = queryHasDiacritics || tokens.contains { $0.hasDiacritics }
        let exact = hasDiacritics ? tokens.map(\.exact).joined(separator: " ") : ""
        return entries.map { entry in
            let quality = !hasDiacritics || names.entries[Int(entry)].exact == exact ? 3 : 2
            return UnitReading(entry: entry, quality: quality)
        }
    }

    /// Whether the part (or the whole part, type word included) is a province name.
    func isProvince(_ part: UnitSegment) -> Bool {
        names.contains(part.folded, level: .province)
            || names.contains(part.allTokens.map(\.folded).joined(separator: " "), level: .province)
    }

    /// Readings within one edit (insert, delete, substitute, swap) of the part's folded name.
    func typoReadings(_ segment: UnitSegment, level: UnitLevel) -> [UnitReading] {
        let folded = Array(segment.folded.utf8)
        guard folded.count >= 5 else { return [] }
        var result: [UnitReading] = []
        for key in names.foldedKeys[level.slot] where UnitEditDistance.isWithinOne(folded, key) {
            for entry in names.lookup(key, level: level) { result.append(UnitReading(entry: entry, quality: 1)) }
        }
        return result
    }

    // MARK: - Resolve

    mutating func resolve() -> UnitResolution {
        let parts = segments()
        queryHasDiacritics = parts.contains { $0.allTokens.contains { $0.hasDiacritics } }
        var used = [Bool](repeating: false, count: parts.count)

        // 1. Province: a province part, else a `thành phố` part that is a province, else the
        //    rightmost untyped part that is one.
        var provinceReadings: [UnitReading] = []
        for role in [UnitSegment.Role.province, .city, .any] where provinceReadings.isEmpty {
            for index in parts.indices.reversed() where parts[index].role == role && !used[index] {
                // "TP Huế, Thừa Thiên Huế": a city followed by a province is a district.
                if role == .city && parts[(index + 1)...].contains(where: { $0.role == .any && isProvince($0) }) { continue }
                var found = readings(parts[index], level: .province)
                if found.isEmpty { found = readings(parts[index], level: .province, wholeText: true) }
                if found.isEmpty && role == .province { found = typoReadings(parts[index], level: .province) }
                if !found.isEmpty {
                    provinceReadings = bestQuality(found)
                    used[index] = true
                    break
                }
            }
        }
        var scope = UnitProvinceScope()
        for reading in provinceReadings {
            guard let unit = unit(of: reading.entry) else { continue }
            if unit.epoch == .legacy { scope.legacy.insert(unit.code) } else { scope.current.insert(unit.code) }
            if reading.quality == 1 { flags.insert(UnitFlag.typo) }
        }
        // Flag a nickname only when no official spelling fits ("Dak Lak" is Đắk Lắk written plainly).
        scope.byNickname = !provinceReadings.isEmpty
            && provinceReadings.allSatisfy { names.entries[Int($0.entry)].kind == .nickname }
        if scope.isEmpty {
            if let code = context.legacyProvinceCode { scope.legacy.insert(code) }
            if let code = context.provinceCode { scope.current.insert(code) }
            scope.fromContext = !scope.isEmpty
        }
        if scope.byNickname { flags.insert(UnitFlag.provinceNickname) }
        scope.complete(registry)

        // 2. District (legacy): a district part, a `thành phố` part not used as the province,
        //    else the rightmost untyped part that is a district inside the province.
        var districtCodes = Set<String>()
        var districtPart: Int?
        for role in [UnitSegment.Role.district, .city, .any] where districtPart == nil {
            for index in parts.indices.reversed() where parts[index].role == role && !used[index] {
                var found = inScope(readings(parts[index], level: .district), scope: scope)
                if found.isEmpty && role == .district { found = inScope(typoReadings(parts[index], level: .district), scope: scope) }
                guard !found.isEmpty else { continue }
                found = bestQuality(found)
                for reading in found {
                    guard let unit = unit(of: reading.entry) else { continue }
                    districtCodes.insert(unit.code)
                    let former = names.entries[Int(reading.entry)].former
                    if former >= 0 { districtCodes.insert(registry.formerNames[Int(former)].oldCode) }
                }
                districtPart = index
                used[index] = true
                break
            }
        }

        // 3. Commune: commune parts first, then untyped parts from the right, then untyped
        //    parts read as village that are commune names ("Bản Lầu").
        var communeReadings: [UnitReading] = []
        var communeType: UnitType?
        var communeHadDiacritics = false
        search: for pass in 0..<3 {
            for index in parts.indices.reversed() where !used[index] {
                let part = parts[index]
                var found: [UnitReading] = []
                var chosen = part
                switch (pass, part.role, part.untyped?.role) {
                case (0, .commune, _):
                    (chosen, found) = typedOrUntypedReadings(part, scope: scope, districtCodes: districtCodes)
                case (0, _, .commune?), (1, _, .any?):
                    // "Quan Chu" read as Quận Chu found no district here: it is Xã Quân Chu.
                    chosen = part.untyped ?? part
                    found = readings(chosen, level: .commune)
                case (1, .any, _): found = readings(part, level: .commune)
                case (2, .village, _) where part.columnRole == .any || part.columnRole == .commune:
                    found = readings(part, level: .commune, wholeText: true)
                default: continue
                }
                // Untyped parts must name a commune inside the province (villages are often
                // named like communes elsewhere).
                if pass > 0 && !scope.isEmpty && inScope(found, scope: scope).isEmpty { continue }
                if !found.isEmpty {
                    communeReadings = found
                    communeType = pass == 2 ? nil : chosen.type
                    communeHadDiacritics = queryHasDiacritics
                    break search
                }
            }
        }
        // A typo is looked for only in parts that say they are a commune.
        if communeReadings.isEmpty {
            for index in parts.indices.reversed() where !used[index] && parts[index].role == .commune {
                let found = typoReadings(parts[index], level: .commune)
                let scoped = scope.isEmpty ? found : inScope(found, scope: scope)
                if !scoped.isEmpty && distinctOutcomes(scoped) == 1 {
                    communeReadings = scoped
                    communeType = parts[index].type
                    flags.insert(UnitFlag.typo)
                    break
                }
            }
        }
        // "Tuần Giáo, Điện Biên": an untyped part taken as the district may be the commune.
        if communeReadings.isEmpty, let index = districtPart, parts[index].role == .any {
            let found = inScope(readings(parts[index], level: .commune), scope: scope)
            if !found.isEmpty {
                communeReadings = found
                communeHadDiacritics = queryHasDiacritics
                districtCodes = []
            }
        }

        if communeReadings.isEmpty {
            return noCommune(scope: scope, districtCodes: districtCodes)
        }
        return decide(communeReadings, scope: scope, districtCodes: districtCodes,
                      writtenType: communeType, hadDiacritics: communeHadDiacritics)
    }

    /// Commune readings of a typed part, or of the part read without its type word when only
    /// that reading fits the province and district ("Xa Dung" is Xã Xa Dung, not a Xã Dung
    /// elsewhere).
    func typedOrUntypedReadings(_ part: UnitSegment, scope: UnitProvinceScope,
                         districtCodes: Set<String>) -> (UnitSegment, [UnitReading]) {
        let typed = readings(part, level: .commune)
        guard let untyped = part.untyped else { return (part, typed) }
        let whole = readings(untyped, level: .commune)
        if whole.isEmpty { return (part, typed) }
        if typed.isEmpty { return (untyped, whole) }
        var districts = districtCodes
        if districts.isEmpty, let code = context.legacyDistrictCode { districts = [code] }
        func fits(_ found: [UnitReading]) -> Bool {
            let scoped = scope.isEmpty ? found : inScope(found, scope: scope)
            return districts.isEmpty ? !scoped.isEmpty : scoped.contains { inDistrict($0, districts) }
        }
        return !fits(typed) && fits(whole) ? (untyped, whole) : (part, typed)
    }

    /// Keeps readings inside the province scope: strong ones if any, else weak ones.
    func inScope(_ found: [UnitReading], scope: UnitProvinceScope) -> [UnitReading] {
        guard !scope.isEmpty else { return found }
        var strong: [UnitReading] = [], weak: [UnitReading] = []
        for reading in found {
            switch provinceStrength(reading, scope: scope) {
            case 2: strong.append(reading)
            case 1: weak.append(reading)
            default: break
            }
        }
        return strong.isEmpty ? weak : strong
    }

    func provinceStrength(_ reading: UnitReading, scope: UnitProvinceScope) -> Int {
        let entry = names.entries[Int(reading.entry)]
        if entry.former >= 0 {
            let former = registry.formerNames[Int(entry.former)]
            return scope.strength(epoch: .legacy, province: former.oldProvinceCode)
        }
        guard let unit = unit(of: reading.entry) else { return 0 }
        return scope.strength(epoch: unit.epoch, province: unit.provinceCode)
    }

    /// Keeps the readings of the best match quality.
    func bestQuality(_ found: [UnitReading]) -> [UnitReading] {
        let best = found.map(\.quality).max() ?? 0
        return found.filter { $0.quality == best }
    }
}
