import Foundation
import SoSachFields

/// Reads the file context (units, year, list kind) from a file's title rows and its file name.
///
/// Titles name the issuer and the list: "UBND XÃ QUÀI CANG", "ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO",
/// "TỈNH ĐIỆN BIÊN", "DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN … CÔNG DÂN HỌC TẬP NĂM 2024". A unit word
/// ("xã", "phường", "thị trấn", "huyện", "tỉnh" …) followed by a name gives that level; "xã hội"
/// and the national motto are not units. File names are split on separators and case changes
/// ("DSCDHT_2024_PhuongDongTam" → DS, CDHT, 2024, Phuong, Dong, Tam); what remains once the list
/// words, kind abbreviations and years are removed is taken as the commune when no unit word
/// names it ("DS CDHT 2023 Quài Cang.csv" → commune "Quài Cang"). Titles win over the file name.
/// The texts are kept as written; resolving them to official units is the unit resolver's job.
struct ContextExtractor {
    let aliases: HeaderAliases
    var text: LayoutText { aliases.text }

    enum Level { case village, commune, district, province, city }

    /// Unit words: exact key words, the level, and whether the word only counts at the start of
    /// a line (hamlet words are common nouns elsewhere: "bản" is also "copy").
    static let unitWords: [(words: [String], level: Level, lineStartOnly: Bool)] = [
        (["tổ", "dân", "phố"], .village, false), (["khu", "phố"], .village, true),
        (["thị", "trấn"], .commune, false), (["thị", "xã"], .district, false),
        (["thành", "phố"], .city, false), (["đặc", "khu"], .commune, false),
        (["xã"], .commune, false), (["phường"], .commune, false),
        (["huyện"], .district, false), (["quận"], .district, false), (["tỉnh"], .province, false),
        (["thôn"], .village, true), (["xóm"], .village, true), (["bản"], .village, true),
        (["ấp"], .village, true), (["buôn"], .village, true), (["làng"], .village, true),
        (["tp"], .city, false), (["tx"], .district, false),
    ]
    /// The same words without diacritics, for titles typed without them.
    static let foldedUnitWords: [(words: [String], level: Level, lineStartOnly: Bool)] = [
        (["to", "dan", "pho"], .village, false), (["thi", "tran"], .commune, false), (["thi", "xa"], .district, false),
        (["thanh", "pho"], .city, false), (["dac", "khu"], .commune, false), (["xa"], .commune, false),
        (["phuong"], .commune, false), (["huyen"], .district, false), (["quan"], .district, false),
        (["tinh"], .province, false), (["thon"], .village, true), (["xom"], .village, true),
        (["tp"], .city, false), (["tx"], .district, false),
    ]
    /// Words that end a unit name in a title.
    private static let stopWords: Set<String> = [
        "năm", "nam", "về", "ve", "đề", "de", "kèm", "kem", "theo", "đợt", "dot", "giai", "của", "cua",
        "trên", "tren", "và", "va", "được", "duoc", "đã", "da", "học", "hoc", "tại", "tai", "danh", "ds",
    ]
    /// The list kinds by their phrase (exact key, then folded key).
    private static let kindPhrases: [(phrase: String, folded: Bool, kind: ListKind)] = [
        ("công dân học tập", false, .citizens), ("gia đình học tập", false, .family),
        ("dòng họ học tập", false, .clan), ("cộng đồng học tập", false, .community),
        ("đơn vị học tập", false, .unitOffice),
        ("cong dan hoc tap", true, .citizens), ("gia dinh hoc tap", true, .family),
        ("dong ho hoc tap", true, .clan), ("cong dong hoc tap", true, .community),
        ("don vi hoc tap", true, .unitOffice),
    ]
    /// The kind abbreviations used in file names, diacritics first ("CĐHT" is community,
    /// "CDHT" citizens).
    private static let kindAbbreviations: [(String, ListKind)] = [
        ("CĐHT", .community), ("GĐHT", .family), ("ĐVHT", .unitOffice),
        ("CDHT", .citizens), ("GDHT", .family), ("DHHT", .clan), ("DVHT", .unitOffice),
    ]
    /// File-name words that are not unit names.
    private static let fileNameNoise: Set<String> = [
        "ds", "dsach", "danh", "sach", "list", "final", "moi", "new", "ban", "sua", "chuan", "tong", "hop",
        "de", "nghi", "cong", "nhan", "dang", "ky", "bao", "cao", "copy", "of", "csv", "tsv", "txt", "xlsx", "xls",
        "cdht", "gdht", "dhht", "dvht", "nam", "v", "hoc", "tap", "dan",
    ]

