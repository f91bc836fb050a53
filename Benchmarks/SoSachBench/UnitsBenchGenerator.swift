import Foundation
import SoSachText
import SoSachUnits

/// Generates addresses for `UnitsBench`: a deterministic stream of "files", each from one
/// legacy district (or one 2025 province), written in one house style with per-row noise.
struct UnitsBenchGenerator {
    /// One generated row: the query, the context of its file and the 2025 commune expected.
    struct Row {
        var query: UnitQuery
        var context: UnitContext
        var expected: String
    }

    let registry: UnitRegistry
    var random: SeededGenerator
    let districts: [AdminUnit]
    let communesByDistrict: [String: [AdminUnit]]
    let communes2025ByProvince: [String: [AdminUnit]]

    init(registry: UnitRegistry, seed: UInt64) {
        self.registry = registry
        random = SeededGenerator(seed: seed)
        districts = registry.units(.legacy, .district)
        communesByDistrict = Dictionary(grouping: registry.units(.legacy, .commune), by: { $0.parentCode ?? "" })
        communes2025ByProvince = Dictionary(grouping: registry.units(.current, .commune), by: \.provinceCode)
    }

    mutating func next() -> UInt64 { random.next() }

    mutating func pick<T>(_ items: [T]) -> T { random.pick(items) }
    mutating func chance(_ percent: Int) -> Bool { random.chance(percent: percent) }

    /// Up to `count` of `items` in a random order.
    mutating func sample<T>(_ items: [T], _ count: Int) -> ArraySlice<T> {
        var copy = items
        for index in copy.indices.reversed() where index > 0 {
            copy.swapAt(index, Int(next() % UInt64(index + 1)))
        }
        return copy.prefix(count)
    }

    static func ascii(_ text: String) -> String {
        let decomposed = text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .decomposedStringWithCanonicalMapping
        return String(String.UnicodeScalarView(decomposed.unicodeScalars.filter { !($0.value >= 0x300 && $0.value < 0x370) }))
    }

    static let communeAbbreviations: [String: [String]] = [
        "xã": ["xã", "X.", "x."], "phường": ["phường", "P.", "F.", "Ph."], "thị trấn": ["thị trấn", "TT", "T.T"],
    ]
    static let districtAbbreviations: [String: [String]] = [
        "huyện": ["huyện", "H.", "h."], "quận": ["quận", "Q."], "thị xã": ["thị xã", "TX", "T.X"],
        "thành phố": ["thành phố", "TP", "Tp."],
    ]
    static let villages = ["Thôn", "Xóm", "Bản", "Tổ", "Ấp", "Khu phố", "Tổ dân phố"]

    /// `count` rows in files of `rowsPerFile` rows.
    mutating func rows(count: Int, rowsPerFile: Int) -> [Row] {
        var rows: [Row] = []
        rows.reserveCapacity(count)
        while rows.count < count {
            let style = next() % 6
            let fileRows = min(rowsPerFile / 2 + Int(next() % UInt64(rowsPerFile)), count - rows.count)
            if style == 5 { rows += file2025(rows: fileRows) } else { rows += fileLegacy(style: style, rows: fileRows) }
        }
        return rows
    }

    /// A 2025-era file: "Thôn 3, Xã X, Tỉnh Y" in one province.
    mutating func file2025(rows count: Int) -> [Row] {
        let province = pick(Array(communes2025ByProvince.keys).sorted())
        guard let provinceUnit = registry.unit(.current, .province, code: province) else { return [] }
        let communes = Array(sample(communes2025ByProvince[province]!, 8))
        var rows: [Row] = []
        for _ in 0..<count {
            let commune = pick(communes)
            let village = "\(pick(Self.villages)) \(1 + next() % 12)"
            let text = "\(village), \(commune.name), \(provinceUnit.name)"
            rows.append(Row(query: UnitQuery(address: text), context: .none, expected: commune.code))
        }
        return rows
    }

    /// A legacy file of one district, in one of five house styles.
    mutating func fileLegacy(style: UInt64, rows count: Int) -> [Row] {
        var district = pick(districts)
        var communes = communesByDistrict[district.code] ?? []
        while communes.isEmpty {
            district = pick(districts)
            communes = communesByDistrict[district.code] ?? []
        }
        guard let province = registry.unit(.legacy, .province, code: district.provinceCode) else { return [] }
        let used = Array(sample(communes, 6))
        let districtType = Self.districtAbbreviations[district.type.rawValue]!
        var rows: [Row] = []
        for _ in 0..<count {
            let commune = pick(used)
            let expected = registry.successors(ofLegacyCommune: commune.code).first?.newCommuneCode ?? ""
            let village = "\(pick(Self.villages)) \(1 + next() % 12)"
            let communeShort = commune.name.dropFirst(commune.type.rawValue.count + 1)
            let communeWord = chance(70) ? pick(Self.communeAbbreviations[commune.type.rawValue]!) : commune.type.rawValue.capitalized
            let districtShort = district.name.dropFirst(district.type.rawValue.count + 1)
            let districtWord = pick(districtType)
            var query: UnitQuery
            var context = UnitContext.none
            switch style {
            case 0:  // Full address with type words.
                query = UnitQuery(address: "\(village), \(communeWord) \(communeShort), \(districtWord) \(districtShort), \(province.name)")
            case 1:  // Abbreviated, province by short name, sometimes no diacritics.
                let text = "\(village), \(communeWord) \(communeShort), \(districtWord) \(districtShort), \(province.shortName)"
                query = UnitQuery(address: chance(50) ? Self.ascii(text) : text)
            case 2:  // Separate columns, commune name only, context from the title row.
                query = UnitQuery(village: village, commune: String(communeShort))
                context = UnitContext(legacyProvinceCode: province.code, legacyDistrictCode: district.code, epoch: .legacy)
            case 3:  // Upper case, separate columns.
                query = UnitQuery(commune: "\(communeWord) \(communeShort)".uppercased(),
                                  district: "\(districtWord) \(districtShort)".uppercased(), province: province.shortName.uppercased())
            default:  // Commune and province only, no district.
                query = UnitQuery(address: "\(commune.name), \(province.name)")
            }
            rows.append(Row(query: query, context: context, expected: expected))
        }
        return rows
    }
}
