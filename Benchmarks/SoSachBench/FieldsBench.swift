import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SoSachFields
import SoSachText

/// `sosach-bench fields`: names through the full name pipeline (cleanup, NFC, tone placement,
/// title case, honorifics, split, exact/folded/phonetic keys), clean and noisy; then dates,
/// national IDs and phones. Single-threaded; inputs are generated before timing.
struct FieldsBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fields",
        abstract: "Names, dates, IDs and phones per second through the field cleaners (single thread)."
    )

    @Option(help: "Number of values of each kind.")
    var count: Int = 1_000_000

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 2025

    @Option(help: "Timed rounds over the same input; the best round is printed (the machine may be shared).")
    var rounds: Int = 3

    @Option(help: "Comma-separated kinds to run: names,noisy,dates,ids,phones.")
    var kinds: String = "names,noisy,dates,ids,phones"

    func run() throws {
        var generator = FieldsBenchGenerator(seed: seed)
        let selected = Set(kinds.split(separator: ",").map(String.init))
        print("fields: \(count) values of each kind, 1 thread, best of \(rounds) rounds")
        if selected.contains("names") || selected.contains("noisy") {
            let cleaner = NameCleaner()
            if selected.contains("names") {
                let names = (0..<count).map { _ in generator.cleanName() }
                let average = Double(names.reduce(0) { $0 + $1.unicodeScalars.count }) / Double(max(count, 1))
                time("names, clean", names) { cleaner.clean($0).value?.key.utf8.count ?? 0 }
                print("    (clean names average \(String(format1: average)) characters)")
            }
            if selected.contains("noisy") {
                let names = (0..<count).map { _ in generator.noisyName() }
                time("names, noisy", names) { cleaner.clean($0).flags.count }
            }
        }
        if selected.contains("dates") {
            let dates = (0..<count).map { _ in generator.date() }
            let parser = DateParser()
            time("dates", dates) { parser.parse($0).value?.year ?? 0 }
        }
        if selected.contains("ids") {
            let ids = (0..<count).map { _ in generator.nationalID() }
            let cleaner = NationalIDCleaner()
            time("national IDs", ids) { cleaner.clean($0).value?.digits.utf8.count ?? 0 }
        }
        if selected.contains("phones") {
            let phones = (0..<count).map { _ in generator.phone() }
            let cleaner = PhoneCleaner()
            time("phones", phones) { cleaner.clean($0).value?.digits.utf8.count ?? 0 }
        }
    }

    /// Times `body` over `values`: wall-clock rate and the rate over the thread's CPU time
    /// (the machine may be shared: CPU time is what the code costs).
    private func time(_ label: String, _ values: [String], _ body: (String) -> Int) {
        let clock = ContinuousClock()
        var bestWall = Double.infinity, bestCPU = Double.infinity
        var checksum = 0
        for _ in 0..<max(1, rounds) {
            checksum = 0
            let cpuStart = Self.threadCPUSeconds()
            let start = clock.now
            for value in values { checksum &+= body(value) }
            let elapsed = clock.now - start
            bestCPU = min(bestCPU, Self.threadCPUSeconds() - cpuStart)
            bestWall = min(bestWall, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        let rate = Double(values.count) / max(bestWall, 1e-9)
        let cpuRate = Double(values.count) / max(bestCPU, 1e-9)
        print("  \(label.padding(14)) \(String(format0: rate).leftPadding(10))/s wall (\(String(format3: bestWall)) s)"
            + "  \(String(format0: cpuRate).leftPadding(10))/s CPU (\(String(format3: bestCPU)) s)  checksum \(checksum)")
    }

    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}

extension String {
    init(format0 value: Double) { self = String(Int(value.rounded())) }
    init(format1 value: Double) { self = String(Double(Int(value * 10)) / 10) }
    init(format3 value: Double) { self = String(Double(Int(value * 1000)) / 1000) }
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadding(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
