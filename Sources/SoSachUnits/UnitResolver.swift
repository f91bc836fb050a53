import SoSachText

/// Resolves what officers write about a unit (separate columns or one address, any case, with
/// or without diacritics, abbreviations, old names) to the 2025 commune and province.
///
/// Cheap to create; not thread-safe: make one per worker thread over a shared `UnitRegistry`.
/// It keeps a cache of the texts it has seen, because lists repeat the same few communes.
///
/// ```swift
/// let resolver = UnitResolver(registry: try UnitRegistry.shared())
/// let r = resolver.resolve(UnitQuery("Tổ 5, P. Đồng Tâm, Q. Hai Bà Trưng, HN"))
/// // r.status == .converted, r.communeCode == "00313" (Phường Bạch Mai)
/// ```
public final class UnitResolver {
    /// The registry this resolver reads.
    public let registry: UnitRegistry
    /// The most entries the cache keeps (per file context); it is emptied when full. The
    /// default is 200,000.
    public var cacheLimit: Int
    /// Queries answered from the cache.
    public private(set) var cacheHits = 0
    /// Queries resolved afresh.
    public private(set) var cacheMisses = 0

    /// What the cache holds for a key.
    private enum Entry {
        case resolved(UnitResolution)
        /// The address without its village part names no unit: look up the whole address.
        case needsVillage
    }

    /// One cache per file context (a file has one; a job has a few).
    private var caches: [[UnitCacheKey: Entry]] = []
    private var contexts: [UnitContext: Int] = [:]
    private var lastContext: UnitContext?
    private var lastSlot = 0

    /// A resolver over `registry`, with an empty cache of at most `cacheLimit` entries.
    public init(registry: UnitRegistry, cacheLimit: Int = 200_000) {
        self.registry = registry
        self.cacheLimit = cacheLimit
    }

    /// Resolves a query in a file context.
    public func resolve(_ query: UnitQuery, context: UnitContext = .none) -> UnitResolution {
        let slot = cacheSlot(for: context)
        // Lists write the village first ("Thôn 3, Xã …"), which makes most addresses unique:
        // the rest is the key, as long as it names a unit without the village.
        let reducedAddress = query.address.flatMap(UnitVillagePrefix.dropping(from:))
        let key = UnitCacheKey(address: reducedAddress ?? query.address.map { Substring($0) }, query: query)
        switch caches[slot][key] {
        case .resolved(let resolution)?:
            cacheHits += 1
            return resolution
        case .needsVillage?:
            let fullKey = UnitCacheKey(address: query.address.map { Substring($0) }, query: query)
            if case .resolved(let resolution)? = caches[slot][fullKey] {
                cacheHits += 1
                return resolution
            }
            cacheMisses += 1
            let resolution = compute(query, context)
            store(fullKey, .resolved(resolution), slot)
            return resolution
        case nil:
            cacheMisses += 1
            guard let reducedAddress else {
                let resolution = compute(query, context)
                store(key, .resolved(resolution), slot)
                return resolution
            }
            var reduced = query
            reduced.address = String(reducedAddress)
            let resolution = compute(reduced, context)
            if resolution.status != .unresolved {
                store(key, .resolved(resolution), slot)
                return resolution
            }
            store(key, .needsVillage, slot)
            let full = compute(query, context)
            store(UnitCacheKey(address: query.address.map { Substring($0) }, query: query), .resolved(full), slot)
            return full
        }
    }

    private func cacheSlot(for context: UnitContext) -> Int {
        if let lastContext, lastContext == context { return lastSlot }
        let slot: Int
        if let known = contexts[context] {
            slot = known
        } else {
            if contexts.count >= 64 {
                // Many contexts (one per row?): start over rather than grow without bound.
                contexts.removeAll()
                caches.removeAll()
            }
            slot = caches.count
            caches.append([:])
            contexts[context] = slot
        }
        lastContext = context
        lastSlot = slot
        return slot
    }

    private func compute(_ query: UnitQuery, _ context: UnitContext) -> UnitResolution {
        var builder = UnitResolutionBuilder(registry: registry, query: query, context: context)
        return builder.resolve()
    }

    private func store(_ key: UnitCacheKey, _ entry: Entry, _ slot: Int) {
        if caches[slot].count >= cacheLimit { caches[slot].removeAll(keepingCapacity: true) }
        caches[slot][key] = entry
    }

    /// Resolves one address string in a file context.
    public func resolve(_ address: String, context: UnitContext = .none) -> UnitResolution {
        resolve(UnitQuery(address: address), context: context)
    }

    /// The share of queries answered from the cache (0 when none was asked).
    public var cacheHitRate: Double {
        let total = cacheHits + cacheMisses
        return total == 0 ? 0 : Double(cacheHits) / Double(total)
    }

    /// Empties the cache and its counters.
    public func clearCache() {
        caches.removeAll()
        contexts.removeAll()
        lastContext = nil
        cacheHits = 0
        cacheMisses = 0
    }
}
