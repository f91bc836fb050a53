import Foundation
import SoSachFields
import Synchronization

/// `ColumnStats.fastEvidence` remembered by the cell's exact bytes, across the files of a run.
///
/// Every file's prefix is sampled for the column statistics, and a province's lists repeat most
/// of their cells (genders, hamlets, jobs, years, common names): over the bench input a lookup
/// answers more than half of them. The evidence is a pure function of the bytes (the date
/// recogniser reads the run's date: the memo is emptied when the date changes), so a hit gives
/// exactly what the recognisers would. Keys are compared byte for byte (never `String ==`,
/// which equates NFC and NFD).
///
/// Direct-mapped like `CellCache`: a colliding key replaces the one held; memory is fixed
/// (512 KiB per memo).
/// Not thread-safe: a memo is used by one thread at a time, taken from a shared pool for the
/// statistics of one table (`withMemo`) and given back after.
final class CellEvidenceMemo: @unchecked Sendable {
    /// Slots (a power of two).
    let slotCount: Int
    /// A slot is one cache line: the key's hash (8 bytes), its length (1), the evidence (7),
    /// then the key's bytes.
    static let slotBytes = 64
    /// Longer cells (addresses, notes) are not remembered: they rarely repeat.
    static let maxBytes = slotBytes - 16
    /// Cells of this many bytes or more starting with a digit (ID and phone numbers, full dates)
    /// are not remembered either: they are unique to a row and would only push others out.
    static let maxNumberBytes = 9

    private let slots: UnsafeMutableRawPointer
    /// The date the remembered evidence was read on.
    private var day: CivilDate?

    init(slotCount: Int = 8192) {
        precondition(slotCount > 0 && slotCount & (slotCount - 1) == 0, "slotCount must be a power of two")
        self.slotCount = slotCount
        slots = .allocate(byteCount: slotCount * Self.slotBytes, alignment: Self.slotBytes)
        removeAll()
    }

    deinit { slots.deallocate() }

    /// Forgets every key (a length byte of 0xFF marks an empty slot).
    func removeAll() {
        for slot in 0..<slotCount { slots.storeBytes(of: 0xFF, toByteOffset: slot * Self.slotBytes + 8, as: UInt8.self) }
    }

    /// `ColumnStats.fastEvidence(cell)` (`cell` non-empty).
    func evidence(_ cell: String) -> CellEvidence {
        var copy = cell
        return copy.withUTF8 { bytes -> CellEvidence in
            let n = bytes.count
            guard n <= Self.maxBytes, let base = bytes.baseAddress, !(n >= Self.maxNumberBytes && base[0] &- 0x30 < 10) else {
                return ColumnStats.fastEvidence(cell)
            }
            let hash = Self.hash(bytes)
            let slot = slots + Int(truncatingIfNeeded: (hash ^ (hash >> 29)) & UInt64(slotCount - 1)) * Self.slotBytes
            if slot.load(as: UInt64.self) == hash, slot.load(fromByteOffset: 8, as: UInt8.self) == UInt8(n),
               Self.equal(UnsafeRawPointer(slot + 16), UnsafeRawPointer(base), count: n) {
                var e = CellEvidence()
                e.kinds = CellEvidence.Kinds(rawValue: slot.load(fromByteOffset: 10, as: UInt16.self))
                if slot.load(fromByteOffset: 9, as: UInt8.self) != 0 { e.integer = Int(slot.load(fromByteOffset: 12, as: Int32.self)) }
                return e
            }
            let found = ColumnStats.fastEvidence(cell)
            // `smallInteger` has at most six digits: it fits.
            slot.storeBytes(of: hash, as: UInt64.self)
            slot.storeBytes(of: UInt8(n), toByteOffset: 8, as: UInt8.self)
            slot.storeBytes(of: found.integer == nil ? 0 : 1, toByteOffset: 9, as: UInt8.self)
            slot.storeBytes(of: found.kinds.rawValue, toByteOffset: 10, as: UInt16.self)
            slot.storeBytes(of: Int32(truncatingIfNeeded: found.integer ?? 0), toByteOffset: 12, as: Int32.self)
            (slot + 16).copyMemory(from: base, byteCount: n)
            return found
        }
    }

    /// Whether the `count` bytes at `a` and `b` are equal, compared eight at a time.
    @inline(__always)
    private static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Bool {
        var i = 0
        while i + 8 <= count {
            if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        while i < count {
            if a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
            i += 1
        }
        return true
    }

    /// A hash of `bytes` read eight at a time (the bytes are compared on a hit anyway).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        let n = bytes.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        var i = 0
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        if i < n {
            var last: UInt64 = 0
            var shift: UInt64 = 0
            while i < n { last |= UInt64(bytes[i]) << shift; shift += 8; i += 1 }
            h = (h ^ last) &* 0xC4CE_B9FE_1A85_EC53
            h ^= h >> 32
        }
        return h
    }

    /// Memos not in use (at most one per thread that used one at once).
    private static let pool = Mutex<[CellEvidenceMemo]>([])

    /// Runs `body` with a memo of the pool (a new one when all are in use), for today's date.
    static func withMemo<Result>(_ body: (CellEvidenceMemo) -> Result) -> Result {
        let memo = pool.withLock { $0.popLast() } ?? CellEvidenceMemo()
        let today = CivilDate.today()
        if memo.day != today {
            memo.removeAll()
            memo.day = today
        }
        defer { pool.withLock { $0.append(memo) } }
        return body(memo)
    }
}
