/// A small deterministic random number generator (SplitMix64): the same seed gives the same
/// sample data and benchmark inputs on every machine and Swift version (the standard library's
/// generator is not seedable).
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator started from `seed`.
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound` (bound > 0); a plain modulo is fine for generating test data and
    /// keeps the sequence independent of the standard library's algorithms.
    public mutating func int(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }

    /// True in `percent` cases out of 100 (a whole-number chance, drawn as `int(100) < percent`).
    public mutating func chance(percent: Int) -> Bool { int(100) < percent }

    /// One element of `items`.
    public mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
}
