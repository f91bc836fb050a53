/// The person id of every cluster of a ``LinkResult``.
///
/// Stored as one 64-bit code per cluster (a master person index, or the 48-bit value of a
/// derived id); the strings are made on demand.
public struct PersonIDAssignment: Sendable {
    static let masterFlag: UInt64 = 1 << 63
    let codes: [UInt64]
    let master: MasterIndex?

    /// Master-id conflicts, for review.csv (reason ``ReviewReason/masterConflict``), sorted.
    public let reviewPairs: [ReviewPair]
    /// Figures for report.json.
    public let stats: PersonIDStats

    /// Number of clusters.
    public var count: Int { codes.count }

    /// The person id of a cluster.
    public func personID(ofCluster cluster: Int) -> String {
        let code = codes[cluster]
        if code & Self.masterFlag != 0, let master {
            return master.personID(at: Int(code & ~Self.masterFlag))
        }
        return PersonID.format(code)
    }

    /// True when the cluster kept an id of the master file.
    public func isFromMaster(cluster: Int) -> Bool { codes[cluster] & Self.masterFlag != 0 }
}
