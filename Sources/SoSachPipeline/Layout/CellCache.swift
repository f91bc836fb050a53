import Foundation
import SoSachText

/// Decoded, normalised cells by their raw bytes, for the reader's streaming loop.
///
/// List columns repeat a few values (villages, genders, jobs, titles, common names), and
/// decoding and normalising the same bytes again on every row costs several times a lookup.
/// Both steps are pure functions of the bytes (for one decoder), so a hit gives exactly what
/// the work would. Keys are the bytes themselves, compared byte for byte (never `String ==`,
/// which equates NFC and NFD); the table is keyed by a hash of them, and a colliding entry is
/// simply replaced. Bounded: emptied when it holds `limit` cells, so memory stays flat.
struct CellCache {
    struct Entry {
        var bytes: [UInt8]
        var string: String
        var flags: [Flag]
    }

    /// Cells held at most before the cache is emptied.
    static let limit = 4096
    /// Longer cells (notes, addresses) are not cached: they rarely repeat.
    static let maxBytes = 48

    private var entries: [UInt64: Entry] = [:]

    /// FNV-1a of `bytes`.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }

    /// The entry for exactly `bytes`, if held.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Entry? {
        guard let entry = entries[hash], entry.bytes.count == bytes.count else { return nil }
        let equal = entry.bytes.withUnsafeBytes { held in
            bytes.isEmpty || memcmp(held.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        }
        return equal ? entry : nil
    }

    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, string: String, flags: [Flag]) {
        if entries.count >= CellCache.limit { entries.removeAll(keepingCapacity: true) }
        entries[hash] = Entry(bytes: Array(bytes), string: string, flags: flags)
    }
}
