import SoSachText

/// The answer for one query: the 2025 commune and province (official codes and names), the
/// legacy commune the input named, a status, the candidates and the flags.
///
/// `communeCode`/`communeName` are set for `current`, `converted` and `divided` (the default
/// successor); `provinceCode`/`provinceName` also when only the province was recognised, or
/// when all ambiguous candidates lie in one province.
public struct UnitResolution: Sendable, Hashable {
    public var status: UnitStatus
    public var communeCode: String?
    public var communeName: String?
    public var provinceCode: String?
    public var provinceName: String?
    /// The legacy commune code when the input named a legacy (or pre-2019) commune.
    public var legacyCommuneCode: String?
    /// `divided`: every 2025 successor (the default marked); `ambiguous`: every reading;
    /// `unresolved`: near candidates outside the named province, if any. Empty otherwise.
    public var candidates: [UnitCandidate]
    /// Flags of repairs and doubts (see `UnitFlag`), sorted.
    public var flags: [Flag]

    public init(status: UnitStatus, communeCode: String? = nil, communeName: String? = nil,
                provinceCode: String? = nil, provinceName: String? = nil, legacyCommuneCode: String? = nil,
                candidates: [UnitCandidate] = [], flags: [Flag] = []) {
        self.status = status
        self.communeCode = communeCode
        self.communeName = communeName
        self.provinceCode = provinceCode
        self.provinceName = provinceName
        self.legacyCommuneCode = legacyCommuneCode
        self.candidates = candidates
        self.flags = flags
    }

    /// Nothing recognised.
    public static let unresolved = UnitResolution(status: .unresolved)
}
