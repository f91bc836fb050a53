/// What `EncodingDetector` decided for a file, a column or a sample: the encoding, how sure it is
/// and why.
public struct EncodingDetection: Sendable, Equatable, CustomStringConvertible {
    /// The encoding to decode with.
    public var encoding: TextEncoding
    /// 0…1: 1.0 for a BOM or an override; for legacy text, the share of its non-ASCII words that
    /// read as Vietnamese syllables in this encoding.
    public var confidence: Double
    /// How far the runner-up encoding scored below (1.0 when there was no contest).
    public var margin: Double
    /// The file starts with a byte order mark.
    public var hasByteOrderMark: Bool
    /// The user chose the encoding (`--from`, mapping file): detection was skipped.
    public var isOverride: Bool
    /// Human-readable reasons, e.g. "tcvn3: 438 of 439 non-ASCII words are Vietnamese syllables".
    public var evidence: [String]

    public init(
        encoding: TextEncoding, confidence: Double, margin: Double = 1, hasByteOrderMark: Bool = false,
        isOverride: Bool = false, evidence: [String]
    ) {
        self.encoding = encoding
        self.confidence = confidence
        self.margin = margin
        self.hasByteOrderMark = hasByteOrderMark
        self.isOverride = isOverride
        self.evidence = evidence
    }

    /// True when the decision is weak (confidence < 0.8 or margin < 0.2): ask the user or check.
    public var isUncertain: Bool { confidence < 0.8 || margin < 0.2 }

    public var description: String {
        let percent = Int((confidence * 100).rounded())
        return "\(encoding.rawValue) (confidence \(percent)%\(isOverride ? ", override" : "")): " + evidence.joined(separator: "; ")
    }
}
