/// The names of every unit, keyed by folded name (without type word), per level.
///
/// Folded keys only find candidates; the exact key (diacritics kept, tone placement ignored)
/// then decides between them when the input has diacritics, because 22 legacy pairs in one
/// district and 10 2025 pairs in one province differ only by their marks.
struct UnitNameIndex: Sendable {
    let entries: [UnitNameEntry]
    /// Per level (`UnitLevel.slot`): folded key → entry indices.
    let byFolded: [[String: [Int32]]]
    /// Per level: the distinct folded keys, for the one-typo search.
    let foldedKeys: [[String]]

    init(units: [AdminUnit], formerNames: [FormerUnitName], nicknames: [(String, UnitEpoch, String)],
         legacyProvinces: [String: Int32], provinces: [String: Int32],
         legacyDistricts: [String: Int32], legacyCommunes: [String: Int32]) {
        var entries: [UnitNameEntry] = []
        entries.reserveCapacity(36_000)
        /// Entries of each unit (official name and variants are added together).
        var rangeOfUnit = [Range<Int>](repeating: 0..<0, count: units.count)
        var scratch = KeyScratch()
        func add(level: UnitLevel, unit: Int32, former: Int32, kind: UnitNameEntry.Kind, type: UnitType?,
                 keys: (folded: String, exact: String), dedupeAgainst range: Range<Int>) {
            let (folded, exact) = keys
            guard !folded.isEmpty else { return }
            // One entry per (unit, name, type): variants differing only in tone placement, and
            // former names equal to the official one (a unit that only moved district), collapse.
            // Bytes, not String ==, which would compare canonical equivalence.
            for index in range where entries[index].type == type && entries[index].exact.utf8.elementsEqual(exact.utf8) { return }
            entries.append(UnitNameEntry(level: level, unit: unit, former: former, kind: kind,
                                         folded: folded, exact: exact, type: type))
        }
        for (offset, unit) in units.enumerated() {
            let start = entries.count
            add(level: unit.level, unit: Int32(offset), former: -1, kind: .official, type: unit.type,
                keys: Self.coreKeys(of: unit.name, type: unit.type, scratch: &scratch), dedupeAgainst: start..<start)
            for variant in unit.nameVariants {
                let type = UnitType.prefixing(variant) ?? unit.type
                add(level: unit.level, unit: Int32(offset), former: -1, kind: .variant, type: type,
                    keys: Self.coreKeys(of: variant, type: type, scratch: &scratch), dedupeAgainst: start..<entries.count)
            }
            rangeOfUnit[offset] = start..<entries.count
        }
        for (offset, former) in formerNames.enumerated() where former.changeType != "gso_listing_artifact" {
            var target: Int32 = -1
            if let successor = former.successorCode {
                target = (former.level == .commune ? legacyCommunes[successor] : legacyDistricts[successor]) ?? -1
            }
            add(level: former.level, unit: target, former: Int32(offset), kind: .former, type: former.oldType,
                keys: Self.coreKeys(of: former.oldName, type: former.oldType, scratch: &scratch),
                dedupeAgainst: target >= 0 ? rangeOfUnit[Int(target)] : 0..<0)
        }
        for (alias, epoch, code) in nicknames {
            guard let unit = epoch == .legacy ? legacyProvinces[code] : provinces[code] else { continue }
            var tokens = UnitTokenizer.tokenize(alias)
            UnitTokenizer.normaliseNumbers(&tokens)
            add(level: .province, unit: unit, former: -1, kind: .nickname, type: nil,
                keys: (tokens.map(\.folded).joined(separator: " "), tokens.map(\.exact).joined(separator: " ")),
                dedupeAgainst: 0..<0)
        }
        var byFolded = [[String: [Int32]]](repeating: [:], count: 3)
        byFolded[2].reserveCapacity(14_000)
        for (offset, entry) in entries.enumerated() {
            byFolded[entry.level.slot][entry.folded, default: []].append(Int32(offset))
        }
        self.entries = entries
        self.byFolded = byFolded
        self.foldedKeys = byFolded.map { Array($0.keys) }
    }

    /// The tokens of a name without its leading type word, numbers without leading zeros and a
    /// lone Roman numeral read as a number ("Phường IV" → "4", "Phường 05" → "5").
    static func coreTokens(of name: String, type: UnitType?) -> [UnitToken] {
        var tokens = UnitTokenizer.tokenize(name)
        if let type {
            let typeTokens = Self.typeTokens(type)
            if tokens.count > typeTokens.count,
               zip(tokens, typeTokens).allSatisfy({ $0.folded == $1.folded }) {
                tokens.removeFirst(typeTokens.count)
            }
        }
        UnitTokenizer.normaliseNumbers(&tokens)
        if tokens.count == 1, !tokens[0].hasDiacritics, let value = UnitTokenizer.romanValue(tokens[0].folded) {
            tokens[0].folded = String(value)
            tokens[0].exact = String(value)
        }
        return tokens
    }

    /// The folded words of each type word ("thị trấn" → "thi", "tran"), in `UnitType.allCases`
    /// order: an array, because hashing the enum hashes its (Vietnamese) raw value.
    private static let typeTokenTable: [[UnitToken]] = UnitType.allCases.map { UnitTokenizer.tokenize($0.rawValue) }

    static func typeTokens(_ type: UnitType) -> [UnitToken] {
        switch type {
        case .tinh: return typeTokenTable[0]
        case .thanhPho: return typeTokenTable[1]
        case .quan: return typeTokenTable[2]
        case .huyen: return typeTokenTable[3]
        case .thiXa: return typeTokenTable[4]
        case .phuong: return typeTokenTable[5]
        case .xa: return typeTokenTable[6]
        case .thiTran: return typeTokenTable[7]
        case .dacKhu: return typeTokenTable[8]
        }
    }

    /// Entry indices whose folded key is `folded`, at `level`.
    @inline(__always)
    func lookup(_ folded: String, level: UnitLevel) -> [Int32] {
        byFolded[level.slot][folded] ?? []
    }

    /// Whether any name at `level` has this folded key.
    @inline(__always)
    func contains(_ folded: String, level: UnitLevel) -> Bool {
        byFolded[level.slot][folded] != nil
    }
}

extension UnitLevel {
    /// A dense index for per-level tables.
    var slot: Int {
        switch self {
        case .province: return 0
        case .district: return 1
        case .commune: return 2
        }
    }
}
