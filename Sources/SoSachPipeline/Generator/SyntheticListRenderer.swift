import SoSachText
import Foundation

/// Writes citizens as the text of a list file in a given style, with the noise of real lists:
/// upper-case or unaccented names, modern tone placement, extra spaces, dates in many forms
/// and as Excel serials, IDs that lost their leading zero, old 11-digit phones, `+84` …
public struct SyntheticListRenderer {
    public var style: SyntheticListStyle

    public init(style: SyntheticListStyle) { self.style = style }

    /// The whole file as text with LF line ends (`crlf` for CRLF).
    public func render(_ citizens: [SyntheticCitizen], random: inout SeededGenerator, crlf: Bool = false) -> String {
        var lines: [String] = []
        let width = style.columns.reduce(0) { $0 + ($1 == .birthYearBySex ? 2 : 1) }
        for title in style.titleLines { lines.append(padded([title], width)) }
        if !style.headerless {
            if style.columns.contains(.birthYearBySex) {
                var top: [String] = [], bottom: [String] = []
                for (column, header) in zip(style.columns, style.headers) {
                    if column == .birthYearBySex {
                        top += [header, ""]; bottom += ["Nam", "Nữ"]
                    } else {
                        top.append(header); bottom.append("")
                    }
                }
                lines.append(row(top)); lines.append(row(bottom))
            } else {
                lines.append(row(style.headers))
            }
            if style.columnNumbers { lines.append(row((1...width).map { "(\($0))" })) }
        }
        for (index, citizen) in citizens.enumerated() {
            lines.append(row(cells(citizen, number: index + 1, random: &random)))
        }
        for footer in style.footerRows { lines.append(padded(footer, width)) }
        let end = crlf ? "\r\n" : "\n"
        return lines.joined(separator: end) + end
    }

    /// The cells of one citizen.
    public func cells(_ citizen: SyntheticCitizen, number: Int, random: inout SeededGenerator) -> [String] {
        var cells: [String] = []
        let unit = citizen.commune
        let commune: String
        switch style.epoch {
        case .current: commune = unit.name2025
        case .legacy: commune = unit.legacyName
        case .pre2020: commune = unit.pre2020Name
        }
        for column in style.columns {
            switch column {
            case .rowNumber: cells.append(String(number))
            case .fullName: cells.append(noisyName(citizen.fullName, &random))
            case .familyAndMiddle:
                cells.append(noisyName([citizen.familyName, citizen.middleName].filter { !$0.isEmpty }.joined(separator: " "), &random))
            case .givenName: cells.append(noisyName(citizen.givenName, &random))
            case .birthDate: cells.append(noisyDate(citizen, &random))
            case .birthYearBySex:
                let year = String(citizen.birthYear)
                cells += citizen.male ? [year, ""] : ["", year]
            case .gender: cells.append(citizen.male ? "Nam" : (random.chance(0.1) ? "nu" : "Nữ"))
            case .nationalID: cells.append(noisyID(citizen, &random))
            case .phone: cells.append(noisyPhone(citizen.phone, &random))
            case .village: cells.append(random.chance(style.noise / 2) ? citizen.village.lowercased() : citizen.village)
            case .commune: cells.append(random.chance(style.noise / 2) ? Self.shortUnit(commune) : commune)
            case .district: cells.append(style.epoch == .current ? "" : unit.district)
            case .province: cells.append(unit.province)
            case .address:
                var parts = [citizen.village, commune]
                if style.epoch != .current { parts.append(unit.district) }
                parts.append(unit.province)
                cells.append(parts.joined(separator: ", "))
            case .occupation: cells.append(random.pick(["Làm ruộng", "Giáo viên", "Công nhân", "Buôn bán", "Hưu trí", "Học sinh", "Cán bộ"]))
            case .title: cells.append("Công dân học tập")
            case .notes: cells.append(random.chance(0.1) ? random.pick(["Chuyển đi", "Mới bổ sung", "Hộ nghèo"]) : "")
            }
        }
        return cells
    }

    // MARK: noise

    func noisyName(_ name: String, _ random: inout SeededGenerator) -> String {
        guard random.chance(style.noise * 2) else { return name }
        switch random.int(6) {
        case 0: return name.uppercased()
        case 1: return Self.withoutDiacritics(name)
        case 2: return Self.modernTones(name)
        case 3: return "  " + name.replacingOccurrences(of: " ", with: "  ") + " "
        case 4: return name.lowercased()
        default: return Self.withoutDiacritics(name).uppercased()
        }
    }

