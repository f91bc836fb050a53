/// Finds the village or house-number part at the start of an address ("Thôn 3, …",
/// "Tổ 5, …", "12/3 Lê Lợi, …") without tokenising it, so the resolver's cache can key on the
/// rest. Only a hint: the resolver checks that the rest still names a unit.
enum UnitVillagePrefix {
    /// First words of village and street parts, in lower, title and upper case, with and
    /// without diacritics.
    static let firstWords: Set<String> = {
        let words = ["thôn", "xóm", "bản", "ấp", "tổ", "khu", "khóm", "buôn", "làng", "plei", "sóc", "số", "đường",
                     "ngõ", "ngách", "hẻm", "kiệt", "khối", "đội", "cụm", "phum", "tiểu", "kp", "tdp", "sn"]
        var result = Set<String>()
        for word in words {
            let ascii = String(decoding: UnitTokenizer.tokenize(word).first.map { Array($0.folded.utf8) } ?? [], as: UTF8.self)
            for form in [word, ascii] {
                result.insert(form)
                result.insert(form.uppercased())
                result.insert(form.prefix(1).uppercased() + form.dropFirst())
            }
        }
        return result
    }()

    /// The address without its leading village parts (up to three), or `nil` when it does not
    /// start with one or nothing would remain.
    static func dropping(from address: String) -> String? {
        var utf8 = Substring(address).utf8
        var dropped = false
        for _ in 0..<3 {
            guard let comma = utf8.firstIndex(where: { $0 == 0x2C || $0 == 0x3B }) else { break }
            var start = utf8.startIndex
            while start < comma && (utf8[start] == 0x20 || utf8[start] == 0x09) { start = utf8.index(after: start) }
            guard start < comma else { break }
            var isVillage = utf8[start] >= 0x30 && utf8[start] <= 0x39
            if !isVillage {
                var end = start
                while end < comma, utf8[end] != 0x20, utf8[end] != 0x2E, !(utf8[end] >= 0x30 && utf8[end] <= 0x39) {
                    end = utf8.index(after: end)
                }
                isVillage = firstWords.contains(String(Substring(utf8[start..<end])))
            }
            guard isVillage else { break }
            utf8 = utf8[utf8.index(after: comma)...]
            dropped = true
        }
        guard dropped else { return nil }
        let rest = String(Substring(utf8))
        return rest.allSatisfy(\.isWhitespace) ? nil : rest
    }
}
