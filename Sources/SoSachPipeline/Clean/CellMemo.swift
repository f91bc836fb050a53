/// Remembers a pure function's answers for the short cell texts a file repeats (villages,
/// occupations), keyed by their exact UTF-8 bytes (never `String ==`, which equates NFC and
/// NFD, and whose hashing normalises).
///
/// Direct-mapped: a key's slot comes from a hash of its bytes and a colliding key simply
/// replaces the one held, so memory is fixed and a hit returns exactly what the function
/// returned for the same bytes. Texts longer than `maxBytes` are not held (they rarely repeat).
struct CellMemo<Value> {
    /// Slots held (a power of two).
    static var slotCount: Int { 256 }
    /// Longer keys are computed every time.
    static var maxBytes: Int { 64 }

    private var keys: [String?] = Array(repeating: nil, count: CellMemo.slotCount)
    private var values: [Value?] = Array(repeating: nil, count: CellMemo.slotCount)

    /// `compute(key)`, from the memo when the same bytes were asked before.
    mutating func value(_ key: String, _ compute: (String) -> Value) -> Value {
        let utf8 = key.utf8
        guard utf8.count <= Self.maxBytes else { return compute(key) }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in utf8 { hash = (hash ^ UInt64(b)) &* 0x100_0000_01B3 }
        let slot = Int(truncatingIfNeeded: (hash ^ (hash >> 29)) & UInt64(Self.slotCount - 1))
        if let held = keys[slot], held.hasSameBytes(as: key), let value = values[slot] {
            return value
        }
        let value = compute(key)
        keys[slot] = key
        values[slot] = value
        return value
    }
}
