#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing the output folder failed, or the folder may not be used.
public struct OutputError: Error, CustomStringConvertible {
    /// What went wrong, with the path concerned.
    public let message: String

    public var description: String { message }

    /// A system call failed on `path`; the reason comes from `errno`.
    static func system(path: String, action: String) -> OutputError {
        OutputError(message: "\(path): \(action): \(String(cString: strerror(errno)))")
    }

    /// The folder holds the outputs of another run and `--force` was not given.
    static func foreignOutputs(folder: String, found: [String], reason: String) -> OutputError {
        OutputError(message: "\(folder): holds outputs of another run (\(found.joined(separator: ", "))); "
            + "\(reason); use --force to replace them, or choose another folder")
    }
}
