/// One way a unit can be named, as searched by the resolver: an official name, an official
/// variant, a former name (2018-2025) or a province nickname.
struct UnitNameEntry: Sendable {
    enum Kind: UInt8, Sendable { case official, variant, former, nickname }

    let level: UnitLevel
    /// Index in `UnitRegistry.units` of the unit this name designates (for former names: the
    /// legacy successor), or -1 for a former name whose successor is not known.
    let unit: Int32
    /// Index in `UnitRegistry.formerNames`, or -1.
    let former: Int32
    let kind: Kind
    /// Folded key of the name without its type word ("quai cang").
    let folded: String
    /// Exact key (tone-placement independent) of the name without its type word ("quai2 cang").
    let exact: String
    /// The type word written with this name (`nil` for nicknames).
    let type: UnitType?
}
