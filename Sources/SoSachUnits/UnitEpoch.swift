/// The epoch of an administrative unit and of its code (codes are reused across epochs).
public enum UnitEpoch: String, Sendable, Hashable, CaseIterable, Codable {
    /// The 63-province / 696-district / 10,035-commune state in force until 2025-06-30.
    case legacy
    /// The 34-province / 3,321-commune state from 2025-07-01 (no districts).
    case current = "2025"
}
