import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Progress of a run on stderr: a live bar (files, rows/s, ETA) redrawn in place when stderr is
/// a terminal, a plain line every few seconds otherwise, nothing when quiet. Workers only bump
/// atomic counters; one background thread prints, so progress never slows the work down.
public final class ProgressReporter: Sendable {
    /// How progress is shown.
    public enum Mode: Sendable {
        /// A bar redrawn in place (stderr is a terminal).
        case bar
        /// A plain line every `interval` seconds (stderr is a file or a pipe).
        case lines(interval: Double)
        /// Nothing.
        case silent

        /// `.bar` on a terminal, plain lines every 5 s otherwise, `.silent` when `quiet`.
        public static func automatic(quiet: Bool) -> Mode {
            if quiet { return .silent }
            return isatty(2) != 0 ? .bar : .lines(interval: 5)
        }
    }

    private let mode: Mode
    private let totalFiles: Int
    private let totalBytes: Int64
    private let filesDone = Atomic<Int>(0)
    private let bytesDone = Atomic<Int64>(0)
    private let rows = Atomic<Int>(0)
    private let stopped = Atomic<Bool>(false)
    private let stage = Mutex<String>("reading")
    private let startDate = Date()
    private let finished = Mutex<Bool>(false)

    /// A reporter for `totalFiles` files of `totalBytes` bytes.
    public init(mode: Mode, totalFiles: Int, totalBytes: Int64) {
        self.mode = mode
        self.totalFiles = totalFiles
        self.totalBytes = max(totalBytes, 1)
    }

    /// Starts the printing thread (no-op when silent).
    public func start() {
        let interval: Double
        switch mode {
        case .silent: return
        case .bar: interval = 0.25
        case .lines(let seconds): interval = seconds
        }
        let thread = Thread { [self] in
            var next = Date().addingTimeInterval(interval)
            while !stopped.load(ordering: .acquiring) {
                Thread.sleep(forTimeInterval: 0.05)
                if Date() >= next {
                    print(final: false)
                    next = Date().addingTimeInterval(interval)
                }
            }
        }
        thread.start()
    }

    /// Counts `count` more data rows read.
    public func addRows(_ count: Int) { rows.add(count, ordering: .relaxed) }

    /// Counts a finished file of `bytes` bytes.
    public func fileFinished(bytes: Int64) {
        filesDone.add(1, ordering: .relaxed)
        bytesDone.add(bytes, ordering: .relaxed)
    }

    /// Names the current stage (reading, linking, writing).
    public func setStage(_ name: String) { stage.withLock { $0 = name } }

    /// Stops the thread and prints a last line.
    public func stop() {
        stopped.store(true, ordering: .releasing)
        if case .silent = mode { return }
        let already = finished.withLock { value -> Bool in defer { value = true }; return value }
        setStage("done")
        if !already { print(final: true) }
    }

    private func print(final: Bool) {
        let elapsed = max(Date().timeIntervalSince(startDate), 0.001)
        let files = filesDone.load(ordering: .relaxed)
        let bytes = bytesDone.load(ordering: .relaxed)
        let rowCount = rows.load(ordering: .relaxed)
        let rate = Double(rowCount) / elapsed
        let fraction = min(1, Double(bytes) / Double(totalBytes))
        let stageName = stage.withLock { $0 }
        var eta = ""
        if fraction > 0.01 && fraction < 1 {
            eta = " ETA " + Self.duration(elapsed * (1 - fraction) / fraction)
        }
        let counts = "\(files)/\(totalFiles) files, \(rowCount) rows, \(Int(rate)) rows/s, \(Self.duration(elapsed))\(eta)"
        let line: String
        switch mode {
        case .bar:
            let width = 24
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            line = "\r\u{1B}[K[\(bar)] \(Int(fraction * 100))% \(stageName): \(counts)" + (final ? "\n" : "")
        case .lines:
            line = "sosach clean: \(stageName): \(counts)\n"
        case .silent:
            return
        }
        FileHandle.standardError.write(Data(line.utf8))
    }

    private static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return total >= 60 ? "\(total / 60)m\(String(format: "%02d", total % 60))s" : "\(total)s"
    }
}
