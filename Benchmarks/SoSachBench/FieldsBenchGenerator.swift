import SoSachText

/// Deterministic generator of realistic field values for `sosach-bench fields`: Vietnamese
/// names drawn with the published family-name shares, common middle and given names, and the
/// noise found in submitted lists; dates, ID numbers and phones in their messy forms.
struct FieldsBenchGenerator {

    var random: SeededGenerator

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    /// Family names with their share in per mille (README §4), the rest spread over others.
    static let families: [(String, Int)] = [
        ("Nguyễn", 384), ("Trần", 110), ("Lê", 95), ("Phạm", 71), ("Hoàng", 30), ("Huỳnh", 21), ("Phan", 45),
        ("Vũ", 22), ("Võ", 17), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10),
        ("Lý", 5), ("Đinh", 8), ("Đào", 8), ("Trịnh", 6), ("Lương", 5), ("Mai", 5), ("Trương", 6), ("Tạ", 3),
        ("Lâm", 4), ("Hà", 6), ("Cao", 4), ("Đoàn", 5), ("Phùng", 3), ("Triệu", 3), ("Quách", 2), ("Châu", 2),
        ("Kiều", 2), ("Lưu", 3), ("Thạch", 2), ("Lò", 2), ("Ksor", 1), ("Nông", 2), ("Tôn Thất", 1),
    ]
    static let familyTable: [String] = families.flatMap { Array(repeating: $0.0, count: $0.1) }
    static let maleMiddles = ["Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Quốc", "Đình", "Thanh", "Xuân", "Ngọc", "Trọng", "Mạnh"]
    static let femaleMiddles = ["Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Kim", "Mỹ", "Thùy", "Phương", "Bích", "Diệu"]
    static let maleGivens = ["Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Đức", "Hải", "Long", "Quân", "Thắng", "Bình", "Hòa", "Quý",
                             "Khoa", "Huy", "Trường", "Nghĩa", "Phúc", "Thủy", "Cường", "Toàn", "Việt", "Hưng", "Khải", "An"]
    static let femaleGivens = ["Lan", "Hương", "Hoa", "Mai", "Linh", "Trang", "Thảo", "Hằng", "Ánh", "Nguyệt", "Thúy", "Hòa",
                               "Loan", "Yến", "Nhung", "Phượng", "Huyền", "Khuê", "Uyên", "Ngọc", "Hạnh", "Thủy", "Giang", "Tuyết", "Oanh"]

    /// A clean name: NFC, title case, traditional tones, single spaces.
    mutating func cleanName() -> String {
        let male = random.chance(percent: 50)
        var parts = [random.pick(Self.familyTable)]
        let middles = random.int(10)
        if middles >= 1 { parts.append(random.pick(male ? Self.maleMiddles : Self.femaleMiddles)) }
        if middles >= 8 { parts.append(random.pick(male ? Self.maleMiddles : Self.femaleMiddles)) }
        parts.append(random.pick(male ? Self.maleGivens : Self.femaleGivens))
        return parts.joined(separator: " ")
    }

    /// A name with one or two kinds of the noise of submitted lists.
    mutating func noisyName() -> String {
        var name = cleanName()
        for _ in 0..<(1 + random.int(2)) {
            switch random.int(12) {
            case 0: name = ICUCaseMapping.uppercased(name)
            case 1: name = VietnameseText.nfd(name)
            case 2: name = VietnameseText.applyingToneStyle(name, .modern)
            case 3: name = name.replacingOccurrences(" ", with: "  ")
            case 4: name = " " + name + "\u{A0}"
            case 5: name = random.pick(["Ông ", "Bà ", "Chị ", "Anh "]) + name
            case 6: name = String(1 + random.int(200)) + ". " + name
            case 7: name = name.replacingOccurrences("Đ", with: "Ð")
            case 8: name = VietnameseText.foldKey(name)
            case 9: name = name.replacingOccurrences(" ", with: "\u{200B} ")
            case 10: name = ICUCaseMapping.lowercased(name)
            default: name = name.replacingOccurrences("Quý", with: "Qúy").replacingOccurrences("Hòa", with: "Hoà")
            }
        }
        return name
    }

    mutating func date() -> String {
        let d = 1 + random.int(28), m = 1 + random.int(12), y = 1940 + random.int(66)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        switch random.int(8) {
        case 0, 1, 2: return "\(two(d))/\(two(m))/\(y)"
        case 3: return "\(d)/\(m)/\(y % 100 < 10 ? "0\(y % 100)" : "\(y % 100)")"
        case 4: return "\(y)-\(two(m))-\(two(d))"
        case 5: return "\(y)"
        case 6: return "ngày \(d) tháng \(m) năm \(y)"
        default: return "\(10000 + random.int(30000))"
        }
    }

    mutating func nationalID() -> String {
        let province = random.pick(["001", "079", "038", "040", "031", "092"])
        let digits = province + String(random.int(4)) + String(10 + random.int(90)) + String(100000 + random.int(900000))
        switch random.int(6) {
        case 0: return String(Int(digits)!)                       // numeric cell: zeros dropped
        case 1: return "'" + digits
        case 2: return String(digits.prefix(3)) + " " + String(digits.dropFirst(3).prefix(3)) + " " + String(digits.dropFirst(6))
        case 3: return String(100_000_000 + random.int(900_000_000))   // CMND
        default: return digits
        }
    }

    mutating func phone() -> String {
        let prefix = random.pick(["091", "098", "097", "090", "093", "086", "032", "083"])
        let number = prefix + String(1_000_000 + random.int(9_000_000))
        switch random.int(7) {
        case 0: return String(number.dropFirst())                  // lost 0
        case 1: return "+84 " + String(number.dropFirst())
        case 2: return String(number.prefix(4)) + "." + String(number.dropFirst(4).prefix(3)) + "." + String(number.dropFirst(7))
        case 3: return "0" + random.pick(["162", "163", "123", "126"]) + String(1_000_000 + random.int(9_000_000))
        default: return number
        }
    }
}

extension String {
    /// A replacement helper without Foundation.
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
