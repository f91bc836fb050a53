/// The state of one ``DeterministicLinker/link(_:)`` call (see that type for the invariants).
struct LinkRun {
    /// What a blocking pass groups on.
    enum Pass: CaseIterable, Sendable {
        case nationalID, nameBirthCommune, phoneNameYear
        case nameYearCommune, phoneName
    }

    private(set) var records: [LinkRecord]
    private var forest: ClusterForest
    private var review: ReviewCollector
    private let options: DeterministicLinker.Options
    private var links = [Int](repeating: 0, count: LinkRule.allCases.count)
    private var refused: [ReviewReason: Int] = [:]
    private var oversizedBlocks = 0
    private var perBlockOmitted = 0

    init(records: consuming [LinkRecord], options: DeterministicLinker.Options) {
        self.records = records
        forest = ClusterForest(self.records)
        review = ReviewCollector(cap: options.maxReviewPairs)
        self.options = options
    }

    // MARK: Blocking

    /// The block key of a record in a pass, or nil when the record takes no part in it.
    @inline(__always)
    static func blockKey(_ r: LinkRecord, _ pass: Pass) -> UInt64? {
        switch pass {
        case .nationalID:
            guard r.idKind.isLinkable && r.nationalID != 0 else { return nil }
            return LinkKey.combine(UInt64(r.idKind.rawValue), r.nationalID)
        case .nameBirthCommune:
            guard r.nameKey != 0 && r.birth.isFull && r.commune != 0 else { return nil }
            return LinkKey.combine(LinkKey.combine(r.nameKey, UInt64(r.birth.raw)), commune(r))
        case .phoneNameYear:
            guard r.phone != 0 && r.nameKey != 0 && r.birth.year != 0 else { return nil }
            return LinkKey.combine(LinkKey.combine(r.phone, r.nameKey), UInt64(r.birth.year))
        case .nameYearCommune:
            guard r.nameKey != 0 && r.birth.year != 0 && r.commune != 0 else { return nil }
            return LinkKey.combine(LinkKey.combine(r.nameKey, UInt64(r.birth.year)), commune(r))
        case .phoneName:
            guard r.phone != 0 && r.nameKey != 0 else { return nil }
            return LinkKey.combine(r.phone, r.nameKey)
        }
    }

    @inline(__always)
    private static func commune(_ r: LinkRecord) -> UInt64 { UInt64(UInt32(bitPattern: r.commune)) }

    /// True when two records have the same block fields (guards against hash collisions).
    private static func sameBlock(_ a: LinkRecord, _ b: LinkRecord, _ pass: Pass) -> Bool {
        switch pass {
        case .nationalID:
            return a.idKind == b.idKind && a.nationalID == b.nationalID
        case .nameBirthCommune:
            return a.nameKey == b.nameKey && a.birth == b.birth && a.commune == b.commune
        case .phoneNameYear:
            return a.phone == b.phone && a.nameKey == b.nameKey && a.birth.year == b.birth.year
        case .nameYearCommune:
            return a.nameKey == b.nameKey && a.birth.year == b.birth.year && a.commune == b.commune
        case .phoneName:
            return a.phone == b.phone && a.nameKey == b.nameKey
        }
    }

    /// Calls `body` with every group of at least two records that share the pass's fields, in
    /// block-key order, members ascending, from the pass's prepared blocks
    /// (``PassBlocks/prepare(_:records:scratch:)``). A group is handed over as a view of the
    /// blocks' buffer, never copied.
    private mutating func forEachGroup(_ blocks: borrowing PassBlocks, _ pass: Pass,
                                       _ body: (inout LinkRun, UnsafeBufferPointer<UInt32>) -> Void) {
        let count = blocks.count
        blocks.keys.withUnsafeBufferPointer { k in
            blocks.members.withUnsafeBufferPointer { m in
                var start = 0
                while start < count {
                    let key = k[start]
                    var end = start + 1
                    while end < count && k[end] == key { end += 1 }
                    if end - start >= 2 { exactGroups(UnsafeBufferPointer(rebasing: m[start..<end]), pass, body) }
                    start = end
                }
            }
        }
    }

