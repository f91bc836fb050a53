import Foundation
import Testing
@testable import SoSachText

/// Edge cases of the NFD fast path (`DecoderKernel.composeMarksAt`: an ASCII base, its marks,
/// then ASCII): composing while decoding gives the bytes and counts of decoding then normalising,
/// at every chunk size that splits the input.
@Suite struct FusedDecodeMarkTests {
    /// One case per line.
    static let cases: [(name: String, bytes: [UInt8])] = [
        ("one mark", Array("Ha\u{300} Noi".utf8)),
        ("modifier and tone", Array("Nguye\u{302}\u{303}n".utf8)),
        ("tone then modifier", Array("Nguye\u{303}\u{302}n".utf8)),
        ("horn and tone", Array("Đu\u{31B}\u{301}c".utf8)),
        ("capitals", Array("NGUYE\u{302}\u{303}N Đ".utf8)),
        ("ascii 7/8/9 around", Array("ABCDEFGe\u{301}ABCDEFGHa\u{300}ABCDEFGHIo\u{31B}".utf8)),
        ("marks at the end", Array("Nguye\u{302}\u{303}".utf8)),
        ("three marks", Array("a\u{306}\u{301}\u{323}x".utf8)),
        ("two modifiers", Array("a\u{306}\u{302}x".utf8)),
        ("two tones", Array("a\u{301}\u{300}x".utf8)),
        ("U+0340 and U+0341", Array("a\u{340}b e\u{341}c".utf8)),
        ("other mark", Array("a\u{30A}b n\u{303}o".utf8)),
        ("greek after a mark", Array("a\u{301}\u{370}x".utf8)),
        ("letter after a mark", Array("a\u{301}êx".utf8)),
        ("no Vietnamese base", Array("x\u{301}y q\u{31B}z".utf8)),
        ("mark first", Array("\u{301}a,\u{301}".utf8)),
        ("truncated mark", [0x61, 0xCC]),
        ("mark then invalid", [0x61, 0xCC, 0x81, 0xFF, 0x61]),
        ("precomposed neighbours", Array("ễe\u{301}ạ".utf8)),
    ]

    @Test(arguments: cases.map(\.name))
    func everySplitEqualsDecodeThenNormalize(name: String) throws {
        let bytes = Self.cases.first { $0.name == name }!.bytes
        let (expected, _) = FusedDecodeTests.plainUTF8(bytes)
        for chunk in 1...(bytes.count + 1) {
            let (out, statistics) = try FusedDecodeTests.stream(bytes, chunk: chunk, composesRuns: true)
            let (twoPass, twoPassStatistics) = try FusedDecodeTests.stream(bytes, chunk: chunk, composesRuns: false)
            #expect(out == expected, "chunk \(chunk): \(firstDifference(out, expected))")
            #expect(out == twoPass, "chunk \(chunk): \(firstDifference(out, twoPass))")
            #expect(statistics.decodedUnits == twoPassStatistics.decodedUnits, "chunk \(chunk)")
            #expect(statistics.invalidSequences == twoPassStatistics.invalidSequences, "chunk \(chunk)")
            #expect(statistics.normalizedRuns == twoPassStatistics.normalizedRuns, "chunk \(chunk)")
        }
    }
}

/// `composeMarksAt` (mark classes and modified letters from tables) composes exactly what
/// `UTF8Normalizer.composeVietnamese` composes, for every ASCII letter with one or two marks.
@Suite struct ComposeMarksTableTests {
    @Test func marksComposeAsTheNormalizer() {
        let tables = UTF8Normalizer.LetterTables.shared
        let second: [UInt32?] = [nil, 0x300, 0x301, 0x302, 0x303, 0x306, 0x309, 0x31B, 0x323, 0x340, 0x341, 0x30A, 0x36F]
        var composedCount = 0
        for base in Array(UInt8(0x41)...0x5A) + Array(UInt8(0x61)...0x7A) {
            for first in UInt32(0x300)...0x37F {
                for mark in second {
                    var run = [base]
                    for scalar in [first] + (mark.map { [$0] } ?? []) {
                        run.append(UInt8(0xC0 | (scalar >> 6)))
                        run.append(UInt8(0x80 | (scalar & 0x3F)))
                    }
                    let input = run + [0x78]
                    let fast = input.withUnsafeBufferPointer {
                        DecoderKernel.composeMarksAt($0, 1, endIsBoundary: true, tables: tables)
                    }
                    let out = UTF8Buffer(capacity: 16)
                    let composes = run.withUnsafeBufferPointer { UTF8Normalizer.composeVietnamese($0, into: out) }
                    if composes {
                        #expect(fast.letter != 0 && Array(String(Unicode.Scalar(fast.letter)!).utf8) == out.array, "\(run)")
                        #expect(fast.next == run.count && fast.marks == (run.count - 1) / 2, "\(run)")
                        composedCount += 1
                    } else {
                        #expect(fast.letter == 0, "\(run)")
                    }
                }
            }
        }
        #expect(composedCount > 100)
    }
}