    func noisyDate(_ citizen: SyntheticCitizen, _ random: inout SeededGenerator) -> String {
        let d = citizen.birthDay, m = citizen.birthMonth, y = citizen.birthYear
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        guard random.chance(style.noise * 2) else { return "\(two(d))/\(two(m))/\(y)" }
        switch random.int(7) {
        case 0: return "\(d)/\(m)/\(y)"
        case 1: return String(y)
        case 2: return "\(two(d))-\(two(m))-\(y)"
        case 3: return String(Self.excelSerial(year: y, month: m, day: d))
        case 4: return "\(two(d)).\(two(m)).\(y)"
        case 5: return "\(two(m))/\(y)"
        default: return "\(y)-\(two(m))-\(two(d))"
        }
    }

    func noisyID(_ citizen: SyntheticCitizen, _ random: inout SeededGenerator) -> String {
        let id = citizen.nationalID
        if style.epoch == .pre2020 && random.chance(0.5) {
            // Old lists often carry the 9-digit CMND; it is unrelated to the CCCD number.
            return "18" + String(id.suffix(7))
        }
        guard random.chance(style.noise * 2) else { return id }
        switch random.int(4) {
        case 0: return String(id.drop { $0 == "0" })
        case 1: return "'" + id
        case 2: return String(id.prefix(3)) + " " + String(id.dropFirst(3).prefix(3)) + " " + String(id.dropFirst(6))
        default: return ""
        }
    }

    func noisyPhone(_ phone: String, _ random: inout SeededGenerator) -> String {
        if style.year <= 2018, let old = Self.oldPrefixes[String(phone.prefix(3))], random.chance(0.8) {
            return old + String(phone.dropFirst(3))
        }
        guard random.chance(style.noise * 2) else { return phone }
        switch random.int(4) {
        case 0: return "+84 " + String(phone.dropFirst())
        case 1: return String(phone.dropFirst())
        case 2: return String(phone.prefix(4)) + "." + String(phone.dropFirst(4).prefix(3)) + "." + String(phone.dropFirst(7))
        default: return ""
        }
    }

    /// The 11-digit prefixes before the 2018 migration (Mappings/text/phone_prefix_2018.csv).
    static let oldPrefixes: [String: String] = [
        "070": "0120", "079": "0121", "077": "0122", "076": "0126", "078": "0128",
        "083": "0123", "084": "0124", "085": "0125", "081": "0127", "082": "0129",
        "032": "0162", "033": "0163", "034": "0164", "035": "0165", "036": "0166", "037": "0167",
        "038": "0168", "039": "0169", "056": "0186", "058": "0188", "059": "0199",
    ]

    /// Days since 1899-12-30: what Excel stores for a date (1900 system, from 1900-03-01 on).
    static func excelSerial(year: Int, month: Int, day: Int) -> Int {
        // Days from civil (Howard Hinnant's algorithm), relative to 1899-12-30.
        func days(_ y: Int, _ m: Int, _ d: Int) -> Int {
            let y = m <= 2 ? y - 1 : y
            let era = (y >= 0 ? y : y - 399) / 400
            let yoe = y - era * 400
            let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
            let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
            return era * 146097 + doe
        }
        return days(year, month, day) - days(1899, 12, 30)
    }

    /// "Xã Đức Quang" → "Đức Quang" (lists often drop the unit type).
    static func shortUnit(_ name: String) -> String {
        for prefix in ["Thị trấn ", "Phường ", "Xã ", "Đặc khu "] where name.hasPrefix(prefix) { return String(name.dropFirst(prefix.count)) }
        return name
    }

    /// The name typed without diacritics (đ → d).
    static func withoutDiacritics(_ text: String) -> String {
        text.folding(options: .diacriticInsensitive, locale: nil)
            .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
    }

    /// The tone moved to the main vowel of -oa/-oe/-uy at the end of a word ("Hòa" → "Hoà").
    static func modernTones(_ text: String) -> String {
        let pairs: [(String, String)] = [
            ("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
            ("òe", "oè"), ("óe", "oé"), ("ỏe", "oẻ"), ("õe", "oẽ"), ("ọe", "oẹ"),
            ("ùy", "uỳ"), ("úy", "uý"), ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ"),
        ]
        return text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            var word = String(word)
            for (old, new) in pairs where word.hasSuffix(old) {
                word = String(word.dropLast(old.count)) + new
            }
            return word
        }.joined(separator: " ")
    }

    // MARK: rows

    func row(_ cells: [String]) -> String {
        cells.map(quoted).joined(separator: String(style.delimiter))
    }

    func padded(_ cells: [String], _ width: Int) -> String {
        row(style.padRows ? cells + Array(repeating: "", count: max(0, width - cells.count)) : cells)
    }

    func quoted(_ cell: String) -> String {
        guard cell.contains(style.delimiter) || cell.contains("\"") || cell.contains("\n") else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