    /// Calls `body` with a run of equal block keys, split into exact groups if two different
    /// field values share a 64-bit key.
    private mutating func exactGroups(_ block: UnsafeBufferPointer<UInt32>, _ pass: Pass,
                                      _ body: (inout LinkRun, UnsafeBufferPointer<UInt32>) -> Void) {
        let first = records[Int(block[0])]
        var exact = true
        for i in 1..<block.count where !Self.sameBlock(first, records[Int(block[i])], pass) {
            exact = false
            break
        }
        if exact {
            body(&self, block)
            return
        }
        // A 64-bit key collision: split the run into exact groups, in member order.
        var rest = Array(block)
        while let head = rest.first {
            let h = records[Int(head)]
            let group = rest.filter { Self.sameBlock(h, records[Int($0)], pass) }
            rest.removeAll { Self.sameBlock(h, records[Int($0)], pass) }
            if group.count >= 2 { group.withUnsafeBufferPointer { body(&self, $0) } }
        }
    }

    // MARK: Rules

    /// Applies the rules, then the review-only scans, each pass over its prepared blocks; the
    /// blocks come from `blocks(pass)`, called once per pass in ``Pass/allCases`` order.
    mutating func applyPasses(_ blocks: (Pass) -> PassBlocks) {
        for pass in Pass.allCases {
            let prepared = blocks(pass)
            apply(pass, prepared)
        }
    }

    /// Applies the rules and the review-only scans, preparing each pass's blocks on this thread
    /// (one set of buffers reused by every pass: 24 bytes per record in all).
    mutating func applyPassesSerially() {
        var scratch = BlockSorter.Scratch()
        var blocks = PassBlocks()
        let records = self.records
        for pass in Pass.allCases {
            records.withUnsafeBufferPointer { blocks.prepare(pass, records: $0, scratch: &scratch) }
            apply(pass, blocks)
        }
    }

    private mutating func apply(_ pass: Pass, _ blocks: borrowing PassBlocks) {
        switch pass {
        // Rules.
        case .nationalID: forEachGroup(blocks, pass) { run, group in run.linkSameID(group) }
        case .nameBirthCommune: forEachGroup(blocks, pass) { run, group in run.merge(group, rule: .nameBirthCommune) }
        case .phoneNameYear: forEachGroup(blocks, pass) { run, group in run.merge(group, rule: .phoneNameYear) }
        // Review-only scans: near misses of rules 2 and 3 that ended in different, compatible
        // clusters.
        case .nameYearCommune: forEachGroup(blocks, pass) { run, group in run.proposeNearMisses(group, .sameNameYearCommune) }
        case .phoneName: forEachGroup(blocks, pass) { run, group in run.proposeNearMisses(group, .samePhoneName) }
        }
    }

    /// Rule 1 within one ID: join the members whose names are compatible (components of the
    /// "same name key or same loose key" relation); list the other components for review.
    private mutating func linkSameID(_ group: UnsafeBufferPointer<UInt32>) {
        let firstKey = records[Int(group[0])].nameKey
        var sameName = firstKey != 0
        for i in 1..<group.count where records[Int(group[i])].nameKey != firstKey {
            sameName = false
            break
        }
        if sameName {
            merge(group, rule: .nationalID)
            return
        }
        let members = Array(group)
        // Local union-find over positions; chaining neighbours after a sort by each key.
        var parent = Array(0..<members.count)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for keyPath in [\LinkRecord.nameKey, \LinkRecord.looseNameKey] {
            let order = members.indices.sorted {
                (records[Int(members[$0])][keyPath: keyPath], $0) < (records[Int(members[$1])][keyPath: keyPath], $1)
            }
            for k in order.indices.dropFirst() {
                let a = order[k - 1], b = order[k]
                let key = records[Int(members[a])][keyPath: keyPath]
                if key != 0 && key == records[Int(members[b])][keyPath: keyPath] {
                    let ra = root(a), rb = root(b)
                    if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
                }
            }
        }
        // Components in order of their first member; members stay ascending.
        var components: [[UInt32]] = []
        var componentOfRoot: [Int: Int] = [:]
        for (position, member) in members.enumerated() {
            let r = root(position)
            if let c = componentOfRoot[r] {
                components[c].append(member)
            } else {
                componentOfRoot[r] = components.count
                components.append([member])
            }
        }
        for component in components where component.count >= 2 {
            component.withUnsafeBufferPointer { merge($0, rule: .nationalID) }
        }
        for c in components.indices.dropFirst() {
            if c > options.maxReviewPairsPerBlock { perBlockOmitted += 1; continue }
            review.add(components[0][0], components[c][0], reason: .sameIDNameDiffers, rule: .nationalID)
        }
    }

