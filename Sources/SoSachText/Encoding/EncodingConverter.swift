#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Re-encodes a text file (CSV/TSV in any encoding SoSach reads) to clean UTF-8 NFC with the same
/// layout: the logic behind `sosach convert`.
///
/// The file's encoding is detected from its first 64 KiB (or taken from `Options.from`), then the
/// whole file streams through a `DecodingByteSource`; delimiters, quotes and line ends are ASCII in
/// every encoding, so they come out unchanged and in the same order. The output is written to a
/// temporary file next to the target and renamed over it at the end, so a failed run never leaves
/// a half-written file.
public enum EncodingConverter {
    /// How to convert.
    public struct Options: Sendable {
        /// The input's encoding, skipping detection. The default is nil (detect).
        public var from: TextEncoding?
        /// Start the output with a UTF-8 byte order mark, so Excel opens it as UTF-8. The default is false.
        public var excel: Bool
        /// Bytes read per chunk. The default is 64 KiB.
        public var chunkSize: Int

        public init(from: TextEncoding? = nil, excel: Bool = false, chunkSize: Int = 64 * 1024) {
            self.from = from
            self.excel = excel
            self.chunkSize = chunkSize
        }
    }

    /// What a conversion did.
    public struct Report: Sendable {
        /// The input path.
        public var input: String
        /// The output path.
        public var output: String
        /// The encoding used, with confidence and evidence (or the override).
        public var detection: EncodingDetection
        /// Counts of invalid sequences, repairs and normalisations.
        public var statistics: DecodingStatistics
        /// Bytes written, BOM included.
        public var bytesWritten: Int64
    }

    /// A conversion that failed on I/O.
    public struct ConversionError: Error, CustomStringConvertible {
        /// The file concerned.
        public var path: String
        /// What failed.
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    /// Converts the file at `input` into `output` (a file path).
    public static func convert(input: String, output: String, options: Options = Options()) throws -> Report {
        let file = try FileByteSource(path: input)
        let detector = EncodingDetector(override: options.from)
        let sample = try ReplayByteSource.readPrefix(of: file, count: detector.sampleSize)
        let detection = detector.detect(sample: sample, isComplete: sample.count < detector.sampleSize)
        let source = DecodingByteSource(
            source: ReplayByteSource(prefix: sample, then: file), encoding: detection.encoding, chunkSize: options.chunkSize)
        let writer = try AtomicFileWriter(path: output)
        var written: Int64 = 0
        if options.excel {
            try writer.write([0xEF, 0xBB, 0xBF])
            written += 3
        }
        var buffer = [UInt8](repeating: 0, count: max(options.chunkSize, 4096) * 2)
        do {
            while true {
                let n = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
                if n == 0 { break }
                try buffer.withUnsafeBufferPointer { try writer.write(UnsafeBufferPointer(rebasing: $0[0..<n])) }
                written += Int64(n)
            }
            try writer.commit()
        } catch {
            writer.abandon()
            throw error
        }
        return Report(input: input, output: output, detection: detection, statistics: source.statistics, bytesWritten: written)
    }
}

/// Writes a file through a temporary sibling that `commit()` renames over the target.
final class AtomicFileWriter {
    let path: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []

    init(path: String) throws {
        self.path = path
        temporaryPath = path + ".sosach-tmp-\(getpid())"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw EncodingConverter.ConversionError(path: path, message: "cannot write: \(String(cString: strerror(errno)))")
        }
        buffer.reserveCapacity(1 << 16)
    }

    deinit { abandon() }

    func write(_ bytes: [UInt8]) throws { try bytes.withUnsafeBufferPointer { try write($0) } }

    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + offset, buffer.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw EncodingConverter.ConversionError(path: path, message: "write failed: \(String(cString: strerror(errno)))")
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func commit() throws {
        try flush()
        guard close(descriptor) == 0 else {
            descriptor = -1
            throw EncodingConverter.ConversionError(path: path, message: "close failed: \(String(cString: strerror(errno)))")
        }
        descriptor = -1
        guard rename(temporaryPath, path) == 0 else {
            throw EncodingConverter.ConversionError(path: path, message: "rename failed: \(String(cString: strerror(errno)))")
        }
    }

    func abandon() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
            unlink(temporaryPath)
        }
    }
}

/// write(2), named apart from `AtomicFileWriter.write`.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
