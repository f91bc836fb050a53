/// A unit name that stopped being official between 2018-10-16 and 2025-06-30 (a row of
/// `changes_pre2025.csv`): merged or dissolved, renamed, changed type or moved to another
/// district. Lists from those years still write it.
public struct FormerUnitName: Sendable, Hashable {
    public let level: UnitLevel
    /// The code the unit had then.
    public let oldCode: String
    /// The name it had then, with its type word.
    public let oldName: String
    public let oldType: UnitType?
    public let oldDistrictCode: String
    public let oldDistrictName: String
    public let oldProvinceCode: String
    /// merged_or_dissolved, renamed, type_changed, moved_district, combinations, gso_listing_artifact.
    public let changeType: String
    /// The legacy (2025-06-30) unit it became, when one could be determined.
    public let successorCode: String?
    public let successorName: String
    /// ISO date the change took effect.
    public let effectiveDate: String
    /// high / medium / low, or empty when no successor was asserted.
    public let confidence: String
}