    /// The context found in `titles` (line, text) and the file name of `displayPath`.
    func extract(titles: [(line: Int, text: String)], displayPath: String) -> FileContext {
        var namingUnits: [Bool] = []
        return extract(titles: titles, displayPath: displayPath, namingUnits: &namingUnits)
    }

    /// `extract`, also telling for each title whether it names a unit (`namesUnit`), from the
    /// units it reads anyway.
    func extract(titles: [(line: Int, text: String)], displayPath: String, namingUnits: inout [Bool]) -> FileContext {
        var context = FileContext()
        var city: (name: String, evidence: String)?
        var titleYearFromList = false
        namingUnits = []
        for (line, raw) in titles {
            let facts = aliases.titleMemo.answer(raw) { titleFacts(raw) }
            namingUnits.append(!facts.units.isEmpty)
            if facts.preamble == "preamble_national_motto" { continue }
            let where_ = "title line \(line) \"\(raw)\""
            for (level, name, type) in facts.units {
                let evidence = "\(where_): \(levelName(level)) \"\(name)\""
                switch level {
                case .village where context.village == nil: context.village = name; context.evidence.append(evidence)
                case .commune where context.commune == nil:
                    context.commune = name; context.communeType = type; context.evidence.append(evidence)
                case .district where context.district == nil: context.district = name; context.evidence.append(evidence)
                case .province where context.province == nil: context.province = name; context.evidence.append(evidence)
                case .city where city == nil: city = (name, where_)
                default: break
                }
            }
            let isListTitle = facts.preamble == "preamble_title"
            if let kind = facts.listKind, context.listKind == nil || isListTitle && !titleYearFromList {
                if context.listKind != kind {
                    context.listKind = kind
                    context.evidence.append("\(where_): list kind \(kind.rawValue)")
                }
            }
            if let year = facts.year, context.year == nil || (isListTitle && !titleYearFromList) {
                if context.year != year {
                    context.year = year
                    context.evidence.append("\(where_): year \(year)")
                }
                titleYearFromList = titleYearFromList || isListTitle
            }
        }
        if let city {
            // "Thành phố X" is a province when no province is named, else a district.
            if context.province == nil {
                context.province = city.name
                context.evidence.append("\(city.evidence): province (city) \"\(city.name)\"")
            } else if context.district == nil {
                context.district = city.name
                context.evidence.append("\(city.evidence): district (city) \"\(city.name)\"")
            }
        }
        fromFileName(displayPath, into: &context)
        return context
    }

    /// What one title line says by itself (`extract` reads the list kind and year only of lines
    /// that are not the national motto).
    func titleFacts(_ raw: String) -> TitleFacts {
        let lineText = raw.replacingQuotes()
        let preamble = aliases.phrase(startingLine: lineText, kinds: ["preamble"])?.field
        var facts = TitleFacts(units: units(in: lineText), preamble: preamble)
        if preamble != "preamble_national_motto" {
            facts.listKind = listKind(in: lineText)
            facts.year = year(in: lineText)
        }
        return facts
    }

    private func levelName(_ level: Level) -> String {
        switch level {
        case .village: return "village"
        case .commune: return "commune"
        case .district: return "district"
        case .province: return "province"
        case .city: return "city"
        }
    }

    /// True when a title line names a unit with a unit word ("UBND XÃ QUÀI CANG"): only such
    /// lines are worth resolving (long titles otherwise hold two-word phrases that happen to be
    /// unit names somewhere).
    func namesUnit(_ line: String) -> Bool { !units(in: line.replacingQuotes()).isEmpty }

