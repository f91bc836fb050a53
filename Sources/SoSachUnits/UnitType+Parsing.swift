extension UnitType {
    /// The type word as it begins official names ("Thị trấn"), and in lower case.
    private static let prefixes: [(String, String, UnitType)] = [
        UnitType.thanhPho, .thiTran, .thiXa, .dacKhu, .phuong, .huyen, .quan, .tinh, .xa,
    ].map { type in
        let word = type.rawValue
        return (word.prefix(1).uppercased() + word.dropFirst() + " ", word + " ", type)
    }

    /// The type whose word begins `name` ("Thị trấn Tuần Giáo" → `.thiTran`), longest first.
    static func prefixing(_ name: String) -> UnitType? {
        for (title, lower, type) in prefixes where name.hasPrefix(title) || name.hasPrefix(lower) { return type }
        return nil
    }
}