    /// Joins a group whose members all satisfy `rule` with each other, within the cannot-link
    /// constraints (fast path: no constraint can fire; else ``mergeConflicted(_:rule:)``).
    private mutating func merge(_ group: UnsafeBufferPointer<UInt32>, rule: LinkRule) {
        var root0 = forest.find(group[0])
        var allOne = true
        // The CCCD and gender of the clusters met so far (root0's once another cluster shows).
        var cccd: UInt64 = 0
        var gender: UInt8 = 0
        for i in 1..<group.count {
            let r = forest.find(group[i])
            if r == root0 { continue }
            if allOne {
                allOne = false
                cccd = forest.cccd(ofRoot: root0)
                gender = forest.gender(ofRoot: root0)
            }
            let c = forest.cccd(ofRoot: r)
            if c != 0 {
                if cccd == 0 { cccd = c } else if c != cccd { return mergeConflicted(group, rule: rule) }
            }
            let g = forest.gender(ofRoot: r)
            if g != 0 {
                if gender == 0 { gender = g } else if g != gender { return mergeConflicted(group, rule: rule) }
            }
        }
        if allOne { return }
        for m in group[1...] {
            let r = forest.find(m)
            if r != root0 {
                root0 = forest.union(root0, r)
                links[ruleIndex(rule)] += 1
            }
        }
    }

    /// A group whose clusters cannot all be joined: join each connected component of the
    /// compatibility graph that is a clique, list the rest for review.
    private mutating func mergeConflicted(_ group: UnsafeBufferPointer<UInt32>, rule: LinkRule) {
        let (roots, reps) = distinctClusters(of: group, stopAfter: options.maxClustersPerConflictedBlock)
        var emitted = 0
        func propose(_ run: inout LinkRun, _ a: UInt32, _ b: UInt32, _ reason: ReviewReason) {
            run.refused[reason, default: 0] += 1
            if emitted < run.options.maxReviewPairsPerBlock {
                run.review.add(a, b, reason: reason, rule: rule)
                emitted += 1
            } else {
                run.perBlockOmitted += 1
            }
        }
        let k = roots.count
        if k > options.maxClustersPerConflictedBlock || k > 64 {
            oversizedBlocks += 1
            for i in 1..<k {
                propose(&self, reps[0], reps[i], forest.conflict(roots[0], roots[i]) ?? .ambiguous)
            }
            return
        }
        var adjacent = [UInt64](repeating: 0, count: k)
        var conflicts: [(Int, Int, ReviewReason)] = []
        for i in 0..<k {
            for j in (i + 1)..<k {
                if let why = forest.conflict(roots[i], roots[j]) {
                    conflicts.append((i, j, why))
                } else {
                    adjacent[i] |= 1 << UInt64(j)
                    adjacent[j] |= 1 << UInt64(i)
                }
            }
        }
        var assigned: UInt64 = 0
        for i in 0..<k where assigned & (1 << UInt64(i)) == 0 {
            var component: UInt64 = 1 << UInt64(i)
            var frontier = component
            while frontier != 0 {
                let v = frontier.trailingZeroBitCount
                frontier &= ~(1 << UInt64(v))
                let fresh = adjacent[v] & ~component
                component |= fresh
                frontier |= fresh
            }
            assigned |= component
            let members = (0..<k).filter { component & (1 << UInt64($0)) != 0 }
            let isClique = members.allSatisfy { (adjacent[$0] | (1 << UInt64($0))) & component == component }
            if isClique {
                var root = forest.find(roots[members[0]])
                for v in members.dropFirst() {
                    let r = forest.find(roots[v])
                    if r != root {
                        root = forest.union(root, r)
                        links[ruleIndex(rule)] += 1
                    }
                }
            } else {
                for (x, v) in members.enumerated() {
                    for w in members[(x + 1)...] where adjacent[v] & (1 << UInt64(w)) != 0 {
                        propose(&self, reps[v], reps[w], .ambiguous)
                    }
                }
            }
        }
        for (i, j, why) in conflicts {
            propose(&self, reps[i], reps[j], why)
        }
    }

