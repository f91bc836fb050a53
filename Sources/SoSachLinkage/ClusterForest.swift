/// Union-find over record indices that keeps, at each root, what the cluster forbids.
///
/// Invariants:
/// - The root of a cluster is its smallest index (union always hangs the larger root under the
///   smaller), so a root is the cluster's earliest record.
/// - `cccd[root]` is the ID of a record of kind CCCD in the cluster, or `none`: a cluster
///   never holds two different valid CCCDs, so one value describes it. (The value rather than
///   a record reference, so that a check touches only the forest's flat arrays: 13 bytes per
///   record. A CCCD record whose ID value is 0 holds the slot with 0, which forbids nothing.)
/// - `gender[root]` is the cluster's known gender (0 when none is known): never both.
/// ``conflict(_:_:)`` tells whether a union would break either; callers union only when it
/// returns nil, so the invariants hold after every step (cannot-link holds per cluster, not
/// just per pair: a transitive chain cannot bring two CCCDs together).
struct ClusterForest {
    /// No record of kind CCCD in the cluster (not a value ``LinkKey/digits(_:)`` can give).
    static let none = UInt64.max
    private(set) var parent: [UInt32]
    private var cccd: [UInt64]
    private var gender: [UInt8]

    init(_ records: [LinkRecord]) {
        let n = records.count
        parent = (0..<UInt32(n)).map { $0 }
        cccd = records.map { $0.idKind == .cccd ? $0.nationalID : ClusterForest.none }
        gender = records.map(\.gender.rawValue)
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
    func cccd(ofRoot r: UInt32) -> UInt64 {
        let value = cccd[Int(r)]
        return value == ClusterForest.none ? 0 : value
    }

    /// The known gender of a root's cluster (raw ``LinkGender``; 0 unknown).
    func gender(ofRoot r: UInt32) -> UInt8 { gender[Int(r)] }

    /// Why the clusters of roots `a` and `b` may not be joined, or nil when they may.
    func conflict(_ a: UInt32, _ b: UInt32) -> ReviewReason? {
        let ca = cccd(ofRoot: a)
        let cb = cccd(ofRoot: b)
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
        if cccd[r] == ClusterForest.none { cccd[r] = cccd[c] }
        if gender[r] == 0 { gender[r] = gender[c] }
        return UInt32(r)
    }

    /// Turns the forest into cluster numbers in place and returns them with the earliest record
    /// of each cluster. Clusters are numbered 0, 1, … in the order of their earliest record.
    /// The forest is unusable afterwards.
    mutating func takeClusterNumbers() -> (clusterOf: [UInt32], earliest: [UInt32]) {
        cccd = []
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
