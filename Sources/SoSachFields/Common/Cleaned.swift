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
        self.flags = flags.count > 1 ? Flag.sortedUnique(flags) : flags
    }
}
