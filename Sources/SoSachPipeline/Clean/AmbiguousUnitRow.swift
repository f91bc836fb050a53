import SoSachText
import SoSachUnits

/// A record whose unit stayed ambiguous on the first read of its file, kept in a worker's
/// spill (not in memory) so that the run's provinces can settle it once every file is read,
/// without reading the file again (`AmbiguousUnitSettlement`).
struct AmbiguousUnitRow: Equatable {
    /// The record's position among its file's records.
    var record: Int
    /// The unit query the row gave (with the file's units filled in where it named none).
    var query: UnitQuery
    /// The record's flags apart from the unit's, in the order the row cleaner made them.
    var flagsBesideUnit: [Flag]

    /// Appends this row to a spill buffer: `RecordSpill` fields `record`, the five query parts
    /// (`0` for nil, `1` + the text otherwise) and the flags joined with `;`.
    /// Written straight into `buffer` (sized first, as `RecordSpill.append(_:to:)` does): no
    /// array of fields and no joined String per row.
    func append(to buffer: inout [UInt8]) {
        guard record >= 0 else { appendFields(to: &buffer); return }
        let digits = RecordSpill.decimalDigitCount(record)
        var flagBytes = max(flagsBesideUnit.count - 1, 0)
        for flag in flagsBesideUnit { flagBytes += flag.code.utf8.count }
        var size = 2 + (4 + digits) + 5 * (4 + 1) + (4 + flagBytes) + 2
        for part in [query.address, query.village, query.commune, query.district, query.province] {
            if let part { size += part.utf8.count }
        }
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: size))
        buffer.withUnsafeMutableBufferPointer { out in
            var w = SpillCursor(out.baseAddress! + start)
            w.uint16(7)
            w.uint32(UInt32(digits))
            w.decimal(record, digits: digits)
            for part in [query.address, query.village, query.commune, query.district, query.province] {
                if let part {
                    w.uint32(UInt32(1 + part.utf8.count))
                    w.byte(UInt8(ascii: "1"))
                    w.bytes(part)
                } else {
                    w.uint32(1)
                    w.byte(UInt8(ascii: "0"))
                }
            }
            w.uint32(UInt32(flagBytes))
            for (position, flag) in flagsBesideUnit.enumerated() {
                if position > 0 { w.byte(UInt8(ascii: ";")) }
                w.bytes(flag.code)
            }
            w.uint16(0)
            assert(w.pointer == out.baseAddress! + start + size)
        }
    }

    /// The same row through `RecordSpill.append(fields:to:)` (the general form).
    func appendFields(to buffer: inout [UInt8]) {
        var fields = [String(record)]
        for part in [query.address, query.village, query.commune, query.district, query.province] {
            fields.append(part.map { "1" + $0 } ?? "0")
        }
        fields.append(flagsBesideUnit.map(\.code).joined(separator: ";"))
        RecordSpill.append(fields: fields, to: &buffer)
    }

    /// The row of a parsed spill entry; nil when the entry is not one.
    init?(_ entry: RecordSpill.Entry, in bytes: UnsafeBufferPointer<UInt8>) {
        guard entry.fields.count == 7 else { return nil }
        func text(_ index: Int) -> String { String(decoding: bytes[entry.fields[index]], as: UTF8.self) }
        func part(_ index: Int) -> String? {
            let range = entry.fields[index]
            guard let first = range.first, bytes[first] == UInt8(ascii: "1") else { return nil }
            return String(decoding: bytes[(first + 1)..<range.upperBound], as: UTF8.self)
        }
        guard let record = Int(text(0)) else { return nil }
        self.record = record
        query = UnitQuery(address: part(1), village: part(2), commune: part(3), district: part(4), province: part(5))
        let flags = text(6)
        flagsBesideUnit = flags.isEmpty ? [] : flags.split(separator: ";", omittingEmptySubsequences: false).map { Flag(String($0)) }
    }

    init(record: Int, query: UnitQuery, flagsBesideUnit: [Flag]) {
        self.record = record
        self.query = query
        self.flagsBesideUnit = flagsBesideUnit
    }
}
