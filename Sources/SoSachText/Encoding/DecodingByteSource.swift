/// A `ByteSource` that reads another source in a given encoding and hands out UTF-8 NFC, chunk by
/// chunk with bounded memory. A byte order mark at the start is dropped.
///
/// Whole-stream decoding keeps the layout: in every encoding but UTF-16, delimiters, quotes and
/// line ends are ASCII and decode to themselves, so a CSV reader can run on the output (UTF-16
/// files must go through this source). Counts of what was decoded are in `statistics`.
///
/// Invariants: the decoder kernel and the normaliser each consume a prefix of what they are given
/// and hand back a bounded tail (see `DecoderKernel`, `UTF8Normalizer`); this class keeps those
/// tails at the front of its buffers, so chunk boundaries never change the output.
public final class DecodingByteSource: ByteSource {
    /// The encoding being decoded.
    public let encoding: TextEncoding
    /// What the decoder did so far (invalid sequences, repairs, …).
    public var statistics: DecodingStatistics {
        var total = kernel.statistics
        total.normalizedRuns += normalizedRuns
        return total
    }

    private let source: ByteSource
    private let chunkSize: Int
    private var kernel: DecoderKernel
    private let raw: UTF8Buffer
    private var decoded: UTF8Buffer
    private var output: UTF8Buffer
    private var outputOffset = 0
    private var sourceEnded = false
    private var finished = false
    private var atStart = true
    private var normalizedRuns = 0

    /// Decodes `source` from `encoding`, reading `chunkSize` bytes at a time (default 64 KiB).
    public init(source: ByteSource, encoding: TextEncoding, chunkSize: Int = 64 * 1024) {
        self.source = source
        self.encoding = encoding
        self.chunkSize = max(chunkSize, 16)
        kernel = DecoderKernel(encoding: encoding)
        kernel.composeRuns = true
        raw = UTF8Buffer(capacity: self.chunkSize + 64)
        decoded = UTF8Buffer(capacity: self.chunkSize * 3 + 64)
        output = UTF8Buffer(capacity: self.chunkSize * 3 + 64)
    }

    /// UTF-8 runs with combining marks composed while decoding (on by default; tests turn it off
    /// to compare with the two-pass path).
    var composesRuns: Bool {
        get { kernel.composeRuns }
        set { kernel.composeRuns = newValue }
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard buffer.count > 0 else { return 0 }
        while outputOffset == output.count {
            if finished { return 0 }
            output.removeAll()
            outputOffset = 0
            try fill()
        }
        let count = min(buffer.count, output.count - outputOffset)
        buffer.baseAddress!.copyMemory(from: output.base + outputOffset, byteCount: count)
        outputOffset += count
        return count
    }

    /// Reads one chunk, decodes and normalises what can be finished.
    private func fill() throws {
        if !sourceEnded {
            raw.reserve(chunkSize)
            let n = try source.read(into: UnsafeMutableRawBufferPointer(start: raw.end, count: chunkSize))
            if n == 0 { sourceEnded = true } else { raw.count += n }
        }
        if atStart {
            guard stripByteOrderMark() else { return }
        }
        let held = decoded.count
        let unnormalizedBefore = kernel.statistics.unnormalized
        let consumed = kernel.decode(raw.bytes, isFinal: sourceEnded, into: decoded)
        raw.removeFirst(consumed)
        // A chunk with nothing that may need NFC skips the normaliser (kernels keep a character
        // that marks in the next chunk could attach to, so a clean chunk is final as it is).
        let clean = kernel.statistics.unnormalized == unnormalizedBefore
        if clean && held == 0 && output.count == 0 {
            swap(&decoded, &output)
            return finishIfEnded()
        }
        var runs = 0
        let normalized = UTF8Normalizer.normalize(decoded.bytes, isFinal: sourceEnded || clean, into: output, runs: &runs)
        normalizedRuns += runs
        decoded.removeFirst(normalized)
        finishIfEnded()
    }

    private func finishIfEnded() {
        if sourceEnded { finished = true }
    }

    /// Drops a BOM once enough bytes are there to tell; false while more bytes are needed.
    private func stripByteOrderMark() -> Bool {
        let bom: [UInt8]
        switch encoding {
        case .utf8, .utf8Mojibake: bom = [0xEF, 0xBB, 0xBF]
        case .utf16LE: bom = [0xFF, 0xFE]
        case .utf16BE: bom = [0xFE, 0xFF]
        default: atStart = false; return true
        }
        if raw.count < bom.count && !sourceEnded {
            let prefix = Array(raw.bytes)
            if prefix.elementsEqual(bom.prefix(prefix.count)) { return false }
        }
        if raw.count >= bom.count && Array(raw.bytes.prefix(bom.count)) == bom { raw.removeFirst(bom.count) }
        atStart = false
        return true
    }
}
