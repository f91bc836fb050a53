/// Two records the linker was unsure of, or refused to link, for a person to decide.
public struct ReviewPair: Sendable, Hashable {
    /// The earlier record (ordinal in records.csv).
    public var first: UInt32
    /// The later record.
    public var second: UInt32
    /// Why the pair is listed.
    public var reason: ReviewReason
    /// The rule that proposed the pair, when one did (nil for pairs found by review-only scans
    /// and master conflicts).
    public var rule: LinkRule?
    /// Field-by-field comparison of the two records.
    public var agreement: FieldAgreement
    /// ``FieldAgreement/score`` of the pair, in 0...1.
    public var score: Double

    /// A pair of records (ordered so that `first < second`).
    public init(_ a: LinkRecord, _ b: LinkRecord, reason: ReviewReason, rule: LinkRule?) {
        let (x, y) = a.ordinal <= b.ordinal ? (a, b) : (b, a)
        first = x.ordinal
        second = y.ordinal
        self.reason = reason
        self.rule = rule
        agreement = FieldAgreement(x, y)
        score = agreement.score
    }
}
