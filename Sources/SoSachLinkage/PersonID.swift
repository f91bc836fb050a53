/// Derived person ids: `"P"` + 12 lowercase hex digits.
///
/// The digits are the top 48 bits of ``LinkKey/hash(_:)-(String)`` of the record_id
/// (`source_file:source_line`) of the cluster's earliest record. On a collision (another
/// cluster, or any person of the master file, already has the value) the id is derived again
/// from `record_id + "#1"`, `"#2"`, … until free; see ``PersonIDAssigner`` for who keeps the
/// first value.
public enum PersonID {
    /// The derived id of a record_id (attempt 0), or of its n-th collision retry.
    public static func derived(fromRecordID recordID: String, attempt: Int = 0) -> String {
        format(value(recordID, attempt: attempt))
    }

    /// The 48-bit value behind a derived id.
    static func value(_ recordID: String, attempt: Int) -> UInt64 {
        let text = attempt == 0 ? recordID : recordID + "#" + String(attempt)
        return LinkKey.hash(text) >> 16
    }

    /// The 48-bit value behind a derived id, from the record_id's UTF-8 bytes (the same value
    /// as ``value(_:attempt:)-(String,_)`` gives for their String).
    static func value(_ recordID: [UInt8], attempt: Int) -> UInt64 {
        if attempt == 0 { return LinkKey.hash(recordID) >> 16 }
        return LinkKey.hash(recordID + Array("#\(attempt)".utf8)) >> 16
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `P` + the 12 hex digits of a 48-bit value (written in place: this runs for every
    /// record and person of a run).
    static func format(_ value: UInt64) -> String {
        String(unsafeUninitializedCapacity: 13) { bytes in
            bytes[0] = UInt8(ascii: "P")
            var v = value
            for i in stride(from: 12, through: 1, by: -1) {
                bytes[i] = hexDigits[Int(v & 0xF)]
                v >>= 4
            }
            return 13
        }
    }

    /// The 48-bit value of an id in the derived format, or nil for any other id.
    static func parse(_ id: String) -> UInt64? {
        let bytes = Array(id.utf8)
        guard bytes.count == 13, bytes[0] == UInt8(ascii: "P") else { return nil }
        var v: UInt64 = 0
        for b in bytes[1...] {
            switch b {
            case 0x30...0x39: v = v << 4 | UInt64(b - 0x30)
            case 0x61...0x66: v = v << 4 | UInt64(b - 0x61 + 10)
            default: return nil
            }
        }
        return v
    }
}
