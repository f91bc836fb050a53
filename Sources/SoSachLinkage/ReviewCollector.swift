/// Collects candidate review pairs during linking: deduplicated, capped, in generation order.
///
/// Generation order is fixed (rule order, then block key order, then record order), so which
/// pairs are kept under the cap is deterministic. Pairs are stored as indices and turned into
/// ``ReviewPair``s (with field comparisons) only at the end, for those still in two clusters.
struct ReviewCollector {
    struct Candidate {
        var first: UInt32
        var second: UInt32
        var reason: ReviewReason
        var rule: LinkRule?
    }

    let cap: Int
    private(set) var candidates: [Candidate] = []
    private var seen: Set<UInt64> = []
    private(set) var omitted = 0

    init(cap: Int) { self.cap = cap }

    /// Adds a pair unless it is already listed; counts it as omitted when the cap is reached.
    mutating func add(_ a: UInt32, _ b: UInt32, reason: ReviewReason, rule: LinkRule?) {
        if a == b { return }
        let (x, y) = a < b ? (a, b) : (b, a)
        let key = UInt64(x) << 32 | UInt64(y)
        if seen.contains(key) { return }
        if candidates.count >= cap { omitted += 1; return }
        seen.insert(key)
        candidates.append(Candidate(first: x, second: y, reason: reason, rule: rule))
    }
}
