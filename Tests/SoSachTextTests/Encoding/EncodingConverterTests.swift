import Foundation
import Testing
@testable import SoSachText

/// `EncodingConverter` (behind `sosach convert`): whole-stream and per-column conversion.
@Suite struct EncodingConverterTests {
    let folder: String = {
        let path = NSTemporaryDirectory() + "sosach-convert-tests-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func read(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    @Test(arguments: ["tcvn3.csv", "vni.csv", "viqr.csv", "viscii.csv", "cp1258.csv", "utf16le_bom.csv",
                      "utf8_mojibake_saved_as_utf8.csv", "utf8_nfd.csv", "utf8_bom.csv"])
    func convertsSamplesToTheUTF8Sibling(name: String) throws {
        let input = try write(name, try EncodingFixtures.bytes("samples/" + name))
        let report = try EncodingConverter.convert(input: input, output: input + ".out")
        #expect(try read(input + ".out") == UTF8Normalizer.nfc(try EncodingFixtures.bytes("samples/utf8.csv")))
        #expect(report.columnEncodings.isEmpty)
    }

    @Test func excelModeWritesTheBOMOnly() throws {
        let input = try write("excel.csv", try EncodingFixtures.bytes("samples/short_vni.csv"))
        _ = try EncodingConverter.convert(input: input, output: input + ".out", options: .init(excel: true))
        #expect(try read(input + ".out") == [0xEF, 0xBB, 0xBF] + Array("Nguyễn Thị Ánh".utf8))
    }

    @Test func overrideWins() throws {
        let input = try write("override.csv", LegacyEncoder.encode("Lê Hà", as: .vni))
        let report = try EncodingConverter.convert(input: input, output: input + ".out", options: .init(from: .vni))
        #expect(report.detection.isOverride)
        #expect(try read(input + ".out") == Array("Lê Hà".utf8))
    }

    @Test func decodesEachColumnWithItsOwnEncoding() throws {
        var corpus = VietnameseNameCorpus(seed: 11)
        // A TCVN3 sheet whose address column was pasted from a VNI sheet.
        var bytes = LegacyEncoder.encode("STT;Họ và tên;Địa chỉ\n", as: .tcvn3)
        var expected = "STT;Họ và tên;Địa chỉ\n"
        for k in 1...30 {
            let name = corpus.next(), place = "Xóm \(k), xã Nghĩa Đồng"
            bytes += Array("\(k);".utf8) + LegacyEncoder.encode(name, as: .tcvn3) + Array(";\"".utf8)
                + LegacyEncoder.encode(place, as: .vni) + Array("\"\n".utf8)
            expected += "\(k);\(name);\"\(place)\"\n"
        }
        let input = try write("mixed.csv", bytes)
        let report = try EncodingConverter.convert(input: input, output: input + ".out")
        // Whichever encoding the file-level sample favours, the other column gets the other one.
        let file = report.detection.encoding
        #expect(file == .tcvn3 || file == .vni)
        #expect(report.columnEncodings.mapValues(\.encoding) == (file == .tcvn3 ? [2: .vni] : [1: .tcvn3]))
        let got = String(decoding: try read(input + ".out"), as: UTF8.self)
        // The writer quotes only where needed: compare without the quotes.
        // TCVN3 cannot write capital toned letters (a lone "Ý" comes back "ý"): compare folded case.
        let want = Array(expected.replacingOccurrences(of: "\"", with: "").lowercased().utf8)
        #expect(Array(got.lowercased().utf8) == want, "\(firstDifference(Array(got.lowercased().utf8), want))")
    }

    @Test func unreadableInputThrows() {
        #expect(throws: FileByteSource.IOError.self) {
            try EncodingConverter.convert(input: folder + "/missing.csv", output: folder + "/x.csv")
        }
    }
}
