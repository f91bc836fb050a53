/// A made-up citizen of the generators: every value in its clean, official form. The list
/// renderers write it with the noise of real lists (case, missing diacritics, Excel damage …).
public struct SyntheticCitizen: Sendable {
    public var familyName: String
    public var middleName: String
    public var givenName: String
    public var male: Bool
    public var birthYear: Int
    public var birthMonth: Int
    public var birthDay: Int
    /// 12 digits: province of birth registration, century/sex digit, year, 6 random digits.
    public var nationalID: String
    /// 10 digits, current prefixes.
    public var phone: String
    public var village: String
    /// The commune (2025 unit) the citizen lives in.
    public var commune: SyntheticUnit

    /// `family middle given`, single spaces.
    public var fullName: String { [familyName, middleName, givenName].filter { !$0.isEmpty }.joined(separator: " ") }
}

/// A commune as a list names it: its 2025 name, and the legacy commune (with district) an
/// older list would name instead.
public struct SyntheticUnit: Sendable, Hashable {
    /// The 2025 commune, e.g. "Xã Đức Quang".
    public var name2025: String
    /// The legacy commune before 2025 (after the 2019-2020 mergers), e.g. "Xã Bùi La Nhân".
    public var legacyName: String
    /// The legacy commune before the 2019-2020 mergers (an older list), e.g. "Xã Đức La".
    public var pre2020Name: String
    /// The legacy district, e.g. "Huyện Đức Thọ".
    public var district: String
    /// The province (unchanged name for Hà Tĩnh), e.g. "Tỉnh Hà Tĩnh".
    public var province: String
    /// Villages (thôn/xóm) of the commune.
    public var villages: [String]

    public init(name2025: String, legacyName: String, pre2020Name: String, district: String, province: String, villages: [String]) {
        self.name2025 = name2025; self.legacyName = legacyName; self.pre2020Name = pre2020Name
        self.district = district; self.province = province; self.villages = villages
    }
}
