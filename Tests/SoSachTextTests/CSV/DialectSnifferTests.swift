import Testing
@testable import SoSachText

/// A sniffer case: a sample and what must be found.
struct SniffCase: Sendable, CustomTestStringConvertible {
    let name: String
    let sample: [UInt8]
    let delimiter: UInt8
    let fieldCount: Int
    let lineEnding: SniffedDialect.LineEnding

    init(_ name: String, _ sample: String, _ delimiter: Character, _ fieldCount: Int, _ lineEnding: SniffedDialect.LineEnding = .lf) {
        self.name = name
        self.sample = Array(sample.utf8)
        self.delimiter = delimiter.asciiValue!
        self.fieldCount = fieldCount
        self.lineEnding = lineEnding
    }

    var testDescription: String { name }
}

@Suite struct DialectSnifferTests {
    static let cases: [SniffCase] = [
        SniffCase("plain comma", "a,b,c\n1,2,3\n4,5,6\n", ",", 3),
        SniffCase("semicolon with commas in addresses",
                  "STT;Họ và tên;Địa chỉ\n1;An;Tổ 1, Phường 2, Quận 3\n2;Bình;Xóm 4, Xã 5\n", ";", 3),
        SniffCase("official list with padded title rows",
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM;;;;\nĐộc lập - Tự do - Hạnh phúc;;;;\n;;;;\n"
                      + "DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN CÔNG DÂN HỌC TẬP, NĂM 2024;;;;\n"
                      + "STT;Họ và tên;Năm sinh;Địa chỉ;Ghi chú\n1;Nguyễn Văn An;1985;Thôn 1, xã A;\n"
                      + "2;Lê Thị Hòa;1990;Thôn 2, xã A;\n3;Trần Văn Bình;1979;Thôn 3, xã A;\n", ";", 5),
        SniffCase("title rows without padding",
                  "UBND XÃ HÒA BÌNH\nDANH SÁCH GIA ĐÌNH HỌC TẬP, NĂM 2023\n\nSTT,Họ tên,Năm sinh,Thôn\n"
                      + "1,An,1985,Thôn 1\n2,Bình,1990,Thôn 2\n3,Chi,1979,Thôn 3\n", ",", 4),
        SniffCase("tab with commas in text", "Họ tên\tĐịa chỉ\tGhi chú\nAn\tTổ 1, P.2\tx, y\nBình\tXóm 3, X.4\tz, w\n", "\t", 3),
        SniffCase("pipe", "a|b|c|d\n1|2|3|4\n", "|", 4),
        SniffCase("quoted fields hide other delimiters",
                  "\"Hà Nội; Việt Nam\",a,b\n\"Huế; Thừa Thiên\",c,d\n\"x;y;z\",e,f\n", ",", 3),
        SniffCase("quoted line ends", "a;\"b\nc\";d\ne;f;g\n", ";", 3),
        SniffCase("single column", "Nguyễn Văn An\nLê Thị Hòa\n", ",", 1),
        SniffCase("CRLF", "a;b\r\nc;d\r\n", ";", 2, .crlf),
        SniffCase("lone CR", "a|b\rc|d\re|f", "|", 2, .cr),
        SniffCase("mixed line ends", "a,b\r\nc,d\ne,f\n", ",", 2, .mixed),
        SniffCase("empty", "", ",", 1, .none),
        SniffCase("ragged rows keep the majority", "a;b;c;d\n1;2;3\n4;5;6;7\n8;9;10;11\n", ";", 4),
    ]

    @Test(arguments: cases)
    func findsTheDialect(_ testCase: SniffCase) {
        let found = DialectSniffer.sniff(testCase.sample, isWholeInput: true)
        #expect(found.dialect.delimiter == testCase.delimiter)
        #expect(found.fieldCount == testCase.fieldCount)
        #expect(found.lineEnding == testCase.lineEnding)
        #expect(found.dialect.quote == UInt8(ascii: "\""))
    }

    @Test func reportsByteOrderMarks() {
        #expect(DialectSniffer.sniff([0xEF, 0xBB, 0xBF] + Array("a;b\nc;d\n".utf8)).byteOrderMark == .utf8)
        #expect(DialectSniffer.sniff([0xEF, 0xBB, 0xBF] + Array("a;b\nc;d\n".utf8)).dialect == .semicolon)
        #expect(DialectSniffer.sniff([0xFF, 0xFE, 0x61, 0x00]).byteOrderMark == .utf16LE)
        #expect(DialectSniffer.sniff([0xFE, 0xFF, 0x00, 0x61]).byteOrderMark == .utf16BE)
        #expect(DialectSniffer.sniff(Array("a,b\n".utf8)).byteOrderMark == nil)
    }

    @Test func countsQuotedFields() {
        let found = DialectSniffer.sniff(Array("\"a\",\"b\"\"c\"\nd,\"e,f\"\n".utf8), isWholeInput: true)
        #expect(found.quotedFields == 3)
        #expect(found.fieldsSampled == 4)
        #expect(found.isConfident)
    }

    @Test func ignoresTheCutLastLineOfASample() {
        // Cut in the middle of a line: that line must not count.
        let sample = Array("a;b;c\n1;2;3\n4;5;6\n7,8".utf8)
        let found = DialectSniffer.sniff(sample, isWholeInput: false)
        #expect(found.dialect == .semicolon)
        #expect(found.recordsSampled == 3)
        #expect(found.consistency == 1)
    }

    @Test func looksOnlyAtTheFirst64KiB() {
        var sample = Array(String(repeating: "a;b;c\n", count: 12_000).utf8)
        sample += Array(String(repeating: "a,b,c,d,e\n", count: 20_000).utf8)
        #expect(DialectSniffer.sniff(sample).dialect == .semicolon)
    }
}
