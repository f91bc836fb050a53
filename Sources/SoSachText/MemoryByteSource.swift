/// A `ByteSource` over bytes already in memory, handing them out in chunks of at most
/// `chunkSize` bytes (tests use small chunks to exercise every buffer boundary).
public final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var offset = 0

    /// A source over `bytes`, giving at most `chunkSize` bytes per read. The default is no limit.
    public init(_ bytes: [UInt8], chunkSize: Int = .max) {
        precondition(chunkSize > 0, "chunkSize must be positive")
        self.bytes = bytes
        self.chunkSize = chunkSize
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, chunkSize, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: count)
        }
        offset += count
        return count
    }
}
