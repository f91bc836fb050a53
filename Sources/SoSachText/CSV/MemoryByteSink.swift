/// A `ByteSink` that collects everything written in memory (for tests and small outputs).
public final class MemoryByteSink: ByteSink {
    /// Every byte written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty sink.
    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes.append(contentsOf: bytes)
    }

    /// Forgets the bytes written so far (keeping the capacity).
    public func removeAll() { bytes.removeAll(keepingCapacity: true) }
}
