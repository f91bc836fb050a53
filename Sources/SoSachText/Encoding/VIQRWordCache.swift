/// The VIQR decoder's memory of words it has composed: Vietnamese text repeats a few thousand
/// syllables, so most words with marks are found here instead of being parsed and checked again.
///
/// A word's output depends only on its bytes (see `DecoderKernel.decodeVIQR`), so a hit gives
/// exactly what decoding the word would. Direct-mapped: a slot holds one word of at most
/// `maxWord` bytes (key: its bytes packed into two words, zero-padded, plus its length; VIQR
/// words hold no NUL byte), its output (at most 3 bytes per input byte) and whether it was
/// composed. A newer word evicts an older one in the same slot.
final class VIQRWordCache {
    static var maxWord: Int { Storage.maxWord }
    static var slots: Int { Storage.slots }
    static var maxOutput: Int { Storage.maxOutput }

    /// The slots' memory as plain pointers (no reference counting in the decoder's word loop).
    let storage: Storage

    struct Storage {
        static var maxWord: Int { 16 }
        static var slotBits: Int { 12 }
        static var slots: Int { 1 << slotBits }
        static var maxOutput: Int { 48 }
        let keys: UnsafeMutablePointer<UInt64>
        /// Per slot: bit 31 used, bit 30 composed, bits 8-15 word length, bits 0-7 output length.
        let meta: UnsafeMutablePointer<UInt32>
        let outputs: UnsafeMutablePointer<UInt8>
    }

    init() {
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 * Self.slots)
        keys.initialize(repeating: 0, count: 2 * Self.slots)
        let meta = UnsafeMutablePointer<UInt32>.allocate(capacity: Self.slots)
        meta.initialize(repeating: 0, count: Self.slots)
        storage = Storage(keys: keys, meta: meta, outputs: .allocate(capacity: Self.maxOutput * Self.slots))
    }

    deinit {
        storage.keys.deallocate()
        storage.meta.deallocate()
        storage.outputs.deallocate()
    }
}

extension VIQRWordCache.Storage {
    /// The key of the word `input[start..<end]` (at most `maxWord` bytes) and its slot.
    @inline(__always)
    static func key(_ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (UInt64, UInt64, Int) {
        let length = end - start
        var k0: UInt64 = 0, k1: UInt64 = 0
        if start + 16 <= input.count {
            let raw = UnsafeRawPointer(input.baseAddress! + start)
            k0 = raw.loadUnaligned(as: UInt64.self)
            k1 = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            // Masks by shifts that never reach 64 (length is 1...16).
            if length < 8 {
                k0 &= UInt64.max &>> UInt64(64 - 8 * length)
                k1 = 0
            } else if length == 8 {
                k1 = 0
            } else if length < 16 {
                k1 &= UInt64.max &>> UInt64(128 - 8 * length)
            }
        } else {
            for k in 0..<length {
                let byte = UInt64(input[start + k])
                if k < 8 { k0 |= byte << UInt64(8 * k) } else { k1 |= byte << UInt64(8 * (k - 8)) }
            }
        }
        let hash = (k0 ^ (k1 &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(length)) &* 0xD6E8_FEB8_6659_FD93
        return (k0, k1, Int(hash >> UInt64(64 - slotBits)))
    }

    /// The cached output of a word (and whether it was composed), or nil.
    @inline(__always)
    func lookup(_ k0: UInt64, _ k1: UInt64, length: Int, slot: Int) -> (UnsafeBufferPointer<UInt8>, Bool)? {
        let m = meta[slot]
        guard m & 0x8000_0000 != 0, Int((m >> 8) & 0xFF) == length, keys[2 * slot] == k0, keys[2 * slot + 1] == k1 else {
            return nil
        }
        return (UnsafeBufferPointer(start: outputs + slot * Self.maxOutput, count: Int(m & 0xFF)), m & 0x4000_0000 != 0)
    }

    @inline(__always)
    func store(_ k0: UInt64, _ k1: UInt64, length: Int, slot: Int, output: UnsafeBufferPointer<UInt8>, composed: Bool) {
        guard output.count <= Self.maxOutput else { return }
        keys[2 * slot] = k0
        keys[2 * slot + 1] = k1
        meta[slot] = 0x8000_0000 | (composed ? 0x4000_0000 : 0) | UInt32(length) << 8 | UInt32(output.count)
        let target = outputs + slot * Self.maxOutput
        for k in 0..<output.count { target[k] = output[k] }
    }
}
