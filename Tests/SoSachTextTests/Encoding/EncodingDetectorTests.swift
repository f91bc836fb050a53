import Testing
@testable import SoSachText

/// Detection of short inputs and per-column re-decision.
@Suite struct EncodingDetectorTests {
    static let names = ["Nguyễn Văn Đức", "Trần Thị Hồng Nhung", "Lê Hoàng Phương", "Phạm Minh Tuấn", "Đặng Quốc Việt"]

    static func file(_ encoding: TextEncoding) -> [UInt8] {
        let text = names.enumerated().map { "\($0.offset + 1),\($0.element)\n" }.joined()
        return LegacyEncoder.encode(text, as: encoding)
    }

    static let encodings: [TextEncoding] = [.utf8, .utf16LE, .utf16BE, .windows1258, .tcvn3, .vni, .viqr, .viscii, .utf8Mojibake]

    @Test(arguments: encodings)
    func detectsGeneratedFiles(encoding: TextEncoding) {
        let detection = EncodingDetector().detect(sample: Self.file(encoding))
        #expect(detection.encoding == encoding, "\(detection)")
        #expect(!detection.isUncertain, "\(detection)")
    }

    @Test func userOverrideWins() {
        let detection = EncodingDetector(override: .vni).detect(sample: Self.file(.tcvn3))
        #expect(detection.encoding == .vni)
        #expect(detection.isOverride)
    }

    @Test func plainASCIIStaysASCII() {
        let detection = EncodingDetector().detect(sample: Array("1,Nguyen Van Duc.,1980\n2,Tran Thi Hoa,1975\n".utf8))
        #expect(detection.encoding == .ascii)
    }

    @Test func latin1NamesStayLatin1() {
        let bytes = LegacyEncoder.encode("1,José García\n2,François Müller\n3,Zoë Ñúñez\n", as: .windows1252)
        let detection = EncodingDetector().detect(sample: bytes)
        #expect(detection.encoding == .windows1252, "\(detection)")
        #expect(FieldDecoder(encoding: detection.encoding).decode(bytes).string == "1,José García\n2,François Müller\n3,Zoë Ñúñez\n")
    }

    @Test func utf16WithoutBOMFromNULPatterns() {
        let le = LegacyEncoder.encode("STT,Họ và tên\n1,Lê Hà\n", as: .utf16LE)
        let be = LegacyEncoder.encode("STT,Họ và tên\n1,Lê Hà\n", as: .utf16BE)
        #expect(EncodingDetector().detect(sample: le).encoding == .utf16LE)
        #expect(EncodingDetector().detect(sample: be).encoding == .utf16BE)
    }

    @Test func cutSampleEndingInsideAUTF8SequenceIsStillUTF8() {
        let bytes = Array("Lê Nguyễn".utf8)
        #expect(EncodingDetector().detect(sample: Array(bytes.dropLast(2)), isComplete: false).encoding == .utf8)
    }

    @Test func perColumnRedecision() {
        // A TCVN3 file whose third column was pasted from a VNI sheet.
        let tcvn3 = Self.names.map { LegacyEncoder.encode($0, as: .tcvn3) }
        let vni = Self.names.reversed().map { LegacyEncoder.encode($0, as: .vni) }
        let ids = Self.names.indices.map { Array("\($0)".utf8) }
        let detector = EncodingDetector()
        let file = detector.detect(sample: tcvn3.joined(separator: [0x0A]).map { $0 })
        #expect(file.encoding == .tcvn3)
        let columns = detector.detectColumns([ids, tcvn3, vni], fileEncoding: file.encoding)
        #expect(columns.map(\.encoding) == [.tcvn3, .tcvn3, .vni])
        #expect(FieldDecoder(encoding: columns[2].encoding).decode(vni[0]).string == "Đặng Quốc Việt")
        #expect(detector.detectColumn(tcvn3.map { $0[...] }, fileEncoding: .tcvn3).encoding == .tcvn3)
    }
}
