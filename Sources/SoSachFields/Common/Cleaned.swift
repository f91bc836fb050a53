import SoSachText

/// The result of a field cleaner: the clean value (nil when the input is empty or could not
/// be read) and the flags of every repair made or doubt raised, sorted and without repeats.
public struct Cleaned<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The clean value, or nil.
    public var value: Value?
    /// Flags such as `date.swapped` or `phone.migrated`, sorted.
    public var flags: [Flag]

    /// A result with `value` and `flags` (sorted and deduplicated here).
    public init(_ value: Value?, flags: [Flag] = []) {
        self.value = value
        self.flags = flags.count > 1 ? Self.sortedUnique(flags) : flags
    }

    /// Flags in byte order without repeats (an insertion sort: there are only a few).
    static func sortedUnique(_ flags: [Flag]) -> [Flag] {
        var sorted: [Flag] = []
        sorted.reserveCapacity(flags.count)
        for flag in flags {
            var index = sorted.count
            while index > 0, flag.code.utf8.lexicographicallyPrecedes(sorted[index - 1].code.utf8) { index -= 1 }
            if index > 0 && sorted[index - 1].code == flag.code { continue }
            sorted.insert(flag, at: index)
        }
        return sorted
    }
}
