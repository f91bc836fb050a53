/// Linking figures for report.json.
public struct LinkStats: Sendable, Equatable, Codable {
    /// Records linked.
    public var records = 0
    /// Clusters (persons) found, singletons included.
    public var clusters = 0
    /// Clusters of one record.
    public var singletons = 0
    /// Records in the largest cluster.
    public var largestCluster = 0
    /// Unions that joined two clusters, per ``LinkRule`` raw value (every rule is present).
    public var linksByRule: [String: Int] = Dictionary(
        uniqueKeysWithValues: LinkRule.allCases.map { ($0.rawValue, 0) })
    /// Cluster pairs that a rule matched but that were not joined, per reason
    /// (`cccd_conflict`, `gender_conflict`, `ambiguous`; every reason present).
    public var refusedByReason: [String: Int] = [
        ReviewReason.cccdConflict.rawValue: 0,
        ReviewReason.genderConflict.rawValue: 0,
        ReviewReason.ambiguous.rawValue: 0,
    ]
    /// Blocks with too many mutually exclusive clusters to resolve; nothing in them was joined.
    public var oversizedBlocks = 0
    /// Review pairs kept (written to review.csv).
    public var reviewPairs = 0
    /// Review pairs found beyond the cap and not kept (an upper bound: some would have been
    /// duplicates or joined later).
    public var reviewPairsOmitted = 0

    /// An empty summary.
    public init() {}

    /// Total unions over every rule.
    public var links: Int { linksByRule.values.reduce(0, +) }
}
