/// Finds the village or house-number part at the start of an address ("Thôn 3, …",
/// "Tổ 5, …", "12/3 Lê Lợi, …") without tokenising it, so the resolver's cache can key on the
/// rest. Only a hint: the resolver checks that the rest still names a unit.
enum UnitVillagePrefix {
    /// Up to 16 UTF-8 bytes packed for hashing (a `String` set would normalise on every hash).
    struct Word: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard bytes.count <= 16 else { return nil }
            for (offset, byte) in bytes.enumerated() {
                if offset < 8 { low |= UInt64(byte) << (8 * UInt64(offset)) }
                else { high |= UInt64(byte) << (8 * UInt64(offset - 8)) }
            }
        }
    }

    /// First words of village and street parts, in lower, title and upper case, with and
    /// without diacritics.
    static let firstWords: Set<Word> = {
        let words = ["thôn", "xóm", "bản", "ấp", "tổ", "khu", "khóm", "buôn", "làng", "plei", "sóc", "số", "đường",
                     "ngõ", "ngách", "hẻm", "kiệt", "khối", "đội", "cụm", "phum", "tiểu", "kp", "tdp", "sn"]
        var result = Set<Word>()
        for word in words {
            let ascii = UnitTokenizer.tokenize(word).first?.folded ?? word
            for form in [word, ascii] {
                for variant in [form, form.uppercased(), form.prefix(1).uppercased() + form.dropFirst()] {
                    let bytes = Array(variant.utf8)
                    if let packed = bytes.withUnsafeBufferPointer(Word.init) { result.insert(packed) }
                }
            }
        }
        return result
    }()

    /// The address without its leading village parts (up to three), or `nil` when it does not
    /// start with one or nothing would remain.
    static func dropping(from address: String) -> Substring? {
        let offset: Int? = address.utf8.withContiguousStorageIfAvailable { bytes in
            var position = 0
            var dropped = false
            for _ in 0..<3 {
                var comma = position
                while comma < bytes.count && bytes[comma] != 0x2C && bytes[comma] != 0x3B { comma += 1 }
                guard comma < bytes.count else { break }
                var start = position
                while start < comma && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
                guard start < comma else { break }
                var isVillage = bytes[start] >= 0x30 && bytes[start] <= 0x39
                if !isVillage {
                    var end = start
                    while end < comma, bytes[end] != 0x20, bytes[end] != 0x2E, !(bytes[end] >= 0x30 && bytes[end] <= 0x39) { end += 1 }
                    if let word = Word(UnsafeBufferPointer(rebasing: bytes[start..<end])) { isVillage = firstWords.contains(word) }
                }
                guard isVillage else { break }
                position = comma + 1
                dropped = true
            }
            guard dropped else { return nil }
            var check = position
            while check < bytes.count && (bytes[check] == 0x20 || bytes[check] == 0x09) { check += 1 }
            return check < bytes.count ? position : nil
        } ?? nil
        guard let offset else { return nil }
        let utf8 = address.utf8
        return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: offset)...])
    }
}
