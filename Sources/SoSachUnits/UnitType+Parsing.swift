extension UnitType {
    /// The type whose word begins `name` ("Thị trấn Tuần Giáo" → `.thiTran`), longest first.
    static func prefixing(_ name: String) -> UnitType? {
        let lower = name.lowercased()
        for type in [UnitType.thanhPho, .thiTran, .thiXa, .dacKhu, .phuong, .huyen, .quan, .tinh, .xa]
        where lower.hasPrefix(type.rawValue + " ") {
            return type
        }
        return nil
    }
}
