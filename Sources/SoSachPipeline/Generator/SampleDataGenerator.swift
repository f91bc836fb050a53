import SoSachText
import Foundation

/// Generates `SampleData/`: a small, realistic set of messy lists from communes of Hà Tĩnh
/// (Đức Thọ area and the city), in every encoding and layout the README's first command must
/// handle, with the same citizens appearing in several lists. Deterministic: the same seed
/// gives the same bytes.
///
/// Units are real: 2025 communes from Mappings/units/units_2025.csv, their 2020-2025
/// predecessors from legacy_to_2025.csv and the communes merged in 2020 from
/// changes_pre2025.csv. Every person is invented.
public struct SampleDataGenerator {
    /// The seed of the committed SampleData.
    public static let defaultSeed: UInt64 = 20250701

    public var seed: UInt64

    public init(seed: UInt64 = SampleDataGenerator.defaultSeed) { self.seed = seed }

    static let province = "Tỉnh Hà Tĩnh"
    static let ducQuang = SyntheticUnit(name2025: "Xã Đức Quang", legacyName: "Xã Bùi La Nhân", pre2020Name: "Xã Đức La",
                                        district: "Huyện Đức Thọ", province: province,
                                        villages: ["Thôn Bùi Xá", "Thôn Đông La", "Thôn Yên Nhân", "Thôn Trung Hòa"])
    static let ducThinh = SyntheticUnit(name2025: "Xã Đức Thịnh", legacyName: "Xã Lâm Trung Thủy", pre2020Name: "Xã Đức Lâm",
                                        district: "Huyện Đức Thọ", province: province,
                                        villages: ["Thôn Lâm Hợp", "Thôn Trung Lễ", "Thôn Thủy Hội"])
    static let ducTho = SyntheticUnit(name2025: "Xã Đức Thọ", legacyName: "Xã Tân Dân", pre2020Name: "Xã Đức Lập",
                                      district: "Huyện Đức Thọ", province: province,
                                      villages: ["Thôn Tân Tiến", "Thôn Dân Chủ", "Thôn Lập Thạch"])
    static let ducMinh = SyntheticUnit(name2025: "Xã Đức Minh", legacyName: "Xã Tùng Châu", pre2020Name: "Xã Đức Châu",
                                       district: "Huyện Đức Thọ", province: province,
                                       villages: ["Thôn Châu Phong", "Thôn Tùng Lâm", "Thôn Minh Tiến"])
    static let daiNai = SyntheticUnit(name2025: "Phường Thành Sen", legacyName: "Phường Đại Nài", pre2020Name: "Phường Đại Nài",
                                      district: "Thành phố Hà Tĩnh", province: province,
                                      villages: ["Tổ dân phố 1", "Tổ dân phố 2", "Tổ dân phố 5"])

    static let officialTitle = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

