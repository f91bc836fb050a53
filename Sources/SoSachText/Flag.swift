/// The code of a repair made or a doubt raised while reading or cleaning a value, written to
/// the `flags` column of `records.csv` (e.g. `enc.tcvn3`, `name.case`, `phone.migrated`).
///
/// Codes are `family.detail`, lower case, ASCII. Flags are data, not errors: a cleaner returns
/// the clean value together with the flags of what it changed or doubts.
public struct Flag: Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The code as written in the output, e.g. `"id.leading_zero"`.
    public let code: String

    /// A flag with the given code.
    public init(_ code: String) { self.code = code }

    public init(stringLiteral value: String) { self.code = value }

    public var description: String { code }

    /// Byte order of the codes (not `String <`, which compares by Unicode canonical equivalence).
    public static func < (lhs: Flag, rhs: Flag) -> Bool { lhs.code.utf8.lexicographicallyPrecedes(rhs.code.utf8) }

    /// `flags` in byte order without repeats: what a `flags` cell holds. An insertion sort,
    /// because a value or a row has only a few flags.
    public static func sortedUnique(_ flags: [Flag]) -> [Flag] {
        var sorted: [Flag] = []
        sorted.reserveCapacity(flags.count)
        for flag in flags {
            var index = sorted.count
            while index > 0, flag < sorted[index - 1] { index -= 1 }
            if index > 0 && sorted[index - 1] == flag { continue }
            sorted.insert(flag, at: index)
        }
        return sorted
    }
}
