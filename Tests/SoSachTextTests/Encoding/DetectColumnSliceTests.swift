import Testing
@testable import SoSachText

/// The `detectColumn` overload for record slices decides as the generic one does.
@Suite struct DetectColumnSliceTests {
    static let columns: [(name: String, fields: [String], encoding: TextEncoding)] = [
        ("utf-8 names", ["Nguyễn Văn Đức", "Trần Thị Hằng", "Lê Văn Tám"], .utf8),
        ("mojibake names", ["Nguyá»…n VÄƒn Äá»©c", "Tráº§n Thá»‹ Háº±ng"], .utf8),
        ("ascii", ["Nguyen Van Duc", "Tran Thi Hang"], .tcvn3),
        ("empty", [], .utf8),
    ]

    @Test(arguments: columns.map(\.name))
    func sliceOverloadEqualsGeneric(name: String) {
        let column = Self.columns.first { $0.name == name }!
        var fields = column.fields.map { Array($0.utf8) }
        // TCVN3 bytes for a legacy column.
        if column.encoding == .tcvn3 { fields += [LegacyEncoder.encode("Nguyễn Văn Đức", as: .tcvn3)] }
        // Slices of one record buffer, as the reader passes them.
        let buffer: [UInt8] = fields.flatMap { $0 + [UInt8(0x2C)] }
        var slices: [ArraySlice<UInt8>] = []
        var start = 0
        for field in fields {
            slices.append(buffer[start..<(start + field.count)])
            start += field.count + 1
        }
        let detector = EncodingDetector()
        let generic = detector.detectColumn(fields, fileEncoding: column.encoding)
        let sliced = detector.detectColumn(slices, fileEncoding: column.encoding)
        #expect(sliced == generic)
    }
}
