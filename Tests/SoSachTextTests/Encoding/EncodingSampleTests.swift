import Testing
@testable import SoSachText

/// Every sample file is detected correctly and decodes to the bytes of its UTF-8 sibling (NFC).
@Suite struct EncodingSampleTests {
    static let cases: [(file: String, encoding: TextEncoding, reference: String)] = [
        ("samples/utf8.csv", .utf8, "samples/utf8.csv"),
        ("samples/utf8_bom.csv", .utf8, "samples/utf8.csv"),
        ("samples/utf8_nfd.csv", .utf8, "samples/utf8.csv"),
        ("samples/utf16le_bom.csv", .utf16LE, "samples/utf8.csv"),
        ("samples/utf8_mojibake_saved_as_utf8.csv", .utf8Mojibake, "samples/utf8.csv"),
        ("samples/cp1258.csv", .windows1258, "samples/utf8.csv"),
        ("samples/tcvn3.csv", .tcvn3, "samples/utf8.csv"),
        ("samples/vni.csv", .vni, "samples/utf8.csv"),
        ("samples/viqr.csv", .viqr, "samples/utf8.csv"),
        ("samples/viscii.csv", .viscii, "samples/utf8.csv"),
        ("samples/short_cp1258.csv", .windows1258, "samples/short_utf8.csv"),
        ("samples/short_tcvn3.csv", .tcvn3, "samples/short_utf8.csv"),
        ("samples/short_vni.csv", .vni, "samples/short_utf8.csv"),
        ("samples/short_utf8.csv", .utf8, "samples/short_utf8.csv"),
    ]

    @Test(arguments: cases)
    func detectsAndDecodes(file: String, encoding: TextEncoding, reference: String) throws {
        let bytes = try EncodingFixtures.bytes(file)
        let expected = UTF8Normalizer.nfc(try EncodingFixtures.bytes(reference))
        let detection = EncodingDetector().detect(sample: bytes)
        #expect(detection.encoding == encoding, "\(file): \(detection)")
        let decoded = try EncodingFixtures.streamDecode(bytes, encoding)
        #expect(decoded == expected, "\(file): \(firstDifference(decoded, expected))")
    }

    @Test(arguments: cases, [1, 2, 3, 7, 64])
    func streamingEqualsWholeDecode(sample: (file: String, encoding: TextEncoding, reference: String), chunk: Int) throws {
        let bytes = try EncodingFixtures.bytes(sample.file)
        let whole = try EncodingFixtures.streamDecode(bytes, sample.encoding)
        let chunked = try EncodingFixtures.streamDecode(bytes, sample.encoding, chunk: chunk, readSize: chunk)
        #expect(chunked == whole, "\(sample.file) chunk \(chunk): \(firstDifference(chunked, whole))")
    }
}

/// The text around the first differing byte, for readable failures.
func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
    if a == b { return "equal" }
    let k = zip(a, b).prefix { $0 == $1 }.count
    let from = max(0, k - 40)
    return "at byte \(k): got «\(String(decoding: a[from..<min(a.count, k + 40)], as: UTF8.self))» expected «\(String(decoding: b[from..<min(b.count, k + 40)], as: UTF8.self))»"
}
