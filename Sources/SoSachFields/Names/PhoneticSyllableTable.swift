/// The ``PhoneticKey`` of every folded syllable of up to 7 letters that Vietnamese spelling
/// allows (each onset with each rhyme, a superset of the real syllables), computed once by
/// the rules themselves: a lookup gives exactly what the rules give.
///
/// An open-addressing hash table in an immortal buffer (written once, never freed, never
/// mutated: safe to share between threads, read without reference counting). A slot is two
/// words: the syllable as a code (its length in the top byte, its letters below, the first
/// highest, as ``CleanNameScan`` writes word codes; 0 marks an empty slot) and its key (letter
/// k in bits 8k…8k+7, ready for a little-endian store, the key's length in the top byte).
struct PhoneticSyllableTable: @unchecked Sendable {
    private let slots: UnsafePointer<UInt64>
    private static let bits = 15   // about 9,400 syllables: under a third full, 1.2 probes on average
    private static let mask = (1 << bits) - 1

    static let onsets = ["", "b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
                         "p", "ph", "q", "r", "s", "t", "th", "tr", "v", "x"]
    /// Folded vowel clusters (ă â ê ô ơ ư already folded to a e o u).
    static let nuclei = ["a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe", "oi",
                         "oo", "ua", "ue", "ui", "uo", "uu", "uy", "ye", "oai", "oao", "oay", "oeo", "uai", "uay", "uoi",
                         "uou", "uya", "uye", "uyu", "ieu", "yeu"]
    static let codas = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]

    init() {
        let slots = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 << Self.bits)
        slots.initialize(repeating: 0, count: 2 << Self.bits)
        var out = [UInt8](repeating: 0, count: 16)
        for onset in Self.onsets {
            for nucleus in Self.nuclei {
                for coda in Self.codas {
                    let word = Array((onset + nucleus + coda).utf8)
                    guard word.count <= 7 else { continue }
                    let length = word.withUnsafeBufferPointer { w in
                        out.withUnsafeMutableBufferPointer { o in PhoneticKey.syllable(w.baseAddress!, 0, w.count, o.baseAddress!, 0) }
                    }
                    var value = UInt64(length) << 56
                    for k in 0..<length { value |= UInt64(out[k]) << (8 * UInt64(k)) }
                    let code = Self.code(word)
                    var slot = Self.slot(code)
                    while slots[2 * slot] != 0 && slots[2 * slot] != code { slot = (slot + 1) & Self.mask }
                    slots[2 * slot] = code
                    slots[2 * slot + 1] = value
                }
            }
        }
        self.slots = UnsafePointer(slots)
    }

    /// The code of a syllable of at most 7 letters.
    static func code(_ word: [UInt8]) -> UInt64 {
        var code = UInt64(word.count) << 56
        for (k, b) in word.enumerated() { code |= UInt64(b) << (8 * UInt64(word.count - 1 - k)) }
        return code
    }

    @inline(__always) private static func slot(_ code: UInt64) -> Int {
        Int(truncatingIfNeeded: (code &* 0x9E37_79B9_7F4A_7C15) &>> UInt64(64 - bits))
    }

    /// The key of the syllable `code` (key bytes low, length in the top byte), or nil when the
    /// syllable is not in the table.
    @inline(__always) func lookup(_ code: UInt64) -> UInt64? {
        var slot = Self.slot(code)
        while true {
            let key = slots[slot &* 2]
            if key == code { return slots[slot &* 2 &+ 1] }
            if key == 0 { return nil }
            slot = (slot &+ 1) & Self.mask
        }
    }
}
