#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads byte ranges of a spill file with pread(2), chunk by chunk, so that concatenating
/// the spills never loads one whole.
final class SpillRangeReader {
    let path: String
    private let descriptor: Int32

    /// Opens `path` for reading.
    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError.system(path: path, action: "cannot open spill file") }
    }

    deinit { close(descriptor) }

    /// Reads up to `count` bytes at `offset` into `buffer` (appending); returns the number read.
    func read(at offset: Int64, count: Int, appendingTo buffer: inout [UInt8]) throws -> Int {
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count))
        var done = 0
        while done < count {
            let got = buffer.withUnsafeMutableBytes { raw in
                pread(descriptor, raw.baseAddress! + start + done, count - done, off_t(offset) + off_t(done))
            }
            if got < 0 {
                if errno == EINTR { continue }
                buffer.removeSubrange(start...)
                throw OutputError.system(path: path, action: "cannot read spill file")
            }
            if got == 0 { break }
            done += got
        }
        buffer.removeSubrange((start + done)...)
        return done
    }
}
