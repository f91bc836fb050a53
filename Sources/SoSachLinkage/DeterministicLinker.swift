/// Links the records of one citizen with deterministic rules and cannot-link constraints.
///
/// ## Use
/// ```swift
/// // One LinkRecord per accepted record, ordinal = its row in records.csv (0-based).
/// let record = LinkRecord(ordinal: n, foldedName: nameKeyText, nameHasDiacritics: hasMarks,
///                         birth: LinkDate(year: y, month: m, day: d), gender: .female,
///                         nationalID: "001185000123", idKind: .cccd,
///                         phone: "0912345678", commune: 26734)
/// let result = DeterministicLinker().link(records)       // clusters, review pairs, stats
/// let ids = PersonIDAssigner(master: master).assign(result) { ordinal in recordID(ordinal) }
/// let personID = ids.personID(ofCluster: result.cluster(ofRecord: n))
/// ```
///
/// ## Rules
/// Applied in this order (``LinkRule``), each over every record before the next:
/// 1. same linkable national ID (CCCD, or CMND) and compatible names (same name key, or same
///    family + given name key);
/// 2. same name key, same full birth date and same 2025 commune;
/// 3. same phone, same name key and same birth year.
///
/// ## Cannot-link, at cluster level
/// A cluster never holds two different valid CCCDs nor two known genders. The union-find keeps
/// at each root the cluster's CCCD and gender (``ClusterForest``), and every union is checked
/// against the two clusters, not the two records: a chain A~B (phone) then B~C (birth) cannot
/// bring A's and C's different CCCDs together. A refused union becomes a review pair.
///
/// ## Blocks and conflicted blocks
/// Each rule sorts (block key, record index) pairs stably (``BlockSorter``); a block is a run of
/// equal keys (checked field by field, so a 64-bit hash collision never links). Every member of
/// a block satisfies the rule with every other, so a block is joined by chaining its members to
/// the first one: O(block), never O(block²), even for huge blocks.
/// When the clusters met in a block cannot all be joined (two CCCDs, two genders), the block is
/// *conflicted*: its distinct clusters (at most ``Options/maxClustersPerConflictedBlock``) form
/// a compatibility graph; a connected component in which every pair is compatible is joined
/// (pairwise compatibility implies joint compatibility, one CCCD and one gender at most); a
/// component that is not a clique is left alone, because some cluster in it could belong to two
/// persons that must stay apart — choosing one would depend on the order of records. Its pairs
/// go to review as `ambiguous`; incompatible pairs as `cccd_conflict` / `gender_conflict`.
///
/// ## Determinism
/// The result depends only on the records' field values and ordinals: rules run in a fixed
/// order, blocks in block-key order, members in ordinal order, conflicted blocks are resolved
/// by an order-free rule, and clusters are joined on one thread (a second one, with
/// ``Options/threads``, only sorts blocks ahead: it cannot change the result). The input array
/// may be in any order.
///
/// ## Review pairs
/// Besides refused and ambiguous unions, two review-only scans run after the rules: records
/// with the same name key, birth year and commune but different or less precise birth dates,
/// and records with the same phone and name key but a missing or different birth year. Only
/// pairs that ended in different clusters and are not known to conflict are listed; per block at
/// most ``Options/maxReviewPairsPerBlock``; overall at most ``Options/maxReviewPairs`` (in
/// generation order; the rest are counted in ``LinkStats/reviewPairsOmitted``).
///
/// ## Memory
/// The records (48 bytes each, owned by the result), plus 13 bytes per record for the forest,
/// 24 for the block sort buffers and at most 4 for the bit tables that drop keys seen once
/// before a sort (all reused by every pass): at most 89 bytes per record in all. With
/// ``Options/threads``, the helper thread has its own buffers (another 40 bytes per record) and
/// prepared passes wait in copies of their kept pairs (12 bytes per pair).
public struct DeterministicLinker: Sendable {
    /// Limits of the linker.
    public struct Options: Sendable, Equatable {
        /// Most review pairs kept. The default is 100,000.
        public var maxReviewPairs = 100_000
        /// Most distinct clusters resolved in one conflicted block; a larger conflicted block is
        /// left unjoined and counted in ``LinkStats/oversizedBlocks``. At most 64 (one bit per
        /// cluster in the compatibility graph); larger values act as 64. The default is 64.
        public var maxClustersPerConflictedBlock = 64
        /// Most review pairs proposed by one block. The default is 16.
        public var maxReviewPairsPerBlock = 16
        /// Threads the linker may use. With 2 or more, a second thread sorts the blocks of the
        /// passes ahead of the one linking (``PassHandoff``); the result is the same. The
        /// default is 1.
        public var threads = 1

        /// The defaults.
        public init() {}
    }

    /// The limits used.
    public var options: Options

    /// A linker with the given limits.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Links the records. Their ordinals must be exactly 0..<records.count, in any order.
    public func link(_ records: consuming [LinkRecord]) -> LinkResult {
        if !Self.isSortedByOrdinal(records) {
            records.sort { $0.ordinal < $1.ordinal }
        }
        for i in records.indices {
            precondition(records[i].ordinal == UInt32(i),
                         "LinkRecord ordinals must be 0..<count, each once (found \(records[i].ordinal) at \(i))")
        }
        if options.threads >= 2 && records.count >= Self.parallelMinimum {
            // The helper starts on the passes while this thread builds the forest.
            let handoff = PassHandoff(records: copy records)
            var run = LinkRun(records: records, options: options)
            var buffers = PassHandoff.Buffers()
            var index = 0
            run.applyPasses { _ in
                defer { index += 1 }
                return handoff.blocks(of: index, buffers: &buffers)
            }
            handoff.finish()
            return run.finish()
        }
        var run = LinkRun(records: records, options: options)
        run.applyPassesSerially()
        return run.finish()
    }

    /// Fewer records are linked on one thread whatever ``Options/threads`` says.
    static let parallelMinimum = 50_000

    private static func isSortedByOrdinal(_ records: [LinkRecord]) -> Bool {
        var previous: Int64 = -1
        for r in records {
            if Int64(r.ordinal) <= previous { return false }
            previous = Int64(r.ordinal)
        }
        return true
    }
}