    private func ruleIndex(_ rule: LinkRule) -> Int {
        switch rule {
        case .nationalID: 0
        case .nameBirthCommune: 1
        case .phoneNameYear: 2
        }
    }

    // MARK: Review-only scans

    /// The distinct clusters of `group` in order of first appearance (their roots) with the
    /// first member seen of each; stops once more than `limit` clusters are collected.
    private mutating func distinctClusters(of group: UnsafeBufferPointer<UInt32>, stopAfter limit: Int) -> (roots: [UInt32], reps: [UInt32]) {
        var roots: [UInt32] = []
        var reps: [UInt32] = []
        for m in group {
            let r = forest.find(m)
            if !roots.contains(r) {
                roots.append(r)
                reps.append(m)
                if roots.count > limit { break }
            }
        }
        return (roots, reps)
    }

    /// Pairs each distinct cluster of the group with the earliest earlier one it could join.
    private mutating func proposeNearMisses(_ group: UnsafeBufferPointer<UInt32>, _ reason: ReviewReason) {
        // Most groups lie in one cluster: nothing to propose, nothing to allocate.
        let root0 = forest.find(group[0])
        var oneCluster = true
        for i in 1..<group.count where forest.find(group[i]) != root0 {
            oneCluster = false
            break
        }
        if oneCluster { return }
        let (roots, reps) = distinctClusters(of: group, stopAfter: options.maxReviewPairsPerBlock)
        for i in roots.indices.dropFirst() {
            for j in 0..<i where forest.conflict(roots[j], roots[i]) == nil {
                review.add(reps[j], reps[i], reason: reason, rule: nil)
                break
            }
        }
    }

    // MARK: Result

    mutating func finish() -> LinkResult {
        let (clusterOf, earliest) = forest.takeClusterNumbers()
        var pairs: [ReviewPair] = []
        for c in review.candidates where clusterOf[Int(c.first)] != clusterOf[Int(c.second)] {
            pairs.append(ReviewPair(records[Int(c.first)], records[Int(c.second)], reason: c.reason, rule: c.rule))
        }
        pairs.sort { ($0.first, $0.second) < ($1.first, $1.second) }

        var stats = LinkStats()
        stats.records = records.count
        stats.clusters = earliest.count
        var sizes = [UInt32](repeating: 0, count: earliest.count)
        for c in clusterOf { sizes[Int(c)] += 1 }
        stats.singletons = sizes.reduce(0) { $0 + ($1 == 1 ? 1 : 0) }
        stats.largestCluster = Int(sizes.max() ?? 0)
        for rule in LinkRule.allCases { stats.linksByRule[rule.rawValue] = links[ruleIndex(rule)] }
        for (reason, count) in refused { stats.refusedByReason[reason.rawValue, default: 0] += count }
        stats.oversizedBlocks = oversizedBlocks
        stats.reviewPairs = pairs.count
        stats.reviewPairsOmitted = review.omitted + perBlockOmitted
        return LinkResult(records: records, clusterOf: clusterOf, earliest: earliest,
                          reviewPairs: pairs, stats: stats)
    }
}
