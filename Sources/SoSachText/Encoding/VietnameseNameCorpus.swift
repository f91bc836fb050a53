/// A deterministic generator of realistic Vietnamese name cells (1-3 words: given name, family +
/// given, or family + middle + given), for the detection-accuracy corpus, the decode benchmark and
/// sample files. Family names follow their published shares; about one cell in ten is in capitals,
/// as title rows and some lists are. Same seed, same names.
public struct VietnameseNameCorpus: Sendable {
    private var random: SeededGenerator

    /// A generator; equal seeds give equal sequences.
    public init(seed: UInt64 = 0x5050_4143_4841_4E47) {
        random = SeededGenerator(seed: seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed)
    }

    /// Family names with their approximate share in percent (family_names.tsv, Wikipedia estimates).
    static let families: [(String, Int)] = [
        ("Nguyễn", 384), ("Trần", 110), ("Lê", 95), ("Phạm", 71), ("Hoàng", 26), ("Huỳnh", 25), ("Phan", 45),
        ("Vũ", 20), ("Võ", 19), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10),
        ("Lý", 5), ("Đinh", 4), ("Đào", 4), ("Trương", 4), ("Lương", 3), ("Mai", 3), ("Tạ", 2), ("Trịnh", 3),
        ("Lưu", 2), ("Cao", 2), ("Lâm", 2), ("Hà", 2), ("Quách", 1), ("Thái", 1), ("Kiều", 1), ("Âu", 1),
        ("Ông", 1), ("Ứng", 1), ("Lò", 1), ("Cầm", 1), ("Thạch", 1),
    ]

    static let middles: [String] = [
        "Văn", "Văn", "Văn", "Thị", "Thị", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thanh", "Quang", "Xuân", "Công",
        "Quốc", "Đình", "Thu", "Thùy", "Bảo", "Gia", "Hoài", "Kim", "Mỹ", "Phương", "Trọng", "Tuấn", "Việt", "Diệu",
    ]

    static let givens: [String] = [
        "Anh", "Ánh", "An", "Bình", "Bích", "Châu", "Chi", "Cường", "Dũng", "Duyên", "Đạt", "Định", "Đông", "Đức",
        "Giang", "Hà", "Hải", "Hạnh", "Hằng", "Hiền", "Hiếu", "Hòa", "Hoàng", "Hồng", "Huệ", "Hùng", "Hương",
        "Hường", "Huy", "Khánh", "Khoa", "Khải", "Lan", "Liên", "Linh", "Loan", "Long", "Lộc", "Lợi", "Mai",
        "Minh", "My", "Nam", "Nga", "Ngân", "Nghĩa", "Ngọc", "Nguyệt", "Nhàn", "Nhung", "Oanh", "Phong", "Phúc",
        "Phước", "Phương", "Phượng", "Quang", "Quân", "Quyên", "Quý", "Quỳnh", "Sơn", "Tâm", "Tân", "Thảo",
        "Thắng", "Thành", "Thanh", "Thịnh", "Thủy", "Thư", "Thương", "Tiến", "Toàn", "Trang", "Trí", "Trung",
        "Tú", "Tuấn", "Tùng", "Tuyết", "Uyên", "Vân", "Việt", "Vinh", "Vũ", "Xuân", "Yến", "Ý", "Ấn", "Ước",
        "Ổn", "Ẩn", "Kiên", "Lực", "Nhật", "Sáng", "Thuận", "Trường", "Vượng", "Dương", "Hậu", "Khương",
    ]

    private mutating func below(_ n: Int) -> Int { random.int(n) }

    private static let familyTotal = families.reduce(0) { $0 + $1.1 }

    private mutating func family() -> String {
        var pick = below(Self.familyTotal)
        for (name, weight) in Self.families {
            if pick < weight { return name }
            pick -= weight
        }
        return Self.families[0].0
    }

    /// The next name cell.
    public mutating func next() -> String {
        let words: Int
        switch below(10) {
        case 0...1: words = 1
        case 2...4: words = 2
        default: words = 3
        }
        let given = Self.givens[below(Self.givens.count)]
        var name: String
        switch words {
        case 1: name = below(3) == 0 ? family() : given
        case 2: name = family() + " " + given
        default: name = family() + " " + Self.middles[below(Self.middles.count)] + " " + given
        }
        if below(10) == 0 { name = name.uppercased() }
        return name
    }

    /// The next `count` name cells.
    public mutating func names(_ count: Int) -> [String] {
        (0..<count).map { _ in next() }
    }
}
