import SoSachText
/// Makes up citizens with realistic Vietnamese names, dates, IDs and phones, deterministically
/// from a seed. Surname weights follow the shares in Mappings/text/family_names.tsv; middle
/// and given names are common ones (facts, not personal data: every combination is invented).
public struct SyntheticPopulation {
    /// The random source; advance it only through this type so that outputs stay reproducible.
    public var random: SeededGenerator
    /// The CCCD code of the province of birth registration, e.g. "042" (Hà Tĩnh).
    public var provinceIDCode: String

    /// A population drawn from `seed`.
    public init(seed: UInt64, provinceIDCode: String = "042") {
        random = SeededGenerator(seed: seed)
        self.provinceIDCode = provinceIDCode
    }

    /// Surnames with a weight in tenths of a percent.
    static let familyNames: [(String, Int)] = [
        ("Nguyễn", 384), ("Trần", 110), ("Lê", 95), ("Phạm", 71), ("Hoàng", 40), ("Huỳnh", 11), ("Phan", 45),
        ("Vũ", 30), ("Võ", 9), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10),
        ("Lý", 5), ("Đinh", 6), ("Đào", 5), ("Thái", 3), ("Hà", 3),
    ]
    static let maleMiddle = ["Văn", "Văn", "Văn", "Hữu", "Đức", "Quang", "Minh", "Xuân", "Công", "Đình", "Ngọc", "Thanh", "Quốc", ""]
    static let femaleMiddle = ["Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim", "Hồng", "Xuân", "Thúy", ""]
    static let maleGiven = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hòa", "Hùng", "Huy", "Khánh", "Khoa", "Long", "Minh",
                            "Nam", "Phong", "Phúc", "Quân", "Quý", "Sơn", "Thắng", "Thành", "Toàn", "Trung", "Tuấn", "Việt",
                            "Vinh", "Thủy", "Lợi", "Hoài", "Khỏe", "Tùng", "Hiếu", "Nghĩa", "Lộc", "Tâm"]
    static let femaleGiven = ["Anh", "Chi", "Dung", "Hà", "Hằng", "Hạnh", "Hoa", "Hòa", "Hương", "Huyền", "Lan", "Linh",
                              "Loan", "Mai", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thủy", "Thúy", "Trang",
                              "Tuyết", "Vân", "Yến", "Nga", "Lý", "Hoài", "Xoan", "Tâm", "Nhàn", "Thơ"]
    /// Current 10-digit mobile prefixes (Mappings/text/mobile_prefixes.csv).
    static let mobilePrefixes = ["032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098",
                                 "070", "076", "077", "078", "079", "089", "090", "093",
                                 "081", "082", "083", "084", "085", "088", "091", "094", "056", "058", "059"]

    /// A new citizen living in `commune`, born between 1940 and 2007.
    public mutating func citizen(in commune: SyntheticUnit) -> SyntheticCitizen {
        let male = random.chance(0.48)
        var total = 0
        for (_, weight) in Self.familyNames { total += weight }
        var roll = random.int(total)
        var family = Self.familyNames[0].0
        for (name, weight) in Self.familyNames {
            if roll < weight { family = name; break }
            roll -= weight
        }
        let middle = random.pick(male ? Self.maleMiddle : Self.femaleMiddle)
        let given = random.pick(male ? Self.maleGiven : Self.femaleGiven)
        let year = 1940 + random.int(68)
        let month = 1 + random.int(12)
        let day = 1 + random.int(28)
        let centuryDigit = (year >= 2000 ? 2 : 0) + (male ? 0 : 1)
        var id = provinceIDCode + String(centuryDigit) + String(format2(year % 100))
        for _ in 0..<6 { id += String(random.int(10)) }
        var phone = random.pick(Self.mobilePrefixes)
        for _ in 0..<7 { phone += String(random.int(10)) }
        return SyntheticCitizen(familyName: family, middleName: middle, givenName: given, male: male,
                                birthYear: year, birthMonth: month, birthDay: day, nationalID: id, phone: phone,
                                village: random.pick(commune.villages), commune: commune)
    }

    private func format2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
