#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written atomically: bytes go to a temporary file in the same folder, and `commit()`
/// syncs it to disk and renames it over `path`. Readers of `path` see the old file or the
/// complete new one, never a part. Without `commit()` (an error, a crash, `discard()`, or the
/// object released) the temporary file is removed and `path` is left as it was.
///
/// ```swift
/// let output = try AtomicFileOutput(path: "out/records.csv")
/// var writer = CSVWriter(sink: output)
/// try writer.writeRecord(["record_id", "full_name"])
/// try writer.flush()
/// try output.commit()
/// ```
public final class AtomicFileOutput: ByteSink {
    /// The file's final path.
    public let path: String
    /// The temporary file written until `commit()`: `.<name>.tmp-XXXXXX` next to `path`.
    public let temporaryPath: String
    private var descriptor: Int32
    private var finished = false

    /// Creates the temporary file next to `path` (the folder must exist) with permissions
    /// `permissions` (the default is 0o644). Throws `FileByteSource.IOError` if it cannot.
    public init(path: String, permissions: UInt32 = 0o644) throws {
        self.path = path
        let (folder, name) = Self.split(path)
        var template = Array((folder + "." + name + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw FileByteSource.IOError(path: path, message: "cannot create a temporary file: \(Self.reason())")
        }
        descriptor = fd
        temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        _ = fchmod(fd, mode_t(permissions))
    }

    deinit { discard() }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard !finished else { throw FileByteSource.IOError(path: path, message: "write after commit or discard") }
        guard var base = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = systemWrite(descriptor, base, left)
            if written < 0 {
                if errno == EINTR { continue }
                throw FileByteSource.IOError(path: path, message: "write failed: \(Self.reason())")
            }
            base += written
            left -= written
        }
    }

    /// Syncs the temporary file to disk, renames it to `path` and syncs the folder. Throws
    /// `FileByteSource.IOError` (the temporary file is then removed).
    public func commit() throws {
        guard !finished else { throw FileByteSource.IOError(path: path, message: "already committed or discarded") }
        if fsync(descriptor) != 0 {
            let message = "fsync failed: \(Self.reason())"
            discard()
            throw FileByteSource.IOError(path: path, message: message)
        }
        finished = true
        if close(descriptor) != 0 {
            let message = "close failed: \(Self.reason())"
            unlink(temporaryPath)
            throw FileByteSource.IOError(path: path, message: message)
        }
        if rename(temporaryPath, path) != 0 {
            let message = "rename failed: \(Self.reason())"
            unlink(temporaryPath)
            throw FileByteSource.IOError(path: path, message: message)
        }
        let folder = Self.split(path).folder
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY)
        if folderDescriptor >= 0 {
            _ = fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Removes the temporary file, leaving `path` as it was. Does nothing after `commit()`.
    public func discard() {
        guard !finished else { return }
        finished = true
        close(descriptor)
        unlink(temporaryPath)
    }

    /// The folder (with its trailing slash, or empty) and the file name of `path`.
    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}

/// write(2), named apart from `ByteSink.write(_:)`.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
