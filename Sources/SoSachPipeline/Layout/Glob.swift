#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Shell glob matching for the mapping file's patterns (`*`, `?`, `[…]`), via fnmatch(3).
enum Glob {
    /// True when `subject` matches `pattern`.
    static func matches(_ pattern: String, _ subject: String) -> Bool {
        fnmatch(pattern, subject, 0) == 0
    }
}
