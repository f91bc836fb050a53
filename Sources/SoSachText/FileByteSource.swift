#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A `ByteSource` over a file, read with read(2) into the caller's buffer: the file is never
/// loaded whole. The descriptor is closed when the source is released.
public final class FileByteSource: ByteSource {
    /// Opening or reading a file failed.
    public struct IOError: Error, CustomStringConvertible {
        /// The file's path.
        public let path: String
        /// What failed, with the system's reason.
        public let message: String
        public var description: String { "\(path): \(message)" }
    }

    /// The path the file was opened with.
    public let path: String
    private let descriptor: Int32

    /// Opens `path` for reading. Throws `IOError` if it cannot be opened or is a directory.
    public init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw IOError(path: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw IOError(path: path, message: "is a directory")
        }
        descriptor = fd
    }

    deinit { close(descriptor) }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let count = systemRead(descriptor, base, buffer.count)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw IOError(path: path, message: "read failed: \(String(cString: strerror(errno)))")
        }
    }
}

/// read(2), named apart from `ByteSource.read(into:)`.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
