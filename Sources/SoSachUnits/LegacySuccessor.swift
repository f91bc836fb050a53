/// One (legacy commune → 2025 commune) pair of `legacy_to_2025.csv`.
public struct LegacySuccessor: Sendable, Hashable {
    public let legacyCommuneCode: String
    public let newCommuneCode: String
    /// Exactly one pair per legacy commune is the default (the one written for `divided`).
    public let isDefault: Bool
    /// The legacy commune has more than one 2025 target.
    public let divided: Bool
    /// GSO's note ("Nhập toàn bộ", "Nhập một phần", …).
    public let note: String
    /// Why this pair is the default: single_target, gso_note_whole_population,
    /// gso_note_others_area_only or vau_geometric.
    public let defaultBasis: String
}
