import Foundation
import Testing
@testable import SoSachUnits

/// `UnitCSVConverter`: copies rows, appends the unit columns, keeps the delimiter.
@Suite struct UnitCSVConverterTests {
    func convert(_ input: String, _ options: UnitCSVConverter.Options) throws -> (String, UnitCSVConverter.Summary) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sosach-units-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputPath = folder.appendingPathComponent("in.csv").path
        let outputPath = folder.appendingPathComponent("out.csv").path
        try Data(input.utf8).write(to: URL(fileURLWithPath: inputPath))
        let summary = try UnitCSVConverter(registry: UnitTestSupport.registry, options: options)
            .convert(inputPath: inputPath, outputPath: outputPath)
        return (String(decoding: try Data(contentsOf: URL(fileURLWithPath: outputPath)), as: UTF8.self), summary)
    }

    @Test func appendsTheUnitColumns() throws {
        var options = UnitCSVConverter.Options(column: .name("Dia chi"))
        options.provinceColumn = .name("Tỉnh")
        let (output, summary) = try convert("""
            STT,Họ tên,Địa chỉ,Tỉnh
            1,Nguyễn Văn An,"Bản Co Sản, xã Quài Cang, huyện Tuần Giáo",Điện Biên
            2,Trần C,,

            """, options)
        let expected = """
            STT,Họ tên,Địa chỉ,Tỉnh,commune_code,commune_name,province_code,province_name,legacy_commune_code,unit_status
            1,Nguyễn Văn An,"Bản Co Sản, xã Quài Cang, huyện Tuần Giáo",Điện Biên,03253,Xã Tuần Giáo,11,Tỉnh Điện Biên,03289,converted
            2,Trần C,,,,,,,,unresolved

            """
        #expect(Array(output.utf8) == Array(expected.utf8))
        #expect(summary.rows == 2)
        #expect(summary.statusCounts[.converted] == 1)
    }

    @Test func semicolonsWithoutHeader() throws {
        var options = UnitCSVConverter.Options(column: .position(2))
        options.hasHeader = false
        options.context = UnitContext(provinceCode: "01", epoch: .current)
        let (output, _) = try convert("1;Phường Ba Đình\n2;Phường Hồng Hà\n", options)
        #expect(Array(output.utf8) == Array("""
            1;Phường Ba Đình;00004;Phường Ba Đình;01;Thành phố Hà Nội;;current
            2;Phường Hồng Hà;00097;Phường Hồng Hà;01;Thành phố Hà Nội;;current

            """.utf8))
    }

    @Test func missingColumnIsReported() throws {
        #expect(throws: UnitCSVConverter.ColumnError.self) {
            _ = try convert("a,b\n1,2\n", UnitCSVConverter.Options(column: .name("Xã")))
        }
    }
}
