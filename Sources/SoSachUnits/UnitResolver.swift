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
    /// The most entries the cache keeps; it is emptied when full. The default is 200,000.
    public var cacheLimit: Int
    /// Queries answered from the cache.
    public private(set) var cacheHits = 0
    /// Queries resolved afresh.
    public private(set) var cacheMisses = 0
    private var cache: [UnitCacheKey: UnitResolution] = [:]

    /// A resolver over `registry`, with an empty cache of at most `cacheLimit` entries.
    public init(registry: UnitRegistry, cacheLimit: Int = 200_000) {
        self.registry = registry
        self.cacheLimit = cacheLimit
    }

    /// Resolves a query in a file context.
    public func resolve(_ query: UnitQuery, context: UnitContext = .none) -> UnitResolution {
        let key = UnitCacheKey(query, context)
        if let cached = cache[key] {
            cacheHits += 1
            return cached
        }
        // Lists write the village first ("Thôn 3, Xã …"), which makes most addresses unique:
        // the rest is cached on its own, and used when it names a unit without the village.
        if let address = query.address, let rest = UnitVillagePrefix.dropping(from: address) {
            var reduced = query
            reduced.address = rest
            let reducedKey = UnitCacheKey(reduced, context)
            if let cached = cache[reducedKey] {
                cacheHits += 1
                return cached
            }
            cacheMisses += 1
            let resolution = compute(reduced, context)
            if resolution.status != .unresolved {
                store(reducedKey, resolution)
                return resolution
            }
        } else {
            cacheMisses += 1
        }
        let resolution = compute(query, context)
        store(key, resolution)
        return resolution
    }

    private func compute(_ query: UnitQuery, _ context: UnitContext) -> UnitResolution {
        var builder = UnitResolutionBuilder(registry: registry, query: query, context: context)
        return builder.resolve()
    }

    private func store(_ key: UnitCacheKey, _ resolution: UnitResolution) {
        if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[key] = resolution
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
        cache.removeAll()
        cacheHits = 0
        cacheMisses = 0
    }
}
