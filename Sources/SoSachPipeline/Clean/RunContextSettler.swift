import SoSachText
import SoSachUnits

/// Settles a unit that a file's own context left ambiguous with the 2025 provinces the whole
/// run resolved rows to: when exactly one of its candidate communes lies in such a province,
/// the query is resolved again within that province (`unit.by_run_context`).
struct RunContextSettler {
    /// The flag of a unit settled this way.
    static let byRunContext: Flag = "unit.by_run_context"

    let units: UnitResolver
    /// The file's context (title, file name, list year).
    let unitContext: UnitContext
    /// The 2025 province codes of the run's resolved rows.
    let runProvinces: Set<String>

    /// `unit` (resolved from `query` in `unitContext`) settled by the run's provinces, or `unit`
    /// itself when it was not ambiguous or stays so. When none of its candidates lies in the
    /// run's provinces, the candidates of every epoch are tried: the epoch comes from the list's
    /// year and only prefers a reading (a 2024 list may already use a 2025 name).
    func settled(_ unit: UnitResolution, query: UnitQuery) -> UnitResolution {
        guard unit.status == .ambiguous, !runProvinces.isEmpty else { return unit }
        var candidates = unit.candidates.filter { runProvinces.contains($0.provinceCode) }
        if candidates.isEmpty, unitContext.epoch != nil {
            var anyEpoch = unitContext
            anyEpoch.epoch = nil
            candidates = units.resolve(query, context: anyEpoch).candidates.filter { runProvinces.contains($0.provinceCode) }
        }
        guard Set(candidates.map(\.communeCode)).count == 1, let chosen = candidates.first else { return unit }
        var narrowed = query
        narrowed.province = chosen.provinceName
        var settled = units.resolve(narrowed, context: unitContext)
        guard settled.status != .ambiguous, settled.status != .unresolved, settled.communeCode == chosen.communeCode else { return unit }
        settled.flags = Flag.sortedUnique(settled.flags + [Self.byRunContext])
        return settled
    }
}
