/// What ``DeterministicLinker`` found: a cluster (person) for every record, review pairs and
/// figures.
///
/// Clusters are numbered 0, 1, … in the order of their earliest record, so cluster numbers,
/// like everything else here, depend only on the records, not on their order in the input
/// array or on timing.
public struct LinkResult: Sendable {
    /// The records, sorted by ordinal (`records[i].ordinal == i`).
    public let records: [LinkRecord]
    /// Cluster number of each record, indexed by ordinal.
    public let clusterOfRecord: [UInt32]
    /// Ordinal of the earliest record of each cluster, indexed by cluster number (ascending).
    public let earliestRecordOfCluster: [UInt32]
    /// Pairs for review.csv, sorted by (first, second) ordinal.
    public let reviewPairs: [ReviewPair]
    /// Figures for report.json.
    public let stats: LinkStats

    init(records: [LinkRecord], clusterOf: [UInt32], earliest: [UInt32],
         reviewPairs: [ReviewPair], stats: LinkStats) {
        self.records = records
        self.clusterOfRecord = clusterOf
        self.earliestRecordOfCluster = earliest
        self.reviewPairs = reviewPairs
        self.stats = stats
    }

    /// Number of clusters (persons).
    public var clusterCount: Int { earliestRecordOfCluster.count }

    /// The cluster of the record with this ordinal.
    public func cluster(ofRecord ordinal: UInt32) -> Int { Int(clusterOfRecord[Int(ordinal)]) }

    /// The ordinal of the earliest record of a cluster (the record its derived person id comes
    /// from).
    public func earliestRecord(ofCluster cluster: Int) -> UInt32 { earliestRecordOfCluster[cluster] }

    /// The records of every cluster (built on demand: 4 bytes per record).
    public func membership() -> ClusterMembership {
        ClusterMembership(clusterOf: clusterOfRecord, clusterCount: clusterCount)
    }
}