    /// The files, in a fixed order.
    public func files() -> [SampleFile] {
        var population = SyntheticPopulation(seed: seed)
        var pools: [SyntheticUnit: [SyntheticCitizen]] = [:]
        for unit in [Self.ducQuang, Self.ducThinh, Self.ducTho, Self.ducMinh, Self.daiNai] {
            pools[unit] = (0..<40).map { _ in population.citizen(in: unit) }
        }
        var random = population.random
        /// `count` citizens of `unit`: `shared` of them from the shared pool (so they appear in
        /// other lists too), the rest new.
        func people(_ unit: SyntheticUnit, _ count: Int, shared: Int, from start: Int = 0) -> [SyntheticCitizen] {
            var list = Array(pools[unit]![start..<(start + shared)])
            var extra = SyntheticPopulation(seed: random.next())
            list += (0..<(count - shared)).map { _ in extra.citizen(in: unit) }
            return list
        }
        var files: [SampleFile] = []

        // 1. 2025, UTF-8 with BOM, ';', official layout: commune only in the title.
        var style = SyntheticListStyle(
            columns: [.rowNumber, .fullName, .birthDate, .gender, .nationalID, .phone, .village, .occupation, .notes],
            headers: ["STT", "Họ và tên", "Ngày tháng năm sinh", "Giới tính", "Số CCCD", "Số điện thoại",
                      "Thôn/Xóm", "Nghề nghiệp", "Ghi chú"])
        var list = people(Self.ducQuang, 26, shared: 18)
        style.titleLines = ["UBND TỈNH HÀ TĨNH", "UBND XÃ ĐỨC QUANG"] + Self.officialTitle
            + ["DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU \"CÔNG DÂN HỌC TẬP\" NĂM 2025", ""]
        style.columnNumbers = true
        style.footerRows = [[""], ["Tổng cộng: \(list.count) người"], ["", "", "", "", "", "Đức Quang, ngày 15 tháng 10 năm 2025"],
                            ["Người lập danh sách", "", "", "", "", "TM. UBND XÃ"], ["(Ký, ghi rõ họ tên)", "", "", "", "", "CHỦ TỊCH"]]
        style.noise = 0.12
        files.append(SampleFile(path: "2025/DS_CDHT_2025_XaDucQuang.csv",
                                text: SyntheticListRenderer(style: style).render(list, random: &random, crlf: true),
                                encoding: .utf8BOM))

        // 2. 2025, UTF-8, ',', two-row header "Năm sinh" over "Nam | Nữ", address column.
        style = SyntheticListStyle(columns: [.rowNumber, .fullName, .birthYearBySex, .nationalID, .phone, .address, .title],
                                   headers: ["TT", "Họ và tên", "Năm sinh", "Số định danh cá nhân", "Điện thoại", "Địa chỉ", "Danh hiệu"])
        style.delimiter = ","
        style.titleLines = ["UBND TỈNH HÀ TĨNH", "UBND XÃ ĐỨC THỊNH"] + Self.officialTitle + ["DANH SÁCH CÔNG DÂN HỌC TẬP NĂM 2025"]
        style.footerRows = [["Danh sách này có 20 người"]]
        list = people(Self.ducThinh, 20, shared: 14)
        files.append(SampleFile(path: "2025/DS_CDHT_2025_XaDucThinh.csv",
                                text: SyntheticListRenderer(style: style).render(list, random: &random), encoding: .utf8))

        // 3. 2025, UTF-16LE tab-separated ("Unicode text" from Excel), split name columns,
        //    heavy Excel damage.
        style = SyntheticListStyle(columns: [.rowNumber, .familyAndMiddle, .givenName, .birthDate, .gender, .nationalID, .phone, .village],
                                   headers: ["STT", "Họ và tên đệm", "Tên", "Ngày sinh", "Giới tính", "CMND/CCCD", "SĐT", "Thôn"])
        style.delimiter = "\t"
        style.titleLines = ["DANH SÁCH GIA ĐÌNH HỌC TẬP XÃ ĐỨC THỌ, TỈNH HÀ TĨNH NĂM 2025"]
        style.noise = 0.3
        list = people(Self.ducTho, 20, shared: 14)
        files.append(SampleFile(path: "2025/GDHT_2025_XaDucTho.txt",
                                text: SyntheticListRenderer(style: style).render(list, random: &random, crlf: true),
                                encoding: .utf16LE))

        // 4. 2024, Windows-1258, units of 2020-2025 with district.
        style = SyntheticListStyle(columns: [.rowNumber, .fullName, .birthDate, .gender, .nationalID, .village, .commune, .district],
                                   headers: ["STT", "HỌ VÀ TÊN", "Ngày sinh", "Giới tính", "Số CCCD", "Thôn", "Xã", "Huyện"])
        style.epoch = .legacy
        style.year = 2024
        style.titleLines = ["DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN CÔNG DÂN HỌC TẬP NĂM 2024"]
        list = people(Self.ducMinh, 16, shared: 12)
        files.append(SampleFile(path: "2024/DS_CDHT_2024_TungChau.csv",
                                text: SyntheticListRenderer(style: style).render(list, random: &random, crlf: true),
                                encoding: .windows1258))

        // 5. 2018, TCVN3 (ABC), communes of before the 2020 mergers, CMND, 11-digit phones.
        style = SyntheticListStyle(columns: [.rowNumber, .fullName, .birthDate, .gender, .nationalID, .phone, .village],
                                   headers: ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CMND", "Số điện thoại", "Xóm"])
        style.epoch = .pre2020
        style.year = 2018
        style.titleLines = ["UBND XÃ ĐỨC LA - HUYỆN ĐỨC THỌ"] + Self.officialTitle
            + ["DANH SÁCH CÔNG DÂN HỌC TẬP NĂM 2018"]
        style.footerRows = [["Tổng cộng: 20 người"], ["Người lập biểu"]]
        list = people(Self.ducQuang, 20, shared: 16, from: 4)
        files.append(SampleFile(path: "2018/DS_CDHT_2018_XaDucLa.csv",
                                text: SyntheticListRenderer(style: style).render(list, random: &random, crlf: true),
                                encoding: .tcvn3))

        // 6. 2019, VNI-Windows, pre-2020 units.
        style = SyntheticListStyle(columns: [.rowNumber, .fullName, .birthDate, .nationalID, .phone, .village, .commune],
                                   headers: ["STT", "Họ tên", "Năm sinh", "Số CMND", "ĐT", "Thôn", "Xã"])
        style.epoch = .pre2020
        style.year = 2018
        style.titleLines = ["UBND HUYỆN ĐỨC THỌ", "DANH SÁCH CÔNG DÂN HỌC TẬP XÃ ĐỨC LÂM NĂM 2019"]
        list = people(Self.ducThinh, 15, shared: 10, from: 6)
        files.append(SampleFile(path: "2019/DS_2019_DucLam.csv",
                                text: SyntheticListRenderer(style: style).render(list, random: &random, crlf: true),
                                encoding: .vni))

        // 7. 2020, VIQR (plain ASCII with tone marks as punctuation), units of 2020-2025.
        style = SyntheticListStyle(columns: [.rowNumber, .fullName, .birthDate, .gender, .village, .commune, .district],
                                   headers: ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Thôn", "Xã", "Huyện"])
        style.delimiter = ","
        style.epoch = .legacy
        style.year = 2020
        style.titleLines = ["DANH SÁCH CÔNG DÂN HỌC TẬP NĂM 2020"]
        list = people(Self.ducTho, 12, shared: 8, from: 10)
        files.append(SampleFile(path: "2020/DS_2020_XaTanDan.txt",
                                text: SyntheticListRenderer(style: style).render(list, random: &random), encoding: .viqr))

        // 8. 2023, mojibake (UTF-8 read as Windows-1252 and saved again), a divided ward.
        style = SyntheticListStyle(columns: [.rowNumber, .fullName, .birthDate, .gender, .nationalID, .phone, .village, .commune, .district],
                                   headers: ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Số điện thoại", "Tổ dân phố", "Phường", "Thành phố"])
        style.epoch = .legacy
        style.year = 2023
        style.titleLines = ["DANH SÁCH CÔNG DÂN HỌC TẬP PHƯỜNG ĐẠI NÀI NĂM 2023"]
        list = people(Self.daiNai, 14, shared: 0)
        files.append(SampleFile(path: "2023/DS_2023_PhuongDaiNai.csv",
                                text: SyntheticListRenderer(style: style).render(list, random: &random, crlf: true),
                                encoding: .mojibake))

        // 9. 2024, no header at all: columns must be recognised by their content.
        style = SyntheticListStyle(columns: [.rowNumber, .fullName, .birthDate, .nationalID, .phone, .village],
                                   headers: [])
        style.headerless = true
        style.delimiter = ","
        style.year = 2024
        list = people(Self.ducMinh, 10, shared: 6, from: 12)
        files.append(SampleFile(path: "2024/DSCDHT_2024_XaDucMinh.csv",
                                text: SyntheticListRenderer(style: style).render(list, random: &random), encoding: .utf8))

        // 10. 2025, two lists pasted one under the other, each with its header, blank rows between.
        style = SyntheticListStyle(columns: [.rowNumber, .fullName, .birthDate, .gender, .nationalID, .village],
                                   headers: ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Thôn"])
        style.titleLines = ["UBND XÃ ĐỨC QUANG, TỈNH HÀ TĨNH", "DANH SÁCH BỔ SUNG CÔNG DÂN HỌC TẬP NĂM 2025"]
        let first = SyntheticListRenderer(style: style).render(people(Self.ducQuang, 6, shared: 3, from: 20), random: &random)
        style.titleLines = ["", "", "DANH SÁCH ĐỢT 2"]
        let second = SyntheticListRenderer(style: style).render(people(Self.ducQuang, 6, shared: 4, from: 24), random: &random)
        files.append(SampleFile(path: "2025/DS_BoSung_2025_XaDucQuang.csv", text: first + second, encoding: .utf8))

        // 11. 2025, a damaged export: ragged rows, a row without a name, an unterminated quote,
        //     an invalid byte.
        files.append(SampleFile(path: "2025/DS_2025_XaDucThinh_dot2.csv",
                                text: damagedList(people(Self.ducThinh, 10, shared: 6, from: 20), random: &random),
                                encoding: .utf8))
        return files
    }

    /// A list with the accidents of hand-edited exports.
    func damagedList(_ list: [SyntheticCitizen], random: inout SeededGenerator) -> String {
        var style = SyntheticListStyle(columns: [.rowNumber, .fullName, .birthDate, .gender, .nationalID, .phone, .village],
                                       headers: ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Số điện thoại", "Thôn"])
        style.titleLines = ["DANH SÁCH CÔNG DÂN HỌC TẬP XÃ ĐỨC THỊNH, TỈNH HÀ TĨNH NĂM 2025"]
        let renderer = SyntheticListRenderer(style: style)
        var lines = renderer.render(Array(list.prefix(4)), random: &random).split(separator: "\n").map(String.init)
        // A ragged row with extra cells, and one cut short.
        lines.append(renderer.row(renderer.cells(list[4], number: 5, random: &random) + ["", "ghi chú thêm", ""]))
        lines.append(renderer.row(Array(renderer.cells(list[5], number: 6, random: &random).prefix(3))))
        // A row whose name was deleted, and a row of only punctuation where the name should be.
        var cells = renderer.cells(list[6], number: 7, random: &random)
        cells[1] = ""
        lines.append(renderer.row(cells))
        cells = renderer.cells(list[7], number: 8, random: &random)
        cells[1] = "..."
        lines.append(renderer.row(cells))
        // An unterminated quote: the rows after it must stay records.
        cells = renderer.cells(list[8], number: 9, random: &random)
        cells[1] = "\"" + cells[1]
        lines.append(cells.joined(separator: ";"))
        // A byte that is not UTF-8 (the writer turns U+E000 into 0xFF).
        cells = renderer.cells(list[9], number: 10, random: &random)
        cells[6] += "\u{E000}"
        lines.append(renderer.row(cells))
        lines.append("Tổng cộng: 10 người;;;;;;")
        return lines.joined(separator: "\n") + "\n"
    }
}
