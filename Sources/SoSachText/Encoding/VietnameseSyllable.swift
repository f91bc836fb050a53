/// Whether a word is a legal Vietnamese syllable: onset + vowel cluster + optional coda, at most one
/// tone, and the codas c/ch/p/t only with the acute or dot-below tone (so "Tuyêt" is not a syllable). The detector scores each
/// candidate decoding by the share of its words that pass; the VIQR decoder composes marks only
/// into words that pass.
///
/// Words are given as letter codes (ASCII lower-case letters; ă â ê ô ơ ư đ = 1…7, see
/// `VietnameseLetters`) plus the tone. The rules are deliberately permissive on rare spellings
/// (loan words, minority names) and strict on what mojibake produces: symbols inside words, two
/// tones, impossible vowel clusters.
enum VietnameseSyllable {
    private static let ă: UInt8 = 1, â: UInt8 = 2, ê: UInt8 = 3, ô: UInt8 = 4, ơ: UInt8 = 5, ư: UInt8 = 6, đ: UInt8 = 7

    private static func code(_ s: String) -> [UInt8] {
        s.unicodeScalars.map { scalar -> UInt8 in
            switch scalar {
            case "ă": return ă
            case "â": return â
            case "ê": return ê
            case "ô": return ô
            case "ơ": return ơ
            case "ư": return ư
            case "đ": return đ
            default: return UInt8(scalar.value)
            }
        }
    }

    private static func key(_ codes: some Collection<UInt8>) -> UInt32 {
        var k: UInt32 = 0
        for c in codes { k = k << 8 | UInt32(c) }
        return k
    }

    /// Onsets, longest first.
    private static let onsets: [[UInt8]] = [
        "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ].map(code)

    /// Vowel clusters that may take a coda.
    private static let openClusters: Set<UInt32> = Set([
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "iê", "yê", "oa", "oă", "oe", "oo", "uâ", "uê", "uô", "ươ", "uy", "uyê", "ôô",
    ].map { key(code($0)) })

    /// Vowel clusters that end in a glide (i/y/o/u) and take no coda.
    private static let closedClusters: Set<UInt32> = Set([
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui",
        "ưa", "ưi", "ưu", "uơ", "ya",
        "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "uya", "uyu", "ươi", "ươu",
    ].map { key(code($0)) })

    /// Clusters that need a coda (â and the diphthongs yê uô ươ …). Not ă and iê: the Ê Đê names
    /// Niê and Byă end in them.
    private static let needCoda: Set<UInt32> = Set([
        "â", "yê", "oă", "oo", "ôô", "uâ", "uô", "ươ", "uyê",
    ].map { key(code($0)) })

    private static let codas: [[UInt8]] = ["ng", "nh", "ch", "c", "m", "n", "p", "t"].map(code)

    private static func isVowel(_ c: UInt8) -> Bool {
        switch c {
        case ă, â, ê, ô, ơ, ư, UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"),
             UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): return true
        default: return false
        }
    }

    private enum OnsetKind { case other, none, gi, frontOnly, notFront, qu }

    private static let onsetKinds: [OnsetKind] = onsets.map { onset in
        switch onset {
        case [103, 105]: return .gi
        case [107], [103, 104], [110, 103, 104]: return .frontOnly
        case [99]: return .notFront
        case [113, 117]: return .qu
        default: return .other
        }
    }

    private static let codaStops: [Bool] = codas.map { $0 == [99] || $0 == [99, 104] || $0 == [112] || $0 == [116] }

    /// True if `codes` (with `tone`) spells a Vietnamese syllable.
    static func isValid(_ codes: UnsafeBufferPointer<UInt8>, tone: UInt8) -> Bool {
        let n = codes.count
        guard n > 0, n <= 8 else { return false }
        for (index, onset) in onsets.enumerated() where onset.count <= n {
            let kind = onsetKinds[index]
            if onset.count == n && kind != .gi { continue }
            var matches = true
            for k in 0..<onset.count where codes[k] != onset[k] { matches = false; break }
            if matches, rest(codes, from: onset.count, tone: tone, onset: kind) { return true }
        }
        return rest(codes, from: 0, tone: tone, onset: .none)
    }

    /// Array convenience for tests and the VIQR decoder.
    static func isValid(_ codes: [UInt8], tone: UInt8) -> Bool {
        codes.withUnsafeBufferPointer { isValid($0, tone: tone) }
    }

    private static func rest(_ codes: UnsafeBufferPointer<UInt8>, from start: Int, tone: UInt8, onset: OnsetKind) -> Bool {
        var end = start
        while end < codes.count, isVowel(codes[end]) { end += 1 }
        let vowelCount = end - start
        // "gi" alone (gì, gìn): the i is the vowel.
        if vowelCount == 0 {
            guard onset == .gi else { return false }
            return coda(codes, from: end, cluster: 105, tone: tone)
        }
        guard vowelCount <= 3 else { return false }
        let first = codes[start]
        let front = first == 105 || first == 101 || first == ê || first == 121
        // Spelling of the onset before front vowels: k/gh/ngh only before i e ê y; c never.
        if onset == .frontOnly && !front { return false }
        if onset == .notFront && front { return false }
        // After qu the u is part of the onset: a cluster may not start with u again.
        if onset == .qu && first == 117 { return false }
        var clusterKey: UInt32 = 0
        for k in start..<end { clusterKey = clusterKey << 8 | UInt32(codes[k]) }
        if end == codes.count {
            if closedClusters.contains(clusterKey) { return true }
            if openClusters.contains(clusterKey) { return !needCoda.contains(clusterKey) }
            return false
        }
        guard openClusters.contains(clusterKey) else { return false }
        return coda(codes, from: end, cluster: clusterKey, tone: tone)
    }

    private static func coda(_ codes: UnsafeBufferPointer<UInt8>, from start: Int, cluster: UInt32, tone: UInt8) -> Bool {
        let length = codes.count - start
        if length == 0 { return !needCoda.contains(cluster) }
        for (index, coda) in codas.enumerated() where coda.count == length {
            var matches = true
            for k in 0..<length where codes[start + k] != coda[k] { matches = false; break }
            guard matches else { continue }
            return !codaStops[index] || tone == 4 || tone == 5
        }
        return false
    }
}
