/// The two encodings that write a letter as a base byte plus a mark byte: Windows-1258 (base +
/// combining tone byte CC D2 DE EC F2, or a precomposed byte) and VNI-Windows (base + one mark
/// byte, greedy two-byte match, case-lenient). Both compose straight to the precomposed letter,
/// so their output is NFC without ICU; a tone byte that follows no base stays a combining mark
/// and the normaliser deals with it.
extension DecoderKernel {
    /// Windows-1258 tone bytes → tone (1 grave 2 hook 3 tilde 4 acute 5 dot), 0 otherwise.
    static let windows1258Tones: [UInt8] = {
        var tones = [UInt8](repeating: 0, count: 256)
        tones[0xCC] = 1; tones[0xD2] = 2; tones[0xDE] = 3; tones[0xEC] = 4; tones[0xF2] = 5
        return tones
    }()

    /// Windows-1258 byte → base slot (for `VietnameseLetters.composed`), 0xFF if the byte is no base.
    static let windows1258Bases: [UInt8] = (0..<256).map { b in
        let scalar = EncodingTables.windows1258[b]
        return scalar < 0x200 ? VietnameseLetters.baseSlot[Int(scalar)] : 0xFF
    }

    static func decodeWindows1258(
        _ input: UnsafeBufferPointer<UInt8>, isFinal: Bool, into out: UTF8Buffer,
        statistics: inout DecodingStatistics
    ) -> Int {
        let n = input.count
        out.reserve(n * 3)
        var p = out.end
        var decoded = 0, invalid = 0, unnormalized = 0
        var consumed = n
        let table = SingleByteTable.windows1258
        windows1258Bases.withUnsafeBufferPointer { bases in
            windows1258Tones.withUnsafeBufferPointer { tones in
                VietnameseLetters.composed.withUnsafeBufferPointer { composed in
                    table.packed.withUnsafeBufferPointer { packed in
                        table.lengths.withUnsafeBufferPointer { lengths in
                            var i = 0
                            while i < n {
                                // The last byte waits for the next chunk: a tone byte there belongs with it.
                                if !isFinal && i + 1 >= n { consumed = i; break }
                                let b = input[i]
                                let slot = bases[Int(b)]
                                if slot != 0xFF {
                                    if i + 1 < n {
                                        let tone = tones[Int(input[i + 1])]
                                        if tone != 0 {
                                            let letter = composed[Int(slot) * 8 + Int(tone)]
                                            if letter != 0 {
                                                UTF8Buffer.write(letter, to: &p)
                                                decoded += 2
                                                i += 2
                                                continue
                                            }
                                        }
                                    } else if !isFinal {
                                        consumed = i
                                        break
                                    }
                                }
                                if b < 0x80 {
                                    p.pointee = b
                                    p += 1
                                } else {
                                    let value = packed[Int(b)]
                                    UnsafeMutableRawPointer(p).storeBytes(of: value, as: UInt32.self)
                                    p += Int(lengths[Int(b)])
                                    decoded += 1
                                    if value == 0xBDBFEF { invalid += 1 }
                                    if tones[Int(b)] != 0 { unnormalized += 1 }  // a tone byte with no base
                                }
                                i += 1
                            }
                        }
                    }
                }
            }
        }
        out.count = p - out.base
        statistics.decodedUnits += decoded
        statistics.invalidSequences += invalid
        statistics.unnormalized += unnormalized
        return consumed
    }

    /// VNI base bytes (ASCII vowels and ô ö Ô Ö, which VNI uses for ơ ư Ơ Ư) → slot, 0xFF otherwise.
    static let vniBases: [UInt8] = {
        var bases = [UInt8](repeating: 0xFF, count: 256)
        var next: UInt8 = 0
        for (base, _, _) in EncodingTables.vniPairs where bases[Int(base)] == 0xFF {
            bases[Int(base)] = next
            next += 1
        }
        return bases
    }()

    /// `vniPairs[slot << 8 | mark]` → letter, 0 if the pair is no letter. Case-lenient: a mark byte
    /// of the other case gives the letter in the base's case.
    static let vniPairs: [UInt32] = {
        var pairs = [UInt32](repeating: 0, count: 256 * 256)
        for (base, mark, letter) in EncodingTables.vniPairs {
            pairs[Int(vniBases[Int(base)]) << 8 | Int(mark)] = letter
        }
        for (base, mark, letter) in EncodingTables.vniPairs {
            let other = Int(vniBases[Int(base)]) << 8 | Int(mark ^ 0x20)
            if pairs[other] == 0 { pairs[other] = letter }
        }
        return pairs
    }()

    static func decodeVNI(
        _ input: UnsafeBufferPointer<UInt8>, isFinal: Bool, into out: UTF8Buffer,
        statistics: inout DecodingStatistics, table: SingleByteTable = .vni
    ) -> Int {
        let n = input.count
        out.reserve(n * 3)
        var p = out.end
        var decoded = 0, invalid = 0
        var consumed = n
        vniBases.withUnsafeBufferPointer { bases in
            vniPairs.withUnsafeBufferPointer { pairs in
                table.packed.withUnsafeBufferPointer { packed in
                    table.lengths.withUnsafeBufferPointer { lengths in
                        var i = 0
                        while i < n {
                            let b = input[i]
                            let slot = bases[Int(b)]
                            if slot != 0xFF {
                                if i + 1 < n {
                                    let mark = input[i + 1]
                                    if mark >= 0x80 {
                                        let letter = pairs[Int(slot) << 8 | Int(mark)]
                                        if letter != 0 {
                                            UTF8Buffer.write(letter, to: &p)
                                            decoded += 2
                                            i += 2
                                            continue
                                        }
                                    }
                                } else if !isFinal {
                                    consumed = i
                                    break
                                }
                            }
                            if b < 0x80 {
                                p.pointee = b
                                p += 1
                            } else {
                                let value = packed[Int(b)]
                                UnsafeMutableRawPointer(p).storeBytes(of: value, as: UInt32.self)
                                p += Int(lengths[Int(b)])
                                decoded += 1
                                if value == 0xBDBFEF { invalid += 1 }
                            }
                            i += 1
                        }
                    }
                }
            }
        }
        out.count = p - out.base
        statistics.decodedUnits += decoded
        statistics.invalidSequences += invalid
        return consumed
    }
}
