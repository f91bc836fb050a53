import Foundation
import SoSachText

/// Decoded, normalised cells by their raw bytes, for the reader's streaming loop.
///
/// List columns repeat a few values (villages, genders, jobs, titles, common names), and
/// decoding and normalising the same bytes again on every row costs several times a lookup.
/// Both steps are pure functions of the bytes (for one decoder), so a hit gives exactly what
/// the work would. Keys are the bytes themselves, compared byte for byte (never `String ==`,
/// which equates NFC and NFD).
///
/// Direct-mapped: a key's slot comes from its hash, and a colliding key simply replaces the one
/// held. The keys' bytes live in one buffer allocated once (a slot of `maxBytes` each), so a
/// miss allocates nothing and memory is fixed.
struct CellCache {
    /// What a slot holds besides its key.
    struct Entry {
        var string: String
        var flags: [Flag]
    }

    /// Slots (a power of two).
    static let slotCount = 1024
    /// Longer cells (notes, addresses) are not cached: they rarely repeat.
    static let maxBytes = 48

    private var keyBytes = [UInt8](repeating: 0, count: CellCache.slotCount * CellCache.maxBytes)
    /// The key's length per slot; -1 for an empty slot.
    private var keyLengths = [Int](repeating: -1, count: CellCache.slotCount)
    private var keyHashes = [UInt64](repeating: 0, count: CellCache.slotCount)
    private var entries = [Entry?](repeating: nil, count: CellCache.slotCount)

    /// FNV-1a of `bytes`.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }

    private static func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash ^ (hash >> 31)) & UInt64(slotCount - 1))
    }

    /// The entry for exactly `bytes`, if held.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Entry? {
        guard bytes.count <= Self.maxBytes else { return nil }
        let slot = Self.slot(hash)
        guard keyLengths[slot] == bytes.count, keyHashes[slot] == hash else { return nil }
        let equal = keyBytes.withUnsafeBufferPointer { held in
            bytes.isEmpty || memcmp(held.baseAddress! + slot * Self.maxBytes, bytes.baseAddress!, bytes.count) == 0
        }
        return equal ? entries[slot] : nil
    }

    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, string: String, flags: [Flag]) {
        guard bytes.count <= Self.maxBytes else { return }
        let slot = Self.slot(hash)
        keyBytes.withUnsafeMutableBufferPointer { held in
            if let base = bytes.baseAddress, !bytes.isEmpty {
                (held.baseAddress! + slot * Self.maxBytes).update(from: base, count: bytes.count)
            }
        }
        keyLengths[slot] = bytes.count
        keyHashes[slot] = hash
        entries[slot] = Entry(string: string, flags: flags)
    }
}
