/// Writes a spill row into room already made in a buffer (`RecordSpill.append(_:to:)` sizes
/// the row first): little-endian integers and UTF-8 copied through a pointer, with no
/// capacity or uniqueness check per byte. The caller guarantees the room.
struct SpillCursor {
    /// The next byte to write.
    private(set) var pointer: UnsafeMutablePointer<UInt8>

    init(_ pointer: UnsafeMutablePointer<UInt8>) { self.pointer = pointer }

    @inline(__always)
    mutating func byte(_ value: UInt8) {
        pointer.pointee = value
        pointer += 1
    }

    @inline(__always)
    mutating func uint16(_ value: UInt16) {
        pointer[0] = UInt8(truncatingIfNeeded: value)
        pointer[1] = UInt8(truncatingIfNeeded: value >> 8)
        pointer += 2
    }

    @inline(__always)
    mutating func uint32(_ value: UInt32) {
        pointer[0] = UInt8(truncatingIfNeeded: value)
        pointer[1] = UInt8(truncatingIfNeeded: value >> 8)
        pointer[2] = UInt8(truncatingIfNeeded: value >> 16)
        pointer[3] = UInt8(truncatingIfNeeded: value >> 24)
        pointer += 4
    }

    /// The UTF-8 of `text`, copied from its contiguous storage (the inline bytes of a small
    /// string); byte by byte only for a string without such storage.
    @inline(__always)
    mutating func bytes(_ text: String) {
        let utf8 = text.utf8
        let target = pointer
        let copied: Int? = utf8.withContiguousStorageIfAvailable { source in
            if let base = source.baseAddress, !source.isEmpty { target.update(from: base, count: source.count) }
            return source.count
        }
        if let copied {
            pointer += copied
        } else {
            for b in utf8 { byte(b) }
        }
    }

    /// `u32 len` then the UTF-8 of `text`.
    @inline(__always)
    mutating func chunk(_ text: String) {
        uint32(UInt32(text.utf8.count))
        bytes(text)
    }

    /// The `digits` decimal digits of a non-negative `value`, as `String(value)` writes them.
    mutating func decimal(_ value: Int, digits: Int) {
        var rest = value.magnitude
        var at = digits - 1
        while at >= 0 {
            pointer[at] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            at -= 1
        }
        pointer += digits
    }
}
