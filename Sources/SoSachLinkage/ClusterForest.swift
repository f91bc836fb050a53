/// Union-find over record indices that keeps, at each root, what the cluster forbids.
///
/// Invariants:
/// - The root of a cluster is its smallest index (union always hangs the larger root under the
///   smaller), so a root is the cluster's earliest record.
/// - `cccdRef[root]` is the index of a record carrying the cluster's valid CCCD, or `none`:
///   a cluster never holds two different valid CCCDs, so one reference describes it.
/// - `gender[root]` is the cluster's known gender (0 when none is known): never both.
/// ``conflict(_:_:in:)`` tells whether a union would break either; callers union only when it
/// returns nil, so the invariants hold after every step (cannot-link holds per cluster, not
/// just per pair: a transitive chain cannot bring two CCCDs together).
struct ClusterForest {
    static let none = UInt32.max
    private(set) var parent: [UInt32]
    private var cccdRef: [UInt32]
    private var gender: [UInt8]

    init(_ records: [LinkRecord]) {
        let n = records.count
        parent = (0..<UInt32(n)).map { $0 }
        cccdRef = [UInt32](repeating: ClusterForest.none, count: n)
        gender = [UInt8](repeating: 0, count: n)
        for i in 0..<n {
            if records[i].idKind == .cccd { cccdRef[i] = UInt32(i) }
            gender[i] = records[i].gender.rawValue
        }
    }

    /// The root of `x`'s cluster (path halving).
    mutating func find(_ x: UInt32) -> UInt32 {
        var x = Int(x)
        while true {
            let p = Int(parent[x])
            if p == x { return UInt32(x) }
            let gp = parent[p]
            parent[x] = gp
            x = Int(gp)
        }
    }

    /// The valid CCCD of a root's cluster, 0 when it has none.
    func cccd(ofRoot r: UInt32, in records: [LinkRecord]) -> UInt64 {
        let ref = cccdRef[Int(r)]
        return ref == ClusterForest.none ? 0 : records[Int(ref)].nationalID
    }

    /// The known gender of a root's cluster (raw ``LinkGender``; 0 unknown).
    func gender(ofRoot r: UInt32) -> UInt8 { gender[Int(r)] }

    /// Why the clusters of roots `a` and `b` may not be joined, or nil when they may.
    func conflict(_ a: UInt32, _ b: UInt32, in records: [LinkRecord]) -> ReviewReason? {
        let ca = cccd(ofRoot: a, in: records)
        let cb = cccd(ofRoot: b, in: records)
        if ca != 0 && cb != 0 && ca != cb { return .cccdConflict }
        let ga = gender[Int(a)]
        let gb = gender[Int(b)]
        if ga != 0 && gb != 0 && ga != gb { return .genderConflict }
        return nil
    }

    /// Joins two distinct roots known to be compatible; returns the new root.
    @discardableResult
    mutating func union(_ a: UInt32, _ b: UInt32) -> UInt32 {
        let (r, c) = a < b ? (Int(a), Int(b)) : (Int(b), Int(a))
        parent[c] = UInt32(r)
        if cccdRef[r] == ClusterForest.none { cccdRef[r] = cccdRef[c] }
        if gender[r] == 0 { gender[r] = gender[c] }
        return UInt32(r)
    }

    /// Turns the forest into cluster numbers in place and returns them with the earliest record
    /// of each cluster. Clusters are numbered 0, 1, … in the order of their earliest record.
    /// The forest is unusable afterwards.
    mutating func takeClusterNumbers() -> (clusterOf: [UInt32], earliest: [UInt32]) {
        cccdRef = []
        gender = []
        compressAll()
        var earliest: [UInt32] = []
        var next: UInt32 = 0
        // After compressAll every node points at its root, the root is the cluster's minimum,
        // so when i is visited its root's slot already holds the root's cluster number.
        for i in 0..<parent.count {
            let p = Int(parent[i])
            if p == i {
                parent[i] = next
                earliest.append(UInt32(i))
                next += 1
            } else {
                parent[i] = parent[p]
            }
        }
        let result = parent
        parent = []
        return (result, earliest)
    }

    /// Points every node directly at its root (ascending pass: a parent is always visited first).
    mutating func compressAll() {
        for i in 0..<parent.count {
            let p = Int(parent[i])
            if p != i { parent[i] = parent[p] }
        }
    }
}
