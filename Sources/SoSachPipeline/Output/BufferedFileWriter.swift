#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Appends bytes to a new file through a reused buffer, with write(2); knows how many bytes
/// it has written so far (spill files record byte ranges per input file).
///
/// Not thread-safe: each worker owns its writers.
final class BufferedFileWriter {
    /// The file's path.
    let path: String
    /// Bytes handed to `write` so far (flushed or not).
    private(set) var offset: Int64 = 0
    /// Bytes waiting to be written; callers may append to it directly, then call `didAppend`.
    var buffer: [UInt8] = []
    private var descriptor: Int32
    private let flushThreshold: Int

    /// Creates (or truncates) `path`. Throws `OutputError` when it cannot be created.
    init(path: String, flushThreshold: Int = 1 << 18) throws {
        self.path = path
        self.flushThreshold = flushThreshold
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError.system(path: path, action: "cannot create") }
        buffer.reserveCapacity(flushThreshold + 4096)
    }

    deinit { if descriptor >= 0 { _ = systemClose(descriptor) } }

    /// Appends `bytes`.
    func write<C: Collection>(_ bytes: C) throws where C.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        offset += Int64(bytes.count)
        if buffer.count >= flushThreshold { try flush() }
    }

    /// Accounts for `count` bytes the caller appended to `buffer` itself.
    func didAppend(_ count: Int) throws {
        offset += Int64(count)
        if buffer.count >= flushThreshold { try flush() }
    }

    /// Writes out the buffer.
    func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let count = systemWrite(descriptor, raw.baseAddress! + done, raw.count - done)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw OutputError.system(path: path, action: "cannot write")
                }
                done += count
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, optionally syncs to disk, and closes the file.
    func close(sync: Bool = false) throws {
        try flush()
        if sync, fsync(descriptor) != 0 { throw OutputError.system(path: path, action: "cannot sync") }
        if systemClose(descriptor) != 0 { throw OutputError.system(path: path, action: "cannot close") }
        descriptor = -1
    }
}

/// write(2) and close(2), named apart from the methods above.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(fd, buffer, count) }
private func systemClose(_ fd: Int32) -> Int32 { close(fd) }
