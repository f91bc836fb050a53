import Foundation
import Testing
@testable import SoSachText

/// Edge cases of the one-pass mojibake loop (ASCII eight bytes at a time, runs repaired in place,
/// undecided cells taken back to the per-cell path): it gives the bytes and counts of the former
/// per-cell step (`MojibakeStreamTests.twoPassStep`) at every chunk size that splits the input.
@Suite struct MojibakeOnePassEdgeTests {
    /// One case per line: ASCII runs of 7/8/9 bytes around mojibake and delimiters, sequences at
    /// cell and input ends, cells the fast path leaves undecided.
    static let cases: [(name: String, bytes: [UInt8])] = [
        ("ascii 7 then run", Array("ABCDEFGNguyá»…n".utf8)),
        ("ascii 8 then run", Array("ABCDEFGHÄáº·ng".utf8)),
        ("ascii 9 then run", Array("ABCDEFGHIVÄƒn".utf8)),
        ("delimiter at 7", Array("ABCDEFG,Nguyá»…n,HIJKLMNO".utf8)),
        ("delimiter at 8", Array("ABCDEFGH;Nguyá»…n;ABCDEFGHI".utf8)),
        ("delimiter at 9", Array("ABCDEFGHI\tNguyá»…n\tABCDEFG".utf8)),
        ("run then ascii 7/8/9", Array("Ä‘ABCDEFG,Ä‘ABCDEFGH,Ä‘ABCDEFGHI\n".utf8)),
        ("ascii only 7/8/9/16", Array("ABCDEFG,ABCDEFGH,ABCDEFGHI,ABCDEFGHIJKLMNOP".utf8)),
        ("quoted cell", Array("\"ThÃ´n ÄÃ´ng HÆ°ng, xÃ£ HoÃ  BÃ¬nh\",Ná»¯\r\n".utf8)),
        ("double mojibake", Array(LegacyEncoder.mojibake("Nguyễn Văn Đức", times: 2).utf8)),
        ("clean Vietnamese", Array("Nguyễn Văn Đức,Hà Nội,Ngô".utf8)),
        ("clean NFD", Array("Nguyễn Văn Đức,Hà".decomposedStringWithCanonicalMapping.utf8)),
        ("latin-1 name", Array("José García,Müller".utf8)),
        ("lost byte", Array("Äáº·ng,Ä?áº·ng".utf8)),
        ("legacy via 1252", Array("NguyÔn V¨n §øc,Nguyeãn".utf8)),
        ("windows-1258 only run", Array("Văn,Äă".utf8)),
        ("four-byte char", Array("😀Ã©,Ã©😀".utf8)),
        ("ill-formed in cell", [0x41, 0xC3, 0x2C, 0xC3, 0xA9, 0xFF, 0x41, 0x2C, 0xE1, 0xBA, 0x0A]),
        ("truncated at end", Array("Nguyá»…n,".utf8) + [0xE1, 0xBA]),
        ("overlong and surrogate", [0xE0, 0x80, 0x80, 0x2C, 0xED, 0xA0, 0x80, 0x2C, 0xC0, 0xAF]),
        ("C1 controls", Array("Ã\u{81},\u{8D}\u{8F}\u{90}\u{9D},Ä\u{90}".utf8)),
        ("question mark", Array("Ã©?Ã©,x?Ã©,Ã©?".utf8)),
        ("empty cells", Array(",,;\t\n\r\"\"".utf8)),
    ]

    @Test(arguments: cases.map(\.name))
    func everySplitEqualsPerCellStep(name: String) {
        let bytes = Self.cases.first { $0.name == name }!.bytes
        for chunk in 1...(bytes.count + 1) {
            MojibakeStreamTests.expectOnePassEqualsTwoPass(bytes, chunk: chunk, "chunk \(chunk):")
        }
    }

    /// Every segment of the byte-repair tests (all pairs of high bytes seen through Windows-1252,
    /// every E1 xx xx letter once and twice, ill-formed bytes) as cells of one stream.
    @Test(arguments: [64, 4096, 1 << 20])
    func byteRepairSegmentsAsCells(chunk: Int) throws {
        var stream: [UInt8] = []
        for (index, segment) in try MojibakeByteRepairTests.segments().enumerated() {
            stream += segment
            stream.append([0x2C, 0x3B, 0x09, 0x0A][index % 4])
        }
        MojibakeStreamTests.expectOnePassEqualsTwoPass(stream, chunk: chunk)
    }
}

/// The one-pass loop keeps a run Windows-1252 maps without an NFC check: every such character
/// must be NFC-safe.
@Suite struct MojibakeOnePassInvariantTests {
    @Test func everyWindows1252CharacterIsNFCSafe() {
        for scalar in 0..<MojibakeRepair.reverseLimit where MojibakeRepair.windows1252Flat[scalar] != 0 {
            #expect(UTF8Normalizer.isSafe(UInt32(scalar)), "U+\(String(scalar, radix: 16))")
        }
    }
}
