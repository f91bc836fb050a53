/// One part of an address: an optional type word and the name after it.
struct UnitSegment: Sendable {
    /// Which level the part names, as far as the text and its column tell.
    enum Role: Sendable, Equatable {
        /// Untyped part of an address string: any level, or a village.
        case any
        /// Typed `thành phố`: a province or a district.
        case city
        case province
        case district
        case commune
        /// A village, hamlet or street part.
        case village
    }

    var role: Role
    /// The type word written, if any.
    var type: UnitType?
    /// Name tokens (after the type word), numbers normalised.
    var tokens: [UnitToken]
    /// Tokens of the whole part, type word included (for nicknames like "TP HCM" and for
    /// commune names that begin with a village word, such as "Bản Lầu").
    var allTokens: [UnitToken]
    /// The default role of untyped parts of the column this part came from.
    var columnRole: Role

    /// The same part read without its type word, when that word carries no diacritics and may
    /// begin the name itself ("Quan Hoa", "Phuong Mai", "Xa Dung" are commune names).
    var untyped: UnitSegment? {
        guard type != nil || role == .village, allTokens.count > tokens.count,
              !allTokens[0].hasDiacritics, !allTokens[0].dotAfter else { return nil }
        return UnitSegment(role: columnRole, type: nil, tokens: allTokens, allTokens: allTokens, columnRole: columnRole)
    }

    var folded: String { tokens.map(\.folded).joined(separator: " ") }
    var exact: String { tokens.map(\.exact).joined(separator: " ") }
    var hasDiacritics: Bool { tokens.contains { $0.hasDiacritics } }

    /// The levels to search for this part.
    var levels: [UnitLevel] {
        switch role {
        case .province: return [.province]
        case .district: return [.district]
        case .commune: return [.commune]
        case .city: return [.province, .district]
        case .any: return [.commune, .district, .province]
        case .village: return []
        }
    }
}
