/// The provinces a query (or its file context) names, in both epochs.
///
/// "Tuyên Quang" names legacy province 08 and 2025 province 08; "Hà Giang" names only legacy
/// 02 (now part of 2025 Tuyên Quang). A unit inside a named province in its own epoch is a
/// strong match; a unit inside the other epoch's counterpart is a weak one, used only when no
/// strong match exists.
struct UnitProvinceScope: Sendable {
    var legacy: Set<String> = []
    var current: Set<String> = []
    /// Legacy provinces merged into the named 2025 provinces, and 2025 provinces the named
    /// legacy ones went to.
    var weakLegacy: Set<String> = []
    var weakCurrent: Set<String> = []
    var byNickname = false
    var fromContext = false

    var isEmpty: Bool { legacy.isEmpty && current.isEmpty }

    /// Whether only legacy provinces were named (a hint that the list predates 2025-07-01).
    var isLegacyOnly: Bool { !legacy.isEmpty && current.isEmpty }

    /// 0 outside, 1 weak, 2 strong, for a unit of `epoch` in province `code`.
    func strength(epoch: UnitEpoch, province code: String) -> Int {
        switch epoch {
        case .legacy: return legacy.contains(code) ? 2 : (weakLegacy.contains(code) ? 1 : 0)
        case .current: return current.contains(code) ? 2 : (weakCurrent.contains(code) ? 1 : 0)
        }
    }

    /// Completes the weak sets from the legacy → 2025 province map.
    mutating func complete(_ registry: UnitRegistry) {
        weakCurrent = current
        for code in legacy { if let new = registry.provinceMap[code] { weakCurrent.insert(new) } }
        weakLegacy = legacy
        for code in current { weakLegacy.formUnion(registry.legacyProvincesOf[code] ?? []) }
    }
}
