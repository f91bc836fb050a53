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

    public static func < (lhs: Flag, rhs: Flag) -> Bool { Array(lhs.code.utf8).lexicographicallyPrecedes(rhs.code.utf8) }
}
