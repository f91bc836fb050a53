/// The byte-level reading of an ID cell shared by ``NationalIDCleaner`` and
/// ``ContentRecognizer``: separators and spreadsheet artefacts removed.
enum NationalIDShape {
    /// True for scientific notation such as "1.08501E+11" or "7.9196e+10".
    static func scientific(_ text: String) -> Bool { scientific(bytes: text.utf8) }

    /// `scientific(_:)` on the UTF-8 bytes of a cell.
    @inline(__always)
    static func scientific<Bytes: Sequence<UInt8>>(bytes: Bytes) -> Bool {
        var sawDigit = false, sawE = false, digitsAfterE = false
        for b in bytes {
            switch b {
            case 0x30...0x39: if sawE { digitsAfterE = true } else { sawDigit = true }
            case 0x2E, 0x2C: if sawE { return false }
            case 0x45, 0x65: if sawE || !sawDigit { return false }; sawE = true
            case 0x2B: if !sawE { return false }
            case 0x20, 0x27: continue
            default: return false
            }
        }
        return sawDigit && sawE && digitsAfterE
    }

    /// The digits of `text` after removing a leading apostrophe (Excel's text prefix), spaces,
    /// dots, commas, dashes and a trailing ".0" (a float from a spreadsheet library); nil when
    /// anything else is present or there is no digit.
    static func digits(_ text: String) -> [UInt8]? {
        var bytes = Array(text.utf8)
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        // ".0" / ".00" at the end, after a digit: a float, not a group separator.
        if let dot = bytes.lastIndex(where: { $0 == 0x2E }), dot > 0, bytes.count - dot <= 3, bytes.count - dot >= 2,
           bytes[(dot + 1)...].allSatisfy({ $0 == 0x30 }) {
            bytes.removeSubrange(dot...)
        }
        var digits: [UInt8] = []
        digits.reserveCapacity(12)
        for b in bytes {
            switch b {
            case 0x30...0x39: digits.append(b)
            case 0x20, 0x09, 0x2E, 0x2C, 0x2D, 0x27, 0xA0, 0xC2: continue
            default: return nil
            }
        }
        return digits.isEmpty ? nil : digits
    }
}
