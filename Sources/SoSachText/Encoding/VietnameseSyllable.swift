/// Whether a word is a legal Vietnamese syllable: onset + vowel cluster + optional coda, at most one
/// tone, on a vowel where one of the two tone styles puts it, and the codas c/ch/p/t only with the
/// acute or dot-below tone (so "Tuyêt" is not a syllable). The detector scores each candidate
/// decoding by the share of its words that pass; the VIQR decoder composes marks only into words
/// that pass.
///
/// Words are given as letter codes (ASCII lower-case letters; ă â ê ô ơ ư đ = 1…7, see
/// `VietnameseLetters`) plus the tone and the index of the toned letter. The rules are permissive
/// on rare spellings (loan words, minority names such as Niê, Byă) and strict on what mojibake
/// produces: symbols inside words, two tones, impossible vowel clusters, misplaced tones.
///
/// All lookups are flat tables built once (no hashing, no allocation per word): the detector runs
/// this on every non-ASCII word of its sample and the VIQR decoder on every word with marks.
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

    private static func clusterIndex(_ vowels: [UInt8]) -> Int {
        let v = vowels.map { vowelIndex($0) }
        switch v.count {
        case 1: return v[0]
        case 2: return 12 + v[0] * 12 + v[1]
        default: return 156 + v[0] * 144 + v[1] * 12 + v[2]
        }
    }

    private static let open: UInt8 = 1, closed: UInt8 = 2, needsCoda: UInt8 = 4, eitherStyle: UInt8 = 8

    /// Flags per vowel cluster (index from `clusterIndex`).
    private static let clusters: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 156 + 12 * 144)
        // Clusters that may take a coda.
        for c in ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
                  "iê", "yê", "oa", "oă", "oe", "oo", "uâ", "uê", "uô", "ươ", "uy", "uyê", "ôô"] {
            table[clusterIndex(code(c))] |= open
        }
        // Clusters that end in a glide (i/y/o/u) and take no coda.
        for c in ["ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui",
                  "ưa", "ưi", "ưu", "uơ", "ya",
                  "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "uya", "uyu", "ươi", "ươu"] {
            table[clusterIndex(code(c))] |= closed
        }
        // Clusters that need a coda. Not ă and iê: the Ê Đê names Niê and Byă end in them.
        for c in ["â", "yê", "oă", "oo", "ôô", "uâ", "uô", "ươ", "uyê"] {
            table[clusterIndex(code(c))] |= needsCoda
        }
        for c in ["oa", "oe", "uy"] { table[clusterIndex(code(c))] |= eitherStyle }
        return table
    }()

    private enum OnsetKind { case other, none, gi, frontOnly, notFront, qu }

    /// True if `codes` (with `tone` on the letter at `tonePosition`, -1 for none) spells a
    /// Vietnamese syllable with the tone on a vowel where either tone style puts it.
    static func isValid(_ codes: UnsafeBufferPointer<UInt8>, tone: UInt8, tonePosition: Int = -1) -> Bool {
        let n = codes.count
        guard n > 0, n <= 8 else { return false }
        for c in codes where c >= 128 { return false }
        let clusters = self.clusters  // one table load per word
        @inline(__always) func onset(_ length: Int, _ kind: OnsetKind) -> Bool {
            (length < n || (length == n && kind == .gi))
                && rest(codes, from: length, tone: tone, at: tonePosition, onset: kind, clusters: clusters)
        }
        let c1 = n > 1 ? codes[1] : 0, c2 = n > 2 ? codes[2] : 0
        let h: UInt8 = 104
        switch codes[0] {
        case 98, 100, đ, 104, 108, 109, 114, 115, 118, 120:  // b d đ h l m r s v x
            return onset(1, .other)
        case 99:  // c, ch
            return (c1 == h && onset(2, .other)) || onset(1, .notFront)
        case 103:  // g, gh, gi
            return (c1 == h && onset(2, .frontOnly)) || (c1 == 105 && onset(2, .gi)) || onset(1, .other)
        case 107:  // k, kh
            return (c1 == h && onset(2, .other)) || onset(1, .frontOnly)
        case 110:  // n, ng, ngh, nh
            return (c1 == 103 && c2 == h && onset(3, .frontOnly)) || ((c1 == 103 || c1 == h) && onset(2, .other)) || onset(1, .other)
        case 112:  // p, ph
            return (c1 == h && onset(2, .other)) || onset(1, .other)
        case 113:  // qu
            return c1 == 117 && onset(2, .qu)
        case 116:  // t, th, tr
            return ((c1 == h || c1 == 114) && onset(2, .other)) || onset(1, .other)
        default:
            return vowelIndex(codes[0]) >= 0 && rest(codes, from: 0, tone: tone, at: tonePosition, onset: .none, clusters: clusters)
        }
    }

    /// Vowel code → 0…11 (a ă â e ê i o ô ơ u ư y), -1 for consonants.
    @inline(__always) private static func vowelIndex(_ c: UInt8) -> Int {
        switch c {
        case 97: return 0
        case ă: return 1
        case â: return 2
        case 101: return 3
        case ê: return 4
        case 105: return 5
        case 111: return 6
        case ô: return 7
        case ơ: return 8
        case 117: return 9
        case ư: return 10
        case 121: return 11
        default: return -1
        }
    }

    /// Array convenience for tests.
    static func isValid(_ codes: [UInt8], tone: UInt8, tonePosition: Int = -1) -> Bool {
        codes.withUnsafeBufferPointer { isValid($0, tone: tone, tonePosition: tonePosition) }
    }

    private static func rest(
        _ codes: UnsafeBufferPointer<UInt8>, from start: Int, tone: UInt8, at tonePosition: Int, onset: OnsetKind,
        clusters: [UInt8]
    ) -> Bool {
        var end = start
        var index = 0
        while end < codes.count, end - start < 4 {
            let v = vowelIndex(codes[end])
            if v < 0 { break }
            index = index * 12 + v
            end += 1
        }
        let vowelCount = end - start
        // "gi" alone (gì, gìn): the i is the vowel.
        if vowelCount == 0 {
            guard onset == .gi, tone == 0 || tonePosition < 0 || tonePosition == start - 1 else { return false }
            return coda(codes, from: end, flags: open, tone: tone)
        }
        guard vowelCount <= 3 else { return false }
        let first = codes[start]
        let front = first == 105 || first == 101 || first == ê || first == 121
        // Spelling of the onset before front vowels: k/gh/ngh only before i e ê y; c never.
        if onset == .frontOnly && !front { return false }
        if onset == .notFront && front { return false }
        // After qu the u is part of the onset: a cluster may not start with u again.
        if onset == .qu && first == 117 { return false }
        let clusterIndex = vowelCount == 1 ? index : vowelCount == 2 ? 12 + index : 156 + index
        let flags = clusters[clusterIndex]
        guard flags != 0 else { return false }
        let hasCoda = end < codes.count
        if tone != 0 && tonePosition >= 0
            && !toneIsPlaced(codes, start: start, end: end, hasCoda: hasCoda, either: flags & eitherStyle != 0, at: tonePosition) {
            return false
        }
        if !hasCoda { return flags & closed != 0 || (flags & open != 0 && flags & needsCoda == 0) }
        guard flags & open != 0 else { return false }
        return coda(codes, from: end, flags: flags, tone: tone)
    }

    private static func coda(_ codes: UnsafeBufferPointer<UInt8>, from start: Int, flags: UInt8, tone: UInt8) -> Bool {
        let length = codes.count - start
        if length == 0 { return flags & needsCoda == 0 }
        let stops: Bool
        switch (codes[start], length == 2 ? codes[start + 1] : 0) {
        case (109, 0), (110, 0), (110, 103), (110, 104): stops = false  // m n ng nh
        case (99, 0), (99, 104), (112, 0), (116, 0): stops = true       // c ch p t
        default: return false
        }
        return !stops || tone == 4 || tone == 5
    }

    /// Where the tone may go (README §3.1, both styles): on the last modified vowel (ă â ê ô ơ ư;
    /// ơ in ươ); else on the last vowel before a coda; else on the middle of three; else on either
    /// vowel of oa/oe/uy; else on the first.
    private static func toneIsPlaced(
        _ codes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, hasCoda: Bool, either: Bool, at position: Int
    ) -> Bool {
        guard position >= start && position < end else { return false }
        var lastModified = -1
        for k in start..<end where codes[k] >= 1 && codes[k] <= 6 { lastModified = k }
        if lastModified >= 0 { return position == lastModified }
        let count = end - start
        if hasCoda { return position == end - 1 }
        if count == 3 { return position == start + 1 }
        if count == 2 && either { return true }
        return position == start
    }
}
