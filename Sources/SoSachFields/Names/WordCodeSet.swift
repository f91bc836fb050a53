/// A set of word codes (``NameCleaner/code(_:)``: the first 8 bytes of a word as an integer,
/// never 0 for a non-empty word) answered with one hash and usually one comparison: an
/// open-addressing table at most a quarter full. Replaces binary searches whose unpredictable
/// branches cost more than the hash on the name cleaner's fast path.
///
/// Its only stored property is the table (a power-of-two count of slots, the hash shift derived
/// from it), so a type holding one has the layout it had with a plain `[UInt64]`.
struct WordCodeSet: Sendable {
    private let slots: [UInt64]

    init<S: Sequence<UInt64>>(_ codes: S) {
        let unique = Set(codes.lazy.filter { $0 != 0 })
        var bits = 4
        while (1 << bits) < unique.count * 4 { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        let shift = UInt64(64 - bits)
        for code in unique.sorted() {
            var slot = Self.slot(code, shift)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = code
        }
        self.slots = slots
    }

    @inline(__always) private static func slot(_ code: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (code &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// Whether `code` is in the set.
    @inline(__always) func contains(_ code: UInt64) -> Bool {
        var slot = Self.slot(code, UInt64(64 &- slots.count.trailingZeroBitCount))
        let mask = slots.count &- 1
        while true {
            let value = slots[slot]
            if value == code { return code != 0 }
            if value == 0 { return false }
            slot = (slot &+ 1) & mask
        }
    }
}
