/// The alias table of `Mappings/text/headers.csv`: header texts seen in practice and the field
/// each one names, plus the preamble (title), footer and cell-value phrases.
///
/// Lookups are diacritics-first: a text is matched on its exact key (NFC, lower case,
/// punctuation as spaces) and only when that fails on its folded key, because folding merges
/// words that differ in meaning ("Năm" year / "Nam" male, "ĐT" phone / "DT" ethnicity).
struct HeaderAliases: Sendable {
    /// One row of the table.
    struct Entry: Hashable, Sendable {
        /// The alias as written ("Họ và tên").
        var alias: String
        /// The field or phrase kind it names (`full_name`, `footer_total`, `gender=male` …).
        var field: String
        /// `header`, `preamble`, `footer` or `cell_value`.
        var kind: String
    }

    /// The result of a lookup.
    struct Hit: Hashable, Sendable {
        /// Every field the alias names (one alias may name several: "Tên", "Năm sinh").
        var fields: [String]
        /// The alias as written in the table (the first one with this key).
        var alias: String
        /// True for a diacritics-exact match, false for a folded one.
        var exact: Bool
    }

    private var headerExact: [String: Hit] = [:]
    private var headerFolded: [String: Hit] = [:]
    /// Phrase keys (exact and folded) by kind, longest first, for prefix matching of lines.
    private(set) var phrases: [(key: String, folded: Bool, field: String, kind: String)] = []
    let text: LayoutText
    /// What title lines say, remembered for this table (`ContextExtractor`).
    let titleMemo = TextMemo<TitleFacts>()
    /// `header(_:)` answers, remembered for this table.
    let headerMemo = TextMemo<Hit?>()

    /// Builds the lookup tables from `entries`, keying them with `text`'s folding.
    init(entries: [Entry], text: LayoutText) {
        self.text = text
        for entry in entries {
            let exact = LayoutText.exactKey(text.normalize(entry.alias))
            let folded = text.foldedKey(entry.alias)
            guard !exact.isEmpty else { continue }
            switch entry.kind {
            case "header":
                HeaderAliases.add(entry, key: exact, exact: true, to: &headerExact)
                HeaderAliases.add(entry, key: folded, exact: false, to: &headerFolded)
            case "preamble", "footer":
                phrases.append((exact, false, entry.field, entry.kind))
                if folded != exact { phrases.append((folded, true, entry.field, entry.kind)) }
            default:
                break
            }
        }
        phrases.sort { $0.key.utf8.count > $1.key.utf8.count }
        phraseStartsWithDigit = phrases.contains { ($0.key.utf8.first ?? 0) &- 0x30 < 10 }
        for (i, p) in phrases.enumerated() {
            guard let first = p.key.first else { continue }
            if p.folded { foldedPhrasesByFirst[first, default: []].append(i) } else { exactPhrasesByFirst[first, default: []].append(i) }
        }
    }

    /// Indexes into `phrases` (in its order) by the first Character of the key: a line can
    /// only start with phrases whose first Character is its own (`hasPrefix` compares
    /// Characters, and equal Characters hash alike).
    private var exactPhrasesByFirst: [Character: [Int]] = [:]
    /// Whether a phrase key starts with an ASCII digit (none in the shipped table): when not,
    /// a line whose key starts with one (a data row's STT) needs no keys built.
    private var phraseStartsWithDigit = false
    private var foldedPhrasesByFirst: [Character: [Int]] = [:]

    private static func add(_ entry: Entry, key: String, exact: Bool, to table: inout [String: Hit]) {
        if var hit = table[key] {
            if !hit.fields.contains(entry.field) { hit.fields.append(entry.field) }
            table[key] = hit
        } else {
            table[key] = Hit(fields: [entry.field], alias: entry.alias, exact: exact)
        }
    }

    /// The header alias `header` matches: exact key first, then folded key.
    func header(_ header: String) -> Hit? {
        headerMemo.answer(header) { lookUpHeader(header) }
    }

    /// `header(_:)` without the memo.
    func lookUpHeader(_ header: String) -> Hit? {
        let exact = LayoutText.exactKey(header)
        guard !exact.isEmpty else { return nil }
        if let hit = headerExact[exact] { return hit }
        return headerFolded[text.foldedKey(exact)]
    }

    /// The fields the folded key of `header` names (every spelling that folds alike): where a
    /// diacritics-exact hit and this differ, the header is one of the folding collisions.
    func foldedHeader(_ header: String) -> Hit? {
        headerFolded[text.foldedKey(header)]
    }

    /// The preamble or footer phrase `line` starts with (on word boundaries), as
    /// (field, kind), trying diacritic-exact phrases before folded ones.
    func phrase(startingLine line: String, kinds: Set<String>) -> (field: String, kind: String)? {
        if !phraseStartsWithDigit, HeaderAliases.keyStartsWithDigit(line) { return nil }
        let exact = LayoutText.exactKey(line)
        guard let first = exact.first else { return nil }
        for i in exactPhrasesByFirst[first] ?? [] {
            let p = phrases[i]
            if kinds.contains(p.kind) && HeaderAliases.startsWithWords(exact, p.key) { return (p.field, p.kind) }
        }
        let folded = text.foldedKey(exact)
        guard let foldedFirst = folded.first else { return nil }
        for i in foldedPhrasesByFirst[foldedFirst] ?? [] {
            let p = phrases[i]
            if kinds.contains(p.kind) && HeaderAliases.startsWithWords(folded, p.key) { return (p.field, p.kind) }
        }
        return nil
    }

    /// True when no phrase can start a line that starts with `text` (a line's first cell and
    /// what follows it): `text`'s key surely starts with a digit, and so does the line's (the
    /// bytes `keyStartsWithDigit` reads come first in the line too), and no phrase does.
    func noPhraseStarts(lineStartingWith text: String) -> Bool {
        !phraseStartsWithDigit && HeaderAliases.keyStartsWithDigit(text)
    }

    /// True when `LayoutText.exactKey(line)` surely starts with an ASCII digit: the first byte
    /// that is an ASCII letter or digit is a digit, and only ASCII punctuation or spaces
    /// (which the key drops) come before it. (Folding keeps a leading digit too.)
    static func keyStartsWithDigit(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            for b in bytes {
                if b >= 0x80 { return false }
                if b &- 0x30 < 10 { return true }
                if (b | 0x20) &- 0x61 < 26 { return false }
            }
            return false
        }
    }

    /// True when `text` starts with `prefix` and the prefix ends at a word boundary.
    static func startsWithWords(_ text: String, _ prefix: String) -> Bool {
        guard text.hasPrefix(prefix) else { return false }
        let rest = text.utf8.dropFirst(prefix.utf8.count)
        return rest.first == nil || rest.first == 0x20
    }
}
