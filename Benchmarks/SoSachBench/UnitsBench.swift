import ArgumentParser
import Foundation
import SoSachUnits

/// `sosach-bench units`: loads the unit tables, then resolves generated addresses written the
/// ways officers write them (full and abbreviated addresses, no diacritics, upper case,
/// separate columns, 2025 names, pre-2019 names), with the repetition of real lists: each
/// generated "file" covers one legacy district and its villages.
struct UnitsBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "units",
        abstract: "Unit registry load time and address resolutions per second (single thread).",
        discussion: "Example: swift build -c release --product sosach-bench && .build/release/sosach-bench units"
    )

    @Option(help: "Number of addresses to resolve.")
    var count = 1_000_000

    @Option(help: "Rows per generated file (one district each).")
    var rowsPerFile = 2_000

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 2025

    func run() throws {
        // Wall time and this thread's CPU time (the machine may be shared: CPU time is steadier).
        let loadStart = DispatchTime.now()
        let cpuStart = Self.threadCPUSeconds()
        let registry = try UnitRegistry.load()
        let loadMs = Double(DispatchTime.now().uptimeNanoseconds - loadStart.uptimeNanoseconds) / 1e6
        let loadCPUMs = (Self.threadCPUSeconds() - cpuStart) * 1e3
        print(String(format: "load: %.1f ms wall, %.1f ms CPU (all tables in Mappings/units, index built)", loadMs, loadCPUMs))
        // A second load: files in the page cache, code paged in.
        let secondStart = DispatchTime.now()
        let secondCPU = Self.threadCPUSeconds()
        _ = try UnitRegistry.load()
        print(String(format: "load again: %.1f ms wall, %.1f ms CPU",
                     Double(DispatchTime.now().uptimeNanoseconds - secondStart.uptimeNanoseconds) / 1e6,
                     (Self.threadCPUSeconds() - secondCPU) * 1e3))

        var generator = UnitsBenchGenerator(registry: registry, seed: seed)
        let rows = generator.rows(count: count, rowsPerFile: rowsPerFile)
        let distinct = Set(rows.map { $0.query }).count
        print("generated: \(rows.count) addresses, \(distinct) distinct queries")

        let resolver = UnitResolver(registry: registry)
        var statusCounts: [UnitStatus: Int] = [:]
        var wrong = 0
        let start = DispatchTime.now()
        let resolveCPU = Self.threadCPUSeconds()
        for row in rows {
            let resolution = resolver.resolve(row.query, context: row.context)
            statusCounts[resolution.status, default: 0] += 1
            if resolution.communeCode != nil && resolution.communeCode != row.expected { wrong += 1 }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let cpuSeconds = Self.threadCPUSeconds() - resolveCPU
        print(String(format: "resolve: %.0f resolutions/s wall (%.2f s), %.0f /s CPU, cache hit rate %.1f %%",
                     Double(rows.count) / seconds, seconds, Double(rows.count) / cpuSeconds, resolver.cacheHitRate * 100))
        let statuses = UnitStatus.allCases.map { "\($0.rawValue) \(statusCounts[$0] ?? 0)" }.joined(separator: ", ")
        print("status: \(statuses); commune differing from the generator's: \(wrong)")

        // The cost of a miss: distinct queries with no cache at all (limit 0).
        let cold = UnitResolver(registry: registry, cacheLimit: 0)
        var seen = Set<UnitQuery>()
        let unique = rows.filter { seen.insert($0.query).inserted }.prefix(20_000)
        let coldStart = DispatchTime.now()
        for row in unique { _ = cold.resolve(row.query, context: row.context) }
        let coldSeconds = Double(DispatchTime.now().uptimeNanoseconds - coldStart.uptimeNanoseconds) / 1e9
        print(String(format: "uncached: %.0f resolutions/s over %d distinct queries (no cache)", Double(unique.count) / coldSeconds, unique.count))
    }

    /// CPU time of the calling thread, in seconds.
    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
