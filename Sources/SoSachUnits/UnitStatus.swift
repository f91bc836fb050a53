/// How an input unit maps to the 2025 units; the raw values are written to `unit_status`.
public enum UnitStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// The input already named a 2025 unit.
    case current
    /// A legacy (or pre-2019) unit mapped one-to-one or merged into one 2025 unit.
    case converted
    /// A legacy commune split across several 2025 units: the default successor is written and
    /// the row is flagged `unit.divided`; never a certain answer.
    case divided
    /// Several units fit the input and the context does not decide; see the candidates.
    case ambiguous
    /// No unit (or only the province) could be identified.
    case unresolved
}
