/// A `ByteSource` that first hands out bytes already read (a detection sample) and then the rest of
/// another source, so a file can be sniffed and then read from its start without reopening it.
public final class ReplayByteSource: ByteSource {
    private var prefix: [UInt8]
    private var offset = 0
    private let rest: ByteSource

    /// Replays `prefix`, then reads `rest`.
    public init(prefix: [UInt8], then rest: ByteSource) {
        self.prefix = prefix
        self.rest = rest
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if offset < prefix.count {
            let count = min(buffer.count, prefix.count - offset)
            prefix.withUnsafeBytes { source in
                buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: count)
            }
            offset += count
            if offset == prefix.count { prefix = []; offset = 0 }
            return count
        }
        return try rest.read(into: buffer)
    }

    /// Reads up to `count` bytes from the start of `source` (fewer at its end).
    public static func readPrefix(of source: ByteSource, count: Int) throws -> [UInt8] {
        // Read into uninitialised capacity: only the bytes read are ever written (a small file
        // leaves most of a 64 KiB sample untouched).
        try [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            while initialized < count {
                let n = try source.read(into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[initialized...])))
                if n == 0 { break }
                initialized += n
            }
        }
    }
}