    /// The units a title line names: (level, name as written, unit word).
    private func units(in line: String) -> [(Level, String, String)] {
        let original = ContextExtractor.words(line)
        guard !original.isEmpty else { return [] }
        let lower = original.map { $0.lowercased() }
        let ascii = line.unicodeScalars.allSatisfy { $0.isASCII }
        let keys = ascii ? lower.map { text.foldedKey($0) } : lower
        let table = ascii ? ContextExtractor.foldedUnitWords : ContextExtractor.unitWords
        // The keys of a plain line and the table's words are NFC: equal exactly when their
        // bytes are (no normalising comparison).
        var copy = line
        let plain = copy.withUTF8 { CellScan($0).isPlain }
        let same: (String, String) -> Bool = plain ? { $0.utf8.elementsEqual($1.utf8) } : { $0 == $1 }
        var found: [(Level, String, String)] = []
        var i = 0
        while i < keys.count {
            guard let match = table.first(where: { entry in
                i + entry.words.count <= keys.count && keys[i..<(i + entry.words.count)].elementsEqual(entry.words, by: same)
                    && (!entry.lineStartOnly || i == 0 || ContextExtractor.issuerWords.contains(keys[i - 1]))
            }) else { i += 1; continue }
            let start = i + match.words.count
            // "xã hội" (society) is not a commune.
            if match.words == ["xã"] || match.words == ["xa"], start < keys.count, keys[start] == "hội" || keys[start] == "hoi" {
                i = start + 1
                continue
            }
            var end = start
            if start < keys.count, keys[start].allSatisfy(\.isNumber) {
                end = start + 1  // numbered units: "Thôn 5", "Phường 3"
            } else {
                while end < keys.count, end - start < 5 {
                    let k = keys[end]
                    if ContextExtractor.isPunctuation(k) || ContextExtractor.stopWords.contains(k) || k.first?.isNumber == true { break }
                    if table.contains(where: { end + $0.words.count <= keys.count && keys[end..<(end + $0.words.count)].elementsEqual($0.words, by: same) && !$0.lineStartOnly }) { break }
                    end += 1
                }
            }
            if end > start {
                // A hamlet keeps its type word ("Thôn 5", "Bản Nà Sáy"): rows write it that way.
                let nameStart = match.level == .village ? i : start
                found.append((match.level, original[nameStart..<end].joined(separator: " "), original[i..<start].joined(separator: " ").lowercased()))
            }
            i = max(end, i + 1)
        }
        return found
    }

    /// Words that may precede a hamlet word in a title ("BAN CÔNG TÁC MẶT TRẬN THÔN …").
    private static let issuerWords: Set<String> = ["ubnd", "trận", "tran", "học", "hoc", "hội", "hoi", "tập", "tap", "-"]

    private static func isPunctuation(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { !$0.properties.isAlphabetic && $0.properties.numericType == nil }
    }

