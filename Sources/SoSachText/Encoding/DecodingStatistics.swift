/// What a decoder did to a field or a stream: how many invalid sequences became U+FFFD, how many
/// non-ASCII units it decoded, and which repairs it made. Sums with `+=`.
public struct DecodingStatistics: Sendable, Equatable {
    /// Byte sequences no table decodes, written as U+FFFD (flag `enc.invalid`).
    public var invalidSequences = 0
    /// Non-ASCII bytes (or UTF-16 units, or VIQR letters) the decoder turned into letters.
    public var decodedUnits = 0
    /// TCVN3 words typed for a capital font that were upper-cased (flag `enc.tcvn3_capital`).
    public var capitalizedWords = 0
    /// Runs of mojibake repaired (flag `enc.mojibake`).
    public var mojibakeRepairs = 0
    /// Mojibake repairs that had to guess lost bytes (flag `enc.mojibake_lossy`).
    public var lossyRepairs = 0
    /// Runs that were not NFC and were composed (flag `enc.nfc`).
    public var normalizedRuns = 0

    /// Scalars written that may not be NFC (combining marks, exotic scalars): while a chunk has
    /// none, the stream skips the normaliser.
    var unnormalized = 0

    public init() {}

    public static func += (lhs: inout DecodingStatistics, rhs: DecodingStatistics) {
        lhs.invalidSequences += rhs.invalidSequences
        lhs.decodedUnits += rhs.decodedUnits
        lhs.capitalizedWords += rhs.capitalizedWords
        lhs.mojibakeRepairs += rhs.mojibakeRepairs
        lhs.lossyRepairs += rhs.lossyRepairs
        lhs.normalizedRuns += rhs.normalizedRuns
        lhs.unnormalized += rhs.unnormalized
    }
}
