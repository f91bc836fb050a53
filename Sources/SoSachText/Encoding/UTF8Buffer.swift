/// A growable byte buffer the decoders write UTF-8 into through a raw pointer (no per-byte
/// bounds checks or array growth on the hot path). Callers `reserve` the worst case first.
final class UTF8Buffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    /// Bytes written so far.
    var count = 0

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for `extra` more bytes (plus 8 bytes of slack for 4-byte stores).
    @inline(__always) func reserve(_ extra: Int) {
        if count + extra + 8 > capacity { grow(count + extra + 8) }
    }

    private func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// The write position.
    @inline(__always) var end: UnsafeMutablePointer<UInt8> { base + count }

    @inline(__always) func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count > 0 else { return }
        reserve(bytes.count)
        (base + count).update(from: bytes.baseAddress!, count: bytes.count)
        count += bytes.count
    }

    func append(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { append($0) } }

    /// Appends `scalar` as UTF-8.
    @inline(__always) func appendScalar(_ scalar: UInt32) {
        reserve(4)
        var p = base + count
        UTF8Buffer.write(scalar, to: &p)
        count = p - base
    }

    /// Drops the first `n` bytes, moving the rest to the front.
    func removeFirst(_ n: Int) {
        guard n > 0 else { return }
        let rest = count - n
        if rest > 0 { base.update(from: base + n, count: rest) }
        count = rest
    }

    func removeAll() { count = 0 }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    var array: [UInt8] { Array(bytes) }

    /// Writes `scalar` as UTF-8 at `p` and advances it (the caller reserved 4 bytes).
    @inline(__always) static func write(_ scalar: UInt32, to p: inout UnsafeMutablePointer<UInt8>) {
        if scalar < 0x80 {
            p[0] = UInt8(scalar); p += 1
        } else if scalar < 0x800 {
            p[0] = UInt8(0xC0 | (scalar >> 6)); p[1] = UInt8(0x80 | (scalar & 0x3F)); p += 2
        } else if scalar < 0x10000 {
            p[0] = UInt8(0xE0 | (scalar >> 12)); p[1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
            p[2] = UInt8(0x80 | (scalar & 0x3F)); p += 3
        } else {
            p[0] = UInt8(0xF0 | (scalar >> 18)); p[1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
            p[2] = UInt8(0x80 | ((scalar >> 6) & 0x3F)); p[3] = UInt8(0x80 | (scalar & 0x3F)); p += 4
        }
    }
}
