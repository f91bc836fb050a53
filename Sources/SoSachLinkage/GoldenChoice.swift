/// The value chosen for one field of a golden record.
public struct GoldenChoice: Sendable, Hashable {
    /// The chosen value, as given.
    public var value: String
    /// Its quality rank.
    public var rank: Int
    /// How many records of the cluster had exactly this value.
    public var count: Int
    /// The earliest record with this value.
    public var earliestRecord: UInt32
    /// How many records of the cluster had any value for the field.
    public var candidateCount: Int
}
