/// What a title row or a file name says about the units of a whole file
/// ("UBND XÃ QUÀI CANG", "UBND HUYỆN TUẦN GIÁO", "DSCDHT_2024_PhuongDongTam").
public struct UnitContextMatch: Sendable, Hashable {
    /// The context to give the resolver: only what the text decides.
    public var context: UnitContext
    /// The most precise level named.
    public var level: UnitLevel
    /// The units that fit at that level (one unless `isAmbiguous`).
    public var units: [AdminUnit]
    /// Several units of that name fit; `context` then holds only what they share.
    public var isAmbiguous: Bool { units.count > 1 }

    public init(context: UnitContext, level: UnitLevel, units: [AdminUnit]) {
        self.context = context
        self.level = level
        self.units = units
    }
}
