#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The memory this process has used, for the run's timings: a province run shows there that
/// reading and cleaning stay flat while only the linking summaries grow with the input.
enum ProcessMemory {
    /// The peak resident set size so far, in MiB (getrusage; Linux reports KiB, macOS bytes).
    static func peakResidentMiB() -> Double {
        var usage = rusage()
        #if canImport(Darwin)
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
        let bytes = Double(usage.ru_maxrss)
        #else
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        let bytes = Double(usage.ru_maxrss) * 1024
        #endif
        return (bytes / 1_048_576 * 10).rounded() / 10
    }
}
