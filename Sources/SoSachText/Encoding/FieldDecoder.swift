/// A field decoded to clean UTF-8 NFC, with the flags of what the decoder did.
public struct DecodedField: Sendable, Equatable {
    /// The text, UTF-8 NFC.
    public var bytes: [UInt8]
    /// Sorted flags: the encoding's flag (`enc.tcvn3`, …) when decoding changed the bytes,
    /// `enc.invalid`, `enc.tcvn3_capital`, `enc.mojibake`, `enc.mojibake_lossy`, `enc.nfc`.
    public var flags: [Flag]
    /// The text as a String.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public init(bytes: [UInt8], flags: [Flag]) {
        self.bytes = bytes
        self.flags = flags
    }
}

/// Decodes one field (the raw bytes of a CSV cell) from a known encoding to UTF-8 NFC.
///
/// The pipeline parses ASCII-compatible files on raw bytes (delimiters and quotes are ASCII in
/// every encoding but UTF-16) and decodes cell by cell, with the file's encoding or the column's
/// (`EncodingDetector.detectColumns`). ASCII fields come back unchanged without work (except in
/// VIQR, where ASCII is the encoding). The decoder is a value: share it between threads freely.
///
/// ```swift
/// let decoder = FieldDecoder(encoding: .tcvn3)
/// let field = decoder.decode(Array("NguyÔn V¨n §øc".utf8 /* really the TCVN3 bytes */))
/// field.string  // "Nguyễn Văn Đức", field.flags == ["enc.tcvn3"]
/// ```
public struct FieldDecoder: Sendable {
    /// The encoding the bytes are in.
    public let encoding: TextEncoding
    /// Whether UTF-8 fields are checked for mojibake and repaired (`MojibakeRepair`). The
    /// default is true.
    public var repairsMojibake: Bool

    /// A decoder for `encoding`.
    public init(encoding: TextEncoding, repairsMojibake: Bool = true) {
        self.encoding = encoding
        self.repairsMojibake = repairsMojibake
    }

    /// Decodes `bytes`.
    public func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> DecodedField {
        var start = 0
        // A byte order mark at the start of a field (the first cell of a file) is dropped.
        if encoding == .utf8 || encoding == .utf8Mojibake, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            start = 3
        }
        if encoding == .utf16LE || encoding == .utf16BE, bytes.count >= 2,
           (bytes[0] == 0xFF && bytes[1] == 0xFE && encoding == .utf16LE) || (bytes[0] == 0xFE && bytes[1] == 0xFF && encoding == .utf16BE) {
            start = 2
        }
        let input = UnsafeBufferPointer(rebasing: bytes[start...])
        if encoding.isASCIICompatible {
            var ascii = true
            var hasVIQRMarks = false
            for b in input {
                if b >= 0x80 || (b < 0x20 && encoding == .viscii) { ascii = false; break }
                if b == 0x5C || DecoderKernel.isVIQRMark(b) || b == 0x64 || b == 0x44 || b == 0x2D { hasVIQRMarks = true }
            }
            if ascii && (encoding != .viqr || !hasVIQRMarks) && encoding != .tcvn3Capital {
                return DecodedField(bytes: Array(input), flags: [])
            }
        }
        if (encoding == .utf8 || encoding == .ascii) && Self.isPlainUTF8(input, checksMojibake: repairsMojibake) {
            return DecodedField(bytes: Array(input), flags: [])
        }
        let decoded = UTF8Buffer(capacity: input.count * 3 + 16)
        var kernel = DecoderKernel(encoding: encoding == .utf8Mojibake ? .utf8 : encoding)
        kernel.decodeAll(input, into: decoded)
        var statistics = kernel.statistics
        var flags: [Flag] = []
        var text = decoded
        if (repairsMojibake && (encoding == .utf8 || encoding == .ascii)) || encoding == .utf8Mojibake {
            var hasHigh = false
            for b in decoded.bytes where b >= 0x80 { hasHigh = true; break }
            if hasHigh {
                let repaired = UTF8Buffer(capacity: decoded.count + 16)
                let outcome = MojibakeRepair.repair(segment: decoded.bytes, into: repaired)
                if outcome.changed {
                    text = repaired
                    flags += outcome.flags
                }
            }
        }
        // Text that is NFC by the fast rule is what normalising would copy (runs stays 0).
        var normalized = text
        var runs = 0
        if !UTF8Normalizer.isFastNFC(text.bytes) {
            normalized = UTF8Buffer(capacity: text.count + 16)
            UTF8Normalizer.normalize(text.bytes, isFinal: true, into: normalized, runs: &runs)
        }
        statistics.normalizedRuns += runs
        if let flag = encoding.flag, encoding != .utf8Mojibake,
           statistics.decodedUnits > 0 || !equalBytes(normalized.bytes, input) {
            flags.append(flag)
        }
        if statistics.invalidSequences > 0 { flags.append(.encInvalid) }
        if statistics.capitalizedWords > 0 || (encoding == .tcvn3Capital && !equalBytes(normalized.bytes, input)) {
            flags.append(.encTCVN3Capital)
        }
        if runs > 0 && (encoding == .utf8 || encoding == .utf8Mojibake || encoding == .utf16LE || encoding == .utf16BE || encoding == .ascii) {
            flags.append(.encNFC)
        }
        return DecodedField(bytes: normalized.array, flags: flags.count <= 1 ? flags : Array(Set(flags)).sorted())
    }

    /// Decodes `bytes` (an array, slice or any contiguous collection).
    public func decode<Bytes: Collection>(_ bytes: Bytes) -> DecodedField where Bytes.Element == UInt8 {
        if let result = bytes.withContiguousStorageIfAvailable({ decode($0) }) { return result }
        return Array(bytes).withUnsafeBufferPointer { decode($0) }
    }

    /// Decodes `bytes` and returns the text only.
    public func string<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        decode(bytes).string
    }

    private func equalBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }
}
