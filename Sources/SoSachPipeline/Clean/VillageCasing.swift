import SoSachText

/// The official casing of a village (hamlet) name: the hamlet type word in sentence case, the
/// proper name in title case ("TỔ DÂN PHỐ 5" → "Tổ dân phố 5", "thôn lâm hợp" → "Thôn Lâm Hợp").
/// Stateless; any thread.
enum VillageCasing {
    /// Hamlet type words, in lower case, longest first so that "tổ dân phố" wins over "tổ".
    static let typeWords: [[String]] = [
        "tổ dân phố", "tổ dân cư", "khu dân cư", "khu phố", "tiểu khu", "khu vực",
        "thôn", "xóm", "ấp", "bản", "buôn", "làng", "plei", "sóc", "tổ", "khu", "khối", "khóm",
        "cụm", "đội", "phum", "bon",
    ].map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }

    /// `village` title-cased, with a leading hamlet type word in sentence case.
    static func officialCased(_ village: String) -> String {
        let title = VietnameseText.titleCased(village)
        var words = title.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let lower = words.map { VietnameseText.lowercased($0) }
        guard let type = typeWords.first(where: { lower.starts(with: $0) }) else { return title }
        // The type word's first letter stays capital (title case); its other words go lower case.
        for index in 1..<type.count { words[index] = lower[index] }
        return words.joined(separator: " ")
    }
}
