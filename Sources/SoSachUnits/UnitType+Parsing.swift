extension UnitType {
    /// The type word as it begins official names ("Thị trấn "), and in lower case, as UTF-8.
    private static let prefixes: [([UInt8], [UInt8], UnitType)] = [
        UnitType.thanhPho, .thiTran, .thiXa, .dacKhu, .phuong, .huyen, .quan, .tinh, .xa,
    ].map { type in
        let word = type.rawValue
        return (Array((word.prefix(1).uppercased() + word.dropFirst() + " ").utf8), Array((word + " ").utf8), type)
    }

    /// The type whose word begins `name` ("Thị trấn Tuần Giáo" → `.thiTran`), longest first.
    static func prefixing(_ name: String) -> UnitType? {
        // Byte comparison: the loader calls this for every variant and former name.
        let found: UnitType?? = name.utf8.withContiguousStorageIfAvailable { bytes in
            for (title, lower, type) in prefixes {
                if bytes.starts(with: title) || bytes.starts(with: lower) { return type }
            }
            return nil
        }
        if let found { return found }
        for (title, lower, type) in prefixes where name.utf8.starts(with: title) || name.utf8.starts(with: lower) {
            return type
        }
        return nil
    }
}

extension UnitType {
    /// The type in a table's `type` column, compared as bytes (the loader's fast path).
    static func fromTable(_ table: UnitTableReader, _ row: Int, _ column: Int) -> UnitType? {
        if table.equals(row, column, "xã") { return .xa }
        if table.equals(row, column, "phường") { return .phuong }
        if table.equals(row, column, "thị trấn") { return .thiTran }
        if table.equals(row, column, "huyện") { return .huyen }
        return UnitType(rawValue: table.field(row, column))
    }
}
