import Foundation
import SoSachText

/// Writes the CSV benchmark's input: rows of 8 Vietnamese-looking columns (STT, full name, birth
/// date, gender, national ID, phone, village and commune, note; ~92 bytes a row), plain (LF, no quotes) or with every field
/// quoted and CRLF line ends. Deterministic (a fixed-seed generator), written in 1 MiB blocks.
struct CSVBenchInput {
    enum Style {
        case plain
        case quotedCRLF
    }

    private static let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
    private static let middles = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Xuân", "Thu"]
    private static let givens = ["An", "Bình", "Cường", "Dũng", "Hòa", "Thủy", "Khỏe", "Lan", "Mai", "Nam", "Phương", "Quý", "Sơn", "Tâm", "Uyên", "Vinh", "Yến", "Đạt"]
    private static let villages = ["Thôn Đông", "Thôn Tây", "Xóm Chùa", "Tổ 3", "Ấp Bình", "Bản Nà", "Khu 7"]
    private static let communes = ["Hòa Bình", "Bến Thành", "Tân Phú", "Hải Châu", "Quảng Điền", "Phú Quốc"]
    private static let notes = ["", "", "CDHT", "GĐHT", "Hộ nghèo", "Đảng viên"]

    /// Writes `rows` rows to `path` and returns the file's size in bytes.
    static func write(rows: Int, style: Style, to path: String) throws -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path)
        else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { try? handle.close() }
        var generator = SeededGenerator(seed: 2025)
        var block: [UInt8] = []
        block.reserveCapacity((1 << 20) + 1024)
        var total = 0
        var fields: [String] = Array(repeating: "", count: 8)
        for row in 1...max(rows, 1) {
            let pick = { (list: [String]) in list[Int(generator.next() % UInt64(list.count))] }
            fields[0] = String(row)
            fields[1] = pick(families) + " " + pick(middles) + " " + pick(givens)
            let year = 1940 + Int(generator.next() % 70)
            let month = 1 + Int(generator.next() % 12)
            let day = 1 + Int(generator.next() % 28)
            fields[2] = (day < 10 ? "0" : "") + String(day) + "/" + (month < 10 ? "0" : "") + String(month) + "/" + String(year)
            fields[3] = generator.next() % 2 == 0 ? "Nam" : "Nữ"
            fields[4] = "0" + String(10_000_000_000 + generator.next() % 89_999_999_999)
            fields[5] = "09" + String(10_000_000 + generator.next() % 89_999_999)
            fields[6] = pick(villages) + " " + pick(communes)
            fields[7] = pick(notes)
            for (index, field) in fields.enumerated() {
                if index > 0 { block.append(UInt8(ascii: ",")) }
                if style == .quotedCRLF { block.append(UInt8(ascii: "\"")) }
                block.append(contentsOf: field.utf8)
                if style == .quotedCRLF { block.append(UInt8(ascii: "\"")) }
            }
            if style == .quotedCRLF { block.append(0x0D) }
            block.append(0x0A)
            if block.count >= 1 << 20 {
                handle.write(Data(block))
                total += block.count
                block.removeAll(keepingCapacity: true)
            }
        }
        handle.write(Data(block))
        total += block.count
        return total
    }
}

