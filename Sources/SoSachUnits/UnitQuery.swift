/// What a list says about a person's unit: separate columns and/or one address string.
///
/// Any part may be missing; parts may hold more than their name ("Xã Quài Cang, H. Tuần Giáo"
/// in the commune column is understood). Texts are taken as written: any case, with or without
/// diacritics, old or new tone placement, abbreviations.
public struct UnitQuery: Sendable, Hashable {
    /// A whole address ("Bản Co Sản, xã Quài Cang, huyện Tuần Giáo, tỉnh Điện Biên").
    public var address: String?
    /// Village, hamlet or street part (thôn, bản, ấp, tổ …); kept out of unit matching.
    public var village: String?
    /// Commune column (xã, phường, thị trấn, đặc khu).
    public var commune: String?
    /// District column (legacy: quận, huyện, thị xã, thành phố thuộc tỉnh).
    public var district: String?
    /// Province column (tỉnh, thành phố, nickname such as HN, TP.HCM).
    public var province: String?

    /// A query from separate parts.
    public init(address: String? = nil, village: String? = nil, commune: String? = nil,
                district: String? = nil, province: String? = nil) {
        self.address = address
        self.village = village
        self.commune = commune
        self.district = district
        self.province = province
    }

    /// A query from one address string.
    public init(_ address: String) {
        self.init(address: address)
    }

    /// Whether no part has any text.
    public var isEmpty: Bool {
        [address, commune, district, province].allSatisfy { ($0 ?? "").allSatisfy(\.isWhitespace) }
    }
}
