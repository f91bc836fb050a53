import Testing
@testable import SoSachText

/// The per-field decoder: bytes and flags, one case per line.
@Suite struct FieldDecoderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let encoding: TextEncoding
        let input: [UInt8]
        let expected: String
        let flags: [Flag]
        var testDescription: String { "\(encoding.rawValue): \(expected)" }
        init(_ encoding: TextEncoding, _ input: [UInt8], _ expected: String, _ flags: [Flag]) {
            self.encoding = encoding; self.input = input; self.expected = expected; self.flags = flags
        }
        init(_ encoding: TextEncoding, _ input: String, _ expected: String, _ flags: [Flag]) {
            self.init(encoding, Array(input.utf8), expected, flags)
        }
    }

    static let cases: [Case] = [
        Case(.utf8, "Nguyen Van Duc", "Nguyen Van Duc", []),
        Case(.utf8, "Nguyễn Văn Đức", "Nguyễn Văn Đức", []),
        Case(.utf8, "Nguye\u{302}\u{303}n", "Nguyễn", [.encNFC]),
        Case(.utf8, "a\u{301}\u{302}", "ấ", [.encNFC]),                         // mis-ordered marks
        Case(.utf8, "Nguyá»…n", "Nguyễn", [.encMojibake]),
        Case(.utf8, [0xEF, 0xBB, 0xBF] + Array("Lê".utf8), "Lê", []),          // BOM at the start of a file
        Case(.utf8, [0x4C, 0xFF, 0x65], "L\u{FFFD}e", [.encInvalid]),
        Case(.utf8, [0x4C, 0xE1, 0xBB], "L\u{FFFD}", [.encInvalid]),           // truncated sequence
        Case(.tcvn3, [0x4E, 0x67, 0x75, 0x79, 0xD4, 0x6E], "Nguyễn", [.encTCVN3]),
        Case(.tcvn3, [0x50, 0x68, 0xAD, 0xAC, 0x6E, 0x67], "Phương", [.encTCVN3]),   // ư is 0xAD (soft hyphen)
        Case(.tcvn3, [0x4E, 0x47, 0x55, 0x59, 0xD4, 0x4E], "NGUYỄN", [.encTCVN3, .encTCVN3Capital]),
        Case(.tcvn3, [0x93, 0x4C, 0xAA, 0x94], "“Lê”", [.encTCVN3]),          // 0x80-0x9F are cp1252 punctuation
        Case(.tcvn3, [0x4C, 0x81], "L\u{FFFD}", [.encInvalid, .encTCVN3]),
        Case(.tcvn3, "Nguyen", "Nguyen", []),
        Case(.tcvn3Capital, [0x6E, 0x67, 0x75, 0x79, 0xD4, 0x6E], "NGUYỄN", [.encTCVN3Capital]),
        Case(.vni, [0x4E, 0x67, 0x75, 0x79, 0x65, 0xE3, 0x6E], "Nguyễn", [.encVNI]),
        Case(.vni, [0x4E, 0x67, 0x75, 0x79, 0x65, 0xC3, 0x6E], "Nguyễn", [.encVNI]),  // upper-case mark byte, lower base
        Case(.vni, [0x50, 0x68, 0xF6, 0xF4, 0xF9, 0x63], "Phước", [.encVNI]),
        Case(.windows1258, [0x4E, 0x67, 0x75, 0x79, 0xEA, 0xDE, 0x6E], "Nguyễn", [.encCP1258]),
        Case(.windows1258, [0x48, 0x6F, 0xE0], "Hoà", [.encCP1258]),
        Case(.windows1258, [0x48, 0x6F, 0x61, 0xCC], "Hoà", [.encCP1258]),
        Case(.viscii, [0x4E, 0x67, 0x75, 0x79, 0xAD, 0x6E], "Nguyễn", [.encVISCII]),
        Case(.viscii, [0x02], "Ẳ", [.encVISCII]),                               // C0 letters
        Case(.viqr, "Nguye^~n Va(n DDu+'c", "Nguyễn Văn Đức", [.encVIQR]),
        Case(.viqr, "Nguyen Van Duc.", "Nguyen Van Duc.", []),
        Case(.viqr, "O^ng te^n gi`\\? To^i te^n la` Thu.y\\.", "Ông tên gì? Tôi tên là Thụy.", [.encVIQR]),
        Case(.viqr, "H'Hen Nie^", "H'Hen Niê", [.encVIQR]),
        Case(.viqr, "a'^m", "ấm", [.encVIQR]),                                  // tone before modifier
        Case(.viqr, "Pho*`ng", "Phờng", [.encVIQR]),                           // * for horn (still a syllable)
        Case(.viqr, "d-u+'c", "đức", [.encVIQR]),
        Case(.viqr, "Tie^'ng Vie^.t, 12.5 km", "Tiếng Việt, 12.5 km", [.encVIQR]),
        Case(.windows1252, [0x4A, 0x6F, 0x73, 0xE9], "José", [.encCP1252]),
        Case(.utf16LE, [0x4C, 0x00, 0xEA, 0x00], "Lê", [.encUTF16]),
        Case(.utf16BE, [0x00, 0x4C, 0x00, 0xEA], "Lê", [.encUTF16]),
        Case(.utf16LE, [0xFF, 0xFE, 0x4C, 0x00, 0x00, 0xD8], "L\u{FFFD}", [.encInvalid, .encUTF16]),
        Case(.utf8Mojibake, "Äáº·ng", "Đặng", [.encMojibake, .encMojibakeLossy]),
        Case(.utf8Mojibake, "NguyÔn V¨n §øc", "Nguyễn Văn Đức", [.encMojibake, .encTCVN3]),
    ]

    @Test(arguments: cases)
    func decodes(c: Case) {
        let field = FieldDecoder(encoding: c.encoding).decode(c.input)
        #expect(field.bytes == Array(c.expected.utf8), "\(field.string)")
        #expect(field.flags == c.flags.sorted())
    }

    @Test func decodesSlicesWithoutCopying() {
        let record: [UInt8] = Array("1,".utf8) + [0x4C, 0xAA] + Array(",x".utf8)
        let field = FieldDecoder(encoding: .tcvn3).decode(record[2..<4])
        #expect(field.bytes == Array("Lê".utf8))
    }
}
