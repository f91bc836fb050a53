import SoSachUnits

/// What a file says about all its rows: the administrative unit named in its title rows or its
/// file name, the year and the kind of list.
///
/// The unit texts are as written (title rows are often upper case: "QUÀI CANG"); turning them
/// into official units is the unit resolver's job, which uses them as the default for rows that
/// give only a village. The user's mapping file overrides every part.
public struct FileContext: Hashable, Sendable {
    /// The hamlet named in a title ("THÔN NÀ SÁY"), if any.
    public var village: String?
    /// The commune (xã, phường, thị trấn, đặc khu) named in a title or the file name.
    public var commune: String?
    /// The district (huyện, quận, thị xã, thành phố thuộc tỉnh) named in a title or the file name.
    public var district: String?
    /// The province (tỉnh, thành phố) named in a title or the file name.
    public var province: String?
    /// The unit type words found with the commune ("xã", "phường" …), e.g. "xã".
    public var communeType: String?
    /// The year of the list ("NĂM 2024" in a title, "2024" in the file name).
    public var year: Int?
    /// The kind of list.
    public var listKind: ListKind?
    /// Where each part came from, e.g. `title line 2 "UBND XÃ QUÀI CANG": commune "Quài Cang"`.
    public var evidence: [String]
    /// The units the texts resolve to in the unit registry (`UnitRegistry.context(fromText:)`):
    /// the default commune/district/province codes for the unit resolver, with the epoch taken
    /// from the list's year. Nil when nothing resolved.
    public var unit: UnitContext?

    /// A context with the given parts; every part defaults to unknown.
    public init(village: String? = nil, commune: String? = nil, district: String? = nil,
                province: String? = nil, communeType: String? = nil, year: Int? = nil,
                listKind: ListKind? = nil, evidence: [String] = []) {
        self.village = village
        self.commune = commune
        self.district = district
        self.province = province
        self.communeType = communeType
        self.year = year
        self.listKind = listKind
        self.evidence = evidence
        self.unit = nil
    }

    /// True when no part is known.
    public var isEmpty: Bool {
        village == nil && commune == nil && district == nil && province == nil && year == nil && listKind == nil
    }
}
