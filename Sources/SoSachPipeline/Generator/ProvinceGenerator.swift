import SoSachText
import Foundation
import SoSachMappings

/// Generates a province-sized input for the clean benchmark: `records` citizens spread over
/// `files` list files of one province (Hà Tĩnh by default), with the layouts, encodings and
/// noise of real submissions, about a quarter of them naming a citizen of another list again.
///
/// Files are written one at a time, so generating a million records needs little memory.
public struct ProvinceGenerator {
    /// The province's legacy code in Mappings (42 = Hà Tĩnh).
    public var provinceCode: String
    public var seed: UInt64
    /// Writes a file's text in an encoding; the default writes UTF-8 and UTF-16LE, and leaves
    /// other encodings to the caller (the benchmark passes the legacy encoders).
    public var encode: (SampleFile) throws -> [UInt8]

    public init(provinceCode: String = "42", seed: UInt64 = 7, encode: @escaping (SampleFile) throws -> [UInt8]) {
        self.provinceCode = provinceCode
        self.seed = seed
        self.encode = encode
    }

    /// The communes of the province with their legacy predecessor and district, from
    /// Mappings/units/legacy_to_2025.csv and units_legacy.csv.
    public func units() throws -> [SyntheticUnit] {
        let legacy = try Self.rows("units/units_legacy.csv")
        var districtName: [String: String] = [:]
        for row in legacy where row.count > 6 && row[0] == "district" && row[6] == provinceCode { districtName[row[1]] = row[2] }
        let provinceName = legacy.first { $0.count > 2 && $0[0] == "province" && $0[1] == provinceCode }?[2] ?? ""
        var units: [SyntheticUnit] = []
        for row in try Self.rows("units/legacy_to_2025.csv") where row.count > 7 && row[6] == provinceCode && row[2] == "true" {
            let villages = (1...8).map { "Thôn \($0)" }
            units.append(SyntheticUnit(name2025: row[7], legacyName: row[4], pre2020Name: row[4],
                                       district: districtName[row[5]] ?? "", province: provinceName, villages: villages))
        }
        return units
    }

    /// Writes the files into `folder` (created if needed); returns the paths written.
    public func write(records: Int, files: Int, to folder: String) throws -> [String] {
        let units = try self.units()
        guard !units.isEmpty else { throw CleanError.usage("no units for province \(provinceCode) in Mappings") }
        var random = SeededGenerator(seed: seed)
        var population = SyntheticPopulation(seed: seed &+ 1)
        var recent: [SyntheticCitizen] = []
        var paths: [String] = []
        var written = 0
        for index in 0..<files {
            let count = (records - written) / (files - index)
            let unit = units[index % units.count]
            var list: [SyntheticCitizen] = []
            for _ in 0..<count {
                // A quarter of the rows name someone already listed (another year's list).
                if !recent.isEmpty && random.chance(0.25) {
                    list.append(recent[random.int(recent.count)])
                } else {
                    let citizen = population.citizen(in: unit)
                    if recent.count < 4096 { recent.append(citizen) } else { recent[random.int(recent.count)] = citizen }
                    list.append(citizen)
                }
            }
            written += count
            let (style, encoding) = Self.style(index, count: count, unit: unit, random: &random)
            let text = SyntheticListRenderer(style: style).render(list, random: &random, crlf: random.chance(0.5))
            let sub = String(format: "%03d", index / 500)
            let name = "\(sub)/DS_\(style.year)_\(index).\(style.delimiter == "\t" ? "txt" : "csv")"
            let path = folder + "/" + name
            try FileManager.default.createDirectory(atPath: folder + "/" + sub, withIntermediateDirectories: true)
            let bytes = try encode(SampleFile(path: name, text: text, encoding: encoding))
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
                throw CleanError.unreadableInput(path: path, reason: "cannot write")
            }
            paths.append(path)
        }
        return paths
    }

    /// A layout and an encoding for file `index`: mostly UTF-8 with official title rows and
    /// footers, some two-row headers, split names, UTF-16 and legacy encodings.
    static func style(_ index: Int, count: Int, unit: SyntheticUnit, random: inout SeededGenerator) -> (SyntheticListStyle, SampleFile.Encoding) {
        let title = ["UBND " + unit.name2025.uppercased(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
        var style: SyntheticListStyle
        var encoding = SampleFile.Encoding.utf8
        switch random.int(10) {
        case 0, 1, 2, 3:
            style = SyntheticListStyle(columns: [.rowNumber, .fullName, .birthDate, .gender, .nationalID, .phone, .village, .occupation],
                                       headers: ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Số điện thoại", "Thôn", "Nghề nghiệp"])
            style.titleLines = title + ["DANH SÁCH CÔNG DÂN HỌC TẬP NĂM 2025"]
            style.footerRows = [["Tổng cộng: \(count) người"], ["Người lập danh sách"]]
            style.columnNumbers = true
        case 4, 5:
            style = SyntheticListStyle(columns: [.rowNumber, .fullName, .birthYearBySex, .nationalID, .phone, .address],
                                       headers: ["TT", "Họ và tên", "Năm sinh", "Số định danh cá nhân", "Điện thoại", "Địa chỉ"])
            style.delimiter = ","
            style.titleLines = title
        case 6:
            style = SyntheticListStyle(columns: [.rowNumber, .familyAndMiddle, .givenName, .birthDate, .gender, .nationalID, .village],
                                       headers: ["STT", "Họ và tên đệm", "Tên", "Ngày sinh", "Giới tính", "CMND/CCCD", "Thôn"])
            style.delimiter = "\t"
            encoding = .utf16LE
        case 7:
            style = SyntheticListStyle(columns: [.rowNumber, .fullName, .birthDate, .gender, .nationalID, .phone, .village, .commune, .district],
                                       headers: ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CMND", "Số điện thoại", "Thôn", "Xã", "Huyện"])
            style.epoch = .legacy
            style.year = 2018
            encoding = random.chance(0.5) ? .tcvn3 : .windows1258
        default:
            style = SyntheticListStyle(columns: [.rowNumber, .fullName, .birthDate, .gender, .nationalID, .phone, .village],
                                       headers: ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Số điện thoại", "Thôn"])
            style.titleLines = ["DANH SÁCH CÔNG DÂN HỌC TẬP " + unit.name2025.uppercased()]
            encoding = random.chance(0.3) ? .utf8BOM : .utf8
        }
        style.noise = 0.08
        return (style, encoding)
    }

    /// The rows of a Mappings CSV split on commas (the columns read here hold no quotes).
    static func rows(_ file: String) throws -> [[String]] {
        let text = String(decoding: try Mappings.bytes(file), as: UTF8.self)
        return text.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }
}
