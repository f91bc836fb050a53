/// The byte loop of one encoding: turns a chunk of input bytes into UTF-8 (not yet normalised)
/// and says how many input bytes it consumed.
///
/// Invariants (every decoder relies on them):
/// - `decode(_:isFinal:into:)` consumes a prefix of its input and never looks behind it. Bytes it
///   does not consume (an incomplete UTF-8/UTF-16 sequence, a VNI/CP1258 base letter whose mark
///   byte may follow, a TCVN3/VIQR word that may continue) are handed back by the caller at the
///   front of the next chunk. With `isFinal` it consumes everything.
/// - What it holds back is bounded (a word of at most `maxHeldWord` bytes, a line of at most
///   `maxHeldSegment` bytes for mojibake), so memory stays bounded whatever the input.
/// - Decoding chunk by chunk gives the same bytes as decoding the whole input at once.
/// - Output is valid UTF-8; bytes no table decodes become U+FFFD and are counted.
struct DecoderKernel {
    let encoding: TextEncoding
    /// Decode only what the encoding itself assigns (other high bytes become U+FFFD) instead of
    /// falling back to Windows-1252: the detector scores candidates this way.
    let strict: Bool
    /// Counts of what was decoded since the kernel was made.
    var statistics = DecodingStatistics()
    /// UTF-8: compose runs with combining marks while decoding (for a stream, whose output is
    /// normalised anyway: the normaliser then skips chunks that hold no other marks).
    var composeRuns = false
    /// Words the VIQR decoder composed, kept across chunks (made on the first large chunk).
    private var viqrCache: VIQRWordCache?

    /// Words longer than this are decoded without waiting for their end.
    static let maxHeldWord = 64
    /// Mojibake segments (cells) longer than this are repaired in pieces.
    static let maxHeldSegment = 1 << 20

    init(encoding: TextEncoding, strict: Bool = false) {
        self.encoding = encoding
        self.strict = strict
    }

    /// Decodes a prefix of `input` into `out`; returns how many bytes it consumed.
    mutating func decode(_ input: UnsafeBufferPointer<UInt8>, isFinal: Bool, into out: UTF8Buffer) -> Int {
        switch encoding {
        case .utf8, .ascii:
            return Self.decodeUTF8(input, isFinal: isFinal, into: out, statistics: &statistics, composeRuns: composeRuns)
        case .utf8Mojibake:
            return decodeMojibake(input, isFinal: isFinal, into: out)
        case .utf16LE:
            return Self.decodeUTF16(input, bigEndian: false, isFinal: isFinal, into: out, statistics: &statistics)
        case .utf16BE:
            return Self.decodeUTF16(input, bigEndian: true, isFinal: isFinal, into: out, statistics: &statistics)
        case .windows1252:
            return Self.decodeSingleByte(input, table: .windows1252, into: out, statistics: &statistics)
        case .viscii:
            return Self.decodeSingleByte(input, table: .viscii, into: out, statistics: &statistics)
        case .tcvn3Capital:
            return Self.decodeSingleByte(input, table: strict ? .tcvn3CapitalStrict : .tcvn3Capital, into: out, statistics: &statistics)
        case .tcvn3:
            return Self.decodeTCVN3(input, isFinal: isFinal, into: out, statistics: &statistics,
                                    lower: strict ? .tcvn3Strict : .tcvn3, capital: strict ? .tcvn3CapitalStrict : .tcvn3Capital)
        case .windows1258:
            return Self.decodeWindows1258(input, isFinal: isFinal, into: out, statistics: &statistics)
        case .vni:
            return Self.decodeVNI(input, isFinal: isFinal, into: out, statistics: &statistics, table: strict ? .vniStrict : .vni)
        case .viqr:
            // Streams (large chunks) keep a word cache; a single field is not worth one.
            if viqrCache == nil && input.count >= 4096 { viqrCache = VIQRWordCache() }
            return Self.decodeVIQR(input, isFinal: isFinal, into: out, statistics: &statistics, cache: viqrCache?.storage)
        }
    }

    /// Decodes all of `bytes` at once.
    mutating func decodeAll(_ bytes: UnsafeBufferPointer<UInt8>, into out: UTF8Buffer) {
        _ = decode(bytes, isFinal: true, into: out)
    }

    /// One byte per character through a table (Windows-1252, VISCII, TCVN3 capital font).
    static func decodeSingleByte(
        _ input: UnsafeBufferPointer<UInt8>, table: SingleByteTable, into out: UTF8Buffer,
        statistics: inout DecodingStatistics
    ) -> Int {
        out.reserve(input.count * 3)
        var p = out.end
        var decoded = 0
        var invalid = 0
        let identity = table.asciiIdentity
        table.packed.withUnsafeBufferPointer { packed in
            table.lengths.withUnsafeBufferPointer { lengths in
                for b in input {
                    if identity && b >= 0x20 && b < 0x80 {
                        p.pointee = b
                        p += 1
                        continue
                    }
                    let value = packed[Int(b)]
                    UnsafeMutableRawPointer(p).storeBytes(of: value, as: UInt32.self)
                    p += Int(lengths[Int(b)])
                    if b >= 0x80 || value >= 0x80 {
                        decoded += 1
                        if value == 0xBDBFEF { invalid += 1 }
                    }
                }
            }
        }
        out.count = p - out.base
        statistics.decodedUnits += decoded
        statistics.invalidSequences += invalid
        return input.count
    }
}
