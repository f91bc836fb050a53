/// The records of every cluster, as one flat array of ordinals grouped by cluster
/// (4 bytes per record + 4 per cluster).
public struct ClusterMembership: Sendable {
    private let offsets: [UInt32]
    private let ordinals: [UInt32]

    init(clusterOf: [UInt32], clusterCount: Int) {
        var offsets = [UInt32](repeating: 0, count: clusterCount + 1)
        for c in clusterOf { offsets[Int(c) + 1] += 1 }
        for c in 0..<clusterCount { offsets[c + 1] += offsets[c] }
        var next = offsets
        var ordinals = [UInt32](repeating: 0, count: clusterOf.count)
        // Ascending ordinals, so each cluster's members come out in record order.
        for (ordinal, c) in clusterOf.enumerated() {
            let at = Int(next[Int(c)])
            ordinals[at] = UInt32(ordinal)
            next[Int(c)] += 1
        }
        self.offsets = offsets
        self.ordinals = ordinals
    }

    /// Number of clusters.
    public var count: Int { offsets.count - 1 }

    /// The ordinals of a cluster's records, ascending (the first is the earliest record).
    public func members(ofCluster cluster: Int) -> ArraySlice<UInt32> {
        ordinals[Int(offsets[cluster])..<Int(offsets[cluster + 1])]
    }
}
