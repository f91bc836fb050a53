import Testing
@testable import SoSachText

/// The plain-UTF-8 fast path of `FieldDecoder`: whatever it lets through must be what the full
/// path (decode, mojibake repair, NFC) leaves unchanged and unflagged. The full path's steps are
/// called directly here, so the check does not go through the fast path itself.
@Suite struct FieldDecoderPlainTests {
    /// Cells of every kind: clean names and places, mojibake (once, twice), legacy bytes shown as
    /// Windows-1252, lost bytes, decomposed text, Latin-1 names, runs of two mappable letters.
    static func corpus() -> [String] {
        var names = VietnameseNameCorpus(seed: 11)
        var cells = ["Lê Văn Hà", "Dương Thị Hương", "Đà Nẵng", "Trương Đình Lương", "Thôn Đông Hưng", "Giáo viên",
                     "Công nhân", "Nữ", "Nam", "Bản Nà Lừa", "José García", "Müller", "Nguyeãn Vaên Ñöùc", "NguyÔn V¨n §øc",
                     "Äáº·ng", "Ä?áº·ng", "Nguyá»…n", "LĂª", "Ăn ?ư", "ươ?ư", "Hoà", "Nguyễn\u{301}", "a\u{300}", "Ð", "Ðà",
                     "€uro", "Ã", "Ã ", "ÂÂ", "ăâ", "Đạt", "Hường", "Phường Quyết Thắng", "x ư ơ", "ê\u{0302}", "tổ\u{200B}"]
        for _ in 0..<400 {
            let name = names.next()
            cells.append(name)
            cells.append(LegacyEncoder.mojibake(name))
            cells.append(LegacyEncoder.mojibake(name, times: 2))
            cells.append(LegacyEncoder.windows1252View(LegacyEncoder.encode(name, as: .tcvn3)))
            cells.append(LegacyEncoder.windows1252View(LegacyEncoder.encode(name, as: .vni)))
            cells.append(name.decomposedStringWithCanonicalMapping)
        }
        return cells
    }

    /// True when the full UTF-8 path returns `bytes` unchanged and without flags.
    static func fullPathKeeps(_ bytes: [UInt8], repairs: Bool) -> Bool {
        bytes.withUnsafeBufferPointer { input in
            let decoded = UTF8Buffer(capacity: input.count * 3 + 16)
            var kernel = DecoderKernel(encoding: .utf8)
            kernel.decodeAll(input, into: decoded)
            guard kernel.statistics.invalidSequences == 0, decoded.array == bytes else { return false }
            if repairs {
                let repaired = UTF8Buffer(capacity: input.count + 16)
                let outcome = MojibakeRepair.repair(segment: decoded.bytes, into: repaired)
                guard !outcome.changed, repaired.array == bytes else { return false }
            }
            let normalized = UTF8Buffer(capacity: input.count + 16)
            var runs = 0
            UTF8Normalizer.normalize(input, isFinal: true, into: normalized, runs: &runs)
            return runs == 0 && normalized.array == bytes
        }
    }

    @Test func plainMeansUnchanged() {
        var plain = 0, total = 0
        for cell in Self.corpus() {
            let bytes = Array(cell.utf8)
            for repairs in [true, false] {
                let isPlain = bytes.withUnsafeBufferPointer { FieldDecoder.isPlainUTF8($0, checksMojibake: repairs) }
                total += 1
                guard isPlain else { continue }
                plain += 1
                #expect(Self.fullPathKeeps(bytes, repairs: repairs), "\(cell) (repairs: \(repairs))")
            }
        }
        // The fast path must actually take most clean cells.
        #expect(plain * 4 >= total, "\(plain) of \(total)")
    }

    @Test func decodeStringMatchesDecode() {
        for encoding in [TextEncoding.utf8, .ascii, .tcvn3, .utf8Mojibake] {
            for repairs in [true, false] {
                let decoder = FieldDecoder(encoding: encoding, repairsMojibake: repairs)
                for cell in Self.corpus() + ["\u{FEFF}STT", "12", "", "Nguyễn Văn A"] {
                    let bytes = Array(cell.utf8)
                    let full = decoder.decode(bytes)
                    let fast = bytes.withUnsafeBufferPointer { decoder.decodeString($0) }
                    #expect(Array(fast.string.utf8) == full.bytes, "\(encoding.rawValue): \(cell)")
                    #expect(fast.flags == full.flags, "\(encoding.rawValue): \(cell)")
                }
            }
        }
    }

    @Test func mojibakeIsNotPlain() {
        for cell in ["Nguyá»…n", "NguyÃ¡Â»â€¦n", "Äáº·ng", "Ä?áº·ng", "LĂª"] {
            let bytes = Array(cell.utf8)
            #expect(!bytes.withUnsafeBufferPointer { FieldDecoder.isPlainUTF8($0, checksMojibake: true) }, "\(cell)")
        }
    }

    /// The letters the fast path counts as unmappable have no byte in either code page.
    @Test func dotBelowToTildeLettersHaveNoWindowsByte() {
        for scalar in UInt32(0x1EA0)...0x1EF9 {
            #expect(MojibakeRepair.windows1252Byte(scalar) == nil && MojibakeRepair.windows1258Byte(scalar) == nil)
        }
    }

    @Test func asciiPassesThroughWhereDecodeKeepsIt() {
        let cells = ["1", "Nguyen Van A", "01/02/1990", "0912 345 678", "a-b 'c'", "x\\y", "do~ ", "Tho^n"]
        for encoding in TextEncoding.allCases where FieldDecoder(encoding: encoding).passesASCIIThrough {
            for cell in cells {
                let field = FieldDecoder(encoding: encoding).decode(Array(cell.utf8))
                #expect(field.bytes == Array(cell.utf8) && field.flags.isEmpty, "\(encoding.rawValue): \(cell)")
            }
        }
    }
}
