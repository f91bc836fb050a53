import ArgumentParser
import Foundation
import SoSachText

/// The list file `sosach-bench read` reads: an official-looking list (title rows, header, column
/// numbers, data rows, total and footer) of generated citizens, encoded as asked.
enum ReadBenchFile {
    static let villages = ["Bản Nà Lừa", "Bản Cang", "Thôn Đông Hưng", "Ấp Mỹ Phước", "Xóm 3", "Tổ dân phố Số 5",
                           "Thôn Quyết Tiến", "Bản Huổi Một", "Khu phố 2", "Thôn Thượng"]
    static let jobs = ["Làm ruộng", "Giáo viên", "Học sinh", "Công nhân", "Buôn bán", "", "Cán bộ", "Nội trợ"]
    static let prefixes = ["091", "098", "097", "086", "035", "038", "070", "083"]

    /// Writes the file; returns its size in bytes and its physical line count.
    static func write(path: String, rows: Int, encoding: TextEncoding) throws -> (size: Int, lines: Int) {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw ValidationError("cannot write \(path)") }
        defer { try? handle.close() }
        var size = 0
        var lines = 0
        var block: [String] = []
        func flush() {
            guard !block.isEmpty else { return }
            let text = block.joined(separator: "\r\n") + "\r\n"
            let bytes = encoding == .utf8 ? Array(text.utf8) : LegacyEncoder.encode(text, as: encoding)
            handle.write(Data(bytes))
            size += bytes.count
            lines += block.count
            block.removeAll(keepingCapacity: true)
        }
        block += [
            "UBND HUYỆN TUẦN GIÁO;;;CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM;;;;",
            "UBND XÃ QUÀI CANG;;;Độc lập - Tự do - Hạnh phúc;;;;",
            ";;;;;;;",
            "DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU \"CÔNG DÂN HỌC TẬP\" NĂM 2024;;;;;;;",
            "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/11/2024 của UBND xã Quài Cang);;;;;;;",
            ";;;;;;;",
            "STT;Họ và tên;Ngày sinh;Giới tính;Số CCCD;Số điện thoại;Thôn/Bản;Nghề nghiệp",
            "1;2;3;4;5;6;7;8",
        ]
        var names = VietnameseNameCorpus(seed: 2024)
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func random(_ n: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(n))
        }
        for row in 1...max(rows, 1) {
            var name = names.next()
            while !name.contains(" ") { name = names.next() }
            let year = 1940 + random(66)
            let male = name.contains("Thị") || name.contains("THỊ") ? false : random(2) == 0
            let date: String
            switch random(10) {
            case 0: date = "\(year)"
            case 1: date = String(format: "%02d/%d", 1 + random(12), year)
            default: date = String(format: "%02d/%02d/%d", 1 + random(28), 1 + random(12), year)
            }
            let id = random(8) == 0 ? "" : String(format: "0%02d%d%02d%06d", 1 + random(96), male ? 0 : 1, year % 100, random(1_000_000))
            let phone = random(3) == 0 ? "" : prefixes[random(prefixes.count)] + String(format: "%07d", random(10_000_000))
            block.append("\(row);\(name);\(date);\(male ? "Nam" : "Nữ");\(id);\(phone);\(villages[random(villages.count)]);\(jobs[random(jobs.count)])")
            if block.count >= 4096 { flush() }
        }
        block += [
            ";;;;;;;",
            "Tổng cộng: \(rows) người;;;;;;;",
            ";;;;Quài Cang, ngày 20 tháng 11 năm 2024;;;",
            "Người lập danh sách;;;;TM. UBND XÃ;;;",
        ]
        flush()
        return (size, lines)
    }
}