    /// Words and punctuation marks of a line (punctuation as separate one-character words).
    static func words(_ line: String) -> [String] {
        var copy = line
        if let words = copy.withUTF8({ plainWords($0) }) { return words }
        var words: [String] = []
        var current = ""
        for ch in line {
            if ch.isLetter || ch.isNumber || ch == "'" {
                current.append(ch)
            } else {
                if !current.isEmpty { words.append(current); current = "" }
                if !ch.isWhitespace { words.append(String(ch)) }
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `words` of a plain line (`CellScan.isPlain`) on its bytes, nil for other lines. In plain
    /// text every Character is one scalar (CR LF aside, two whitespace bytes either way): the
    /// letters are the ASCII and Vietnamese letters, the numbers the ASCII digits, the
    /// whitespace U+0009–U+000D and the space.
    static func plainWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard CellScan(bytes).isPlain else { return nil }
        var words: [String] = []
        var start = -1
        for i in 0..<bytes.count {
            let b = bytes[i]
            if b >= 0x80 || (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 || b == 0x27 {
                if start < 0 { start = i }
                continue
            }
            if start >= 0 { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)); start = -1 }
            if !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) { words.append(String(UnicodeScalar(b))) }
        }
        if start >= 0 { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
        return words
    }

    private func listKind(in line: String) -> ListKind? {
        let exact = " " + LayoutText.exactKey(line) + " "
        var folded: String?
        for (phrase, isFolded, kind) in ContextExtractor.kindPhrases {
            if isFolded {
                if folded == nil { folded = " " + text.foldedKey(line) + " " }
                if ContextExtractor.contains(folded!, " \(phrase) ") { return kind }
            } else if ContextExtractor.contains(exact, " \(phrase) ") {
                return kind
            }
        }
        return nil
    }

    /// `text.contains(part)` (Foundation's search, canonical equivalence), answered on the bytes
    /// when `text` is plain (`CellScan.isPlain`) and its bytes do not hold `part`'s: a plain text
    /// is NFC, so any part of it that is canonically equivalent to the NFC `part` has its bytes.
    static func contains(_ text: String, _ part: String) -> Bool {
        var copy = text
        let surelyNot = copy.withUTF8 { bytes in
            CellScan(bytes).isPlain && !LayoutText.bytes(bytes, contain: part)
        }
        return surelyNot ? false : text.contains(part)
    }

    /// The year after "năm" in a line ("NĂM 2024", "năm học 2023 - 2024" → 2023).
    private func year(in line: String) -> Int? {
        // A year is a word whose key is 4 ASCII digits. In a plain line (ASCII and Vietnamese
        // letters: no other digits, nothing folding to one) such a word holds 4 consecutive
        // ASCII digits (its key drops only apostrophes): without them, no folding is needed.
        if !ContextExtractor.mayHoldYear(line) { return nil }
        let keys = ContextExtractor.words(line).map { text.foldedKey($0) }
        for (i, key) in keys.enumerated() where key == "nam" {
            for k in keys[(i + 1)..<min(keys.count, i + 4)] {
                if let y = LayoutText.year(k) { return y }
            }
        }
        return nil
    }

    /// False when `line` is plain (`CellScan.isPlain`) and has no run of 4 ASCII digits.
    static func mayHoldYear(_ line: String) -> Bool {
        var copy = line
        return copy.withUTF8 { bytes in
            guard CellScan(bytes).isPlain else { return true }
            var run = 0
            for b in bytes {
                run = b &- 0x30 < 10 ? run + 1 : 0
                if run == 4 { return true }
            }
            return false
        }
    }

    /// Place and date lines above signatures: "Quài Cang, ngày 15 tháng 11 năm 2024".
    static func isPlaceAndDateLine(_ line: String, text: LayoutText) -> Bool {
        guard line.count <= 100 else { return false }
        let words = text.foldedKey(line).split(separator: " ")
        guard let ngay = words.firstIndex(of: "ngay"),
              let thang = words[(ngay + 1)...].firstIndex(of: "thang") else { return false }
        return words[(thang + 1)...].contains("nam")
    }

    /// The hamlet a heading between groups of rows names, without its numbering:
    /// "II. BẢN MÓN" → "BẢN MÓN", "Thôn 3:" → "Thôn 3"; nil for other headings.
    static func hamletHeading(_ text: String) -> String? {
        var rest = Substring(text)
        // Roman or Arabic numbering: "II.", "2.", "2)".
        if let dot = rest.firstIndex(where: { $0 == "." || $0 == ")" }),
           rest[..<dot].allSatisfy({ "IVXLCivxlc0123456789".contains($0) }), dot > rest.startIndex {
            rest = rest[rest.index(after: dot)...]
        }
        var name = rest.trimmingCharacters(in: .whitespaces)
        while let last = name.last, ":-".contains(last) { name.removeLast() }
        name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, ColumnStats.startsWithAny(LayoutText.exactKey(name), ColumnStats.villagePrefixes) else { return nil }
        return name
    }

    // MARK: - File name

    private func fromFileName(_ displayPath: String, into context: inout FileContext) {
        var name = Substring(displayPath.split(separator: "/").last ?? Substring(displayPath))
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        let tokens = ContextExtractor.fileNameTokenChunks(String(name))
        var rest: [String] = []
        var units: [(Level, String, String)] = []
        var pendingLevel: (Level, String)?
        var pendingWords: [String] = []
        // The chunk (separator-delimited part) of the last type word or unit-name word: CamelCase
        // parts glued to it ("XaTanDan") are all part of the unit name, noise words included.
        var pendingChunk: Int?
        func flush() {
            if let (level, type) = pendingLevel, !pendingWords.isEmpty { units.append((level, pendingWords.joined(separator: " "), type)) }
            else { rest += pendingWords }
            pendingLevel = nil
            pendingWords = []
            pendingChunk = nil
        }
        var skipNext = false
        for (index, (token, chunk)) in tokens.enumerated() {
            if skipNext { skipNext = false; continue }
            let upper = token.uppercased()
            var folded = text.foldedKey(token)
            // "ThiTran" splits on its case change: the type word is the pair.
            if folded == "thi", index + 1 < tokens.count, tokens[index + 1].chunk == chunk,
               text.foldedKey(tokens[index + 1].token) == "tran" {
                folded = "thitran"; skipNext = true
            }
            if let y = LayoutText.year(token) {
                if context.year == nil { context.year = y; context.evidence.append("file name \"\(name)\": year \(y)") }
                flush(); continue
            }
            if let kind = ContextExtractor.kindAbbreviations.first(where: { upper == $0.0 || upper == "DS" + $0.0 })?.1 {
                if context.listKind == nil { context.listKind = kind; context.evidence.append("file name \"\(name)\": list kind \(kind.rawValue) (\(token))") }
                flush(); continue
            }
            let level: Level? = switch folded {
            case "xa": .commune
            case "phuong": .commune
            case "tt", "thitran": .commune
            // "P" is Phường wherever it stands ("P.Tân An", "PDongTam"); a lone "x" is too often
            // noise ("x.csv"), so "X" is Xã only when glued to a name ("XTanDan").
            case "p": .commune
            case "x" where index + 1 < tokens.count && tokens[index + 1].chunk == chunk
                && tokens[index + 1].token.first?.isLetter == true: .commune
            case "huyen", "quan": .district
            case "tinh": .province
            case "tp": .city
            default: nil
            }
            if let level { flush(); pendingLevel = (level, folded == "thitran" ? "thitran" : token.lowercased()); pendingChunk = chunk; continue }
            if token.first?.isNumber == true { flush(); continue }
            let glued = pendingLevel != nil && pendingChunk == chunk
            if !glued && ContextExtractor.fileNameNoise.contains(folded) { flush(); continue }
            pendingWords.append(token)
        }
        flush()
        // Left-over words name the commune only when they look like a proper name ("Quài Cang";
        // not "x", "v2", "danh sach moi").
        if units.isEmpty, !rest.isEmpty, rest.count <= 4, rest.allSatisfy({ $0.count >= 2 && $0.first!.isUppercase }), rest.contains(where: { $0.count >= 3 }) {
            units.append((.commune, rest.joined(separator: " "), ""))
        }
        for (level, value, type) in units {
            let evidence = "file name \"\(name)\": \(levelName(level)) \"\(value)\"" + (type.isEmpty ? " (no unit word)" : "")
            switch level {
            case .commune where context.commune == nil:
                context.commune = value; context.communeType = type.isEmpty ? nil : type; context.evidence.append(evidence)
            case .district where context.district == nil: context.district = value; context.evidence.append(evidence)
            case .province where context.province == nil: context.province = value; context.evidence.append(evidence)
            case .city where context.province == nil && context.district == nil:
                context.district = value; context.evidence.append(evidence)
            default: break
            }
        }
    }

    /// Splits a file name on separators, case changes and letter/digit changes, with the index of
    /// the separator-delimited chunk each token came from ("DS_2020_XaTanDan" → DS 0, 2020 1, Xa 2, Tan 2, Dan 2).
    static func fileNameTokenChunks(_ name: String) -> [(token: String, chunk: Int)] {
        var tokens: [(token: String, chunk: Int)] = []
        var current = ""
        var chunk = 0
        var previous: Character?
        for ch in name {
            guard ch.isLetter || ch.isNumber else {
                if !current.isEmpty { tokens.append((current, chunk)); current = "" }
                if previous != nil { chunk += 1 }
                previous = nil
                continue
            }
            if let p = previous, !current.isEmpty {
                let caseBreak = p.isLowercase && ch.isUppercase
                let kindBreak = p.isNumber != ch.isNumber
                if caseBreak || kindBreak { tokens.append((current, chunk)); current = "" }
                // An upper-case run ends before the capital of a word: "PCongHoa" → P, Cong, Hoa.
                else if p.isUppercase && ch.isLowercase && current.count >= 2 {
                    let capital = current.removeLast()
                    tokens.append((current, chunk)); current = String(capital)
                }
            }
            current.append(ch)
            previous = ch
        }
        if !current.isEmpty { tokens.append((current, chunk)) }
        return tokens
    }
}

extension String {
    /// The line with quotation marks removed (titles quote the award: "CÔNG DÂN HỌC TẬP").
    func replacingQuotes() -> String {
        // A Character equal to a quotation mark holds its scalar (none of them has another
        // canonically equivalent spelling): a line without their bytes has none.
        var copy = self
        let hasQuote = copy.withUTF8 { bytes in
            for i in bytes.indices {
                switch bytes[i] {
                case 0x22, 0x27: return true
                case 0xC2 where i + 1 < bytes.count && (bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB): return true   // « »
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] >= 0x98 && bytes[i + 2] <= 0x9D:
                    return true   // ‘ ’ ‚ ‛ “ ”
                default: continue
                }
            }
            return false
        }
        guard hasQuote else { return self }
        return String(self.filter { !"\"“”'‘’«»".contains($0) })
    }
}
