import SoSachText
import SoSachUnits

/// Classifies every record of a file and turns data records into `DataRow`s, streaming.
///
/// How it works: the engine first reads a bounded prefix (`prefixLimit` records) and decides on
/// it where the first table's header is (the first row of header aliases in the first rows, or the
/// mapping file's header rows, or none: the columns are then mapped by content), maps the
/// columns of every table found in the prefix and reads the file context from the title rows.
/// Then it hands out the records one by one, deciding each with the same per-row rules, and
/// holds at most `prefixLimit` records in memory: when a new header appears after the prefix, it
/// looks ahead at most that many records to map the new table's columns by content too.
///
/// Per-row rules (in order): a record that could not be read is a reject; all cells empty is
/// blank; a row of 1, 2, 3 … is column numbers; a row that matches header aliases is a header
/// (and starts a new table); a row with a row number (STT) and a canonical value is data; a row
/// with a name and a date, ID or phone is data; a row starting with a total, footer or title
/// phrase is total, footer or title; a place-and-date line is footer; after a footer only the
/// two strong forms above are data; otherwise a row with a name, date or ID, or with two cells
/// one of which is canonical, is data; a lone STT is blank; anything else is title before the
/// first data row and footer after it.
final class LayoutEngine {
    /// Records decided on before streaming (and the look-ahead for a later header).
    static let defaultPrefixLimit = 200
    /// Header rows are searched for in the first rows of the prefix only.
    static let headerSearchRows = 40

    let source: LayoutRecordSource
    let aliases: HeaderAliases
    let mapper: ColumnMapper
    let rule: MappingConfig.FileRule?
    /// Whether the mapping file gives the header rows (then no header is looked for while
    /// streaming); read on every row, so kept apart from the rule.
    let ruleGivesHeaderRows: Bool
    let displayPath: String
    let prefixLimit: Int
    /// The unit registry the file context is resolved with; nil: texts only.
    let unitRegistry: UnitRegistry?

    /// The mapping of every table found so far (those of the prefix first).
    private(set) var mappings: [ColumnMapping] = []
    /// The extra columns: the union of the extras of every table found so far, in order of
    /// appearance (the profile holds those of the prefix's tables).
    private(set) var extraColumnNames: [String] = []
    /// The context read from the title rows and the file name (mapping file applied).
    private(set) var context = FileContext()
    /// The physical lines of every title row of the first table (for the context).
    private(set) var titleLines: [Int] = []

    private var pending: [LayoutRecord] = []
    /// The most records held at once (tests check that memory does not grow with the file).
    private(set) var peakBuffered = 0
    private var head = 0
    private var exhausted = false
    /// Header groups decided on in the prefix: first line of the group → (lines, section).
    private var plannedHeaders: [Int: (lines: Set<Int>, section: Int)] = [:]
    private var headerLinesLeft: Set<Int> = []
    private var sections: [LayoutSection] = []
    private var current: LayoutSection?
    private var headerless = false
    private var seenData = false
    private var seenFooter = false
    /// The hamlet named by the last heading inside the table ("II. BẢN MÓN"): the village of
    /// the rows below it that give none.
    private var headingVillage: String?
    private var output: [ListLine] = []
    private var outputHead = 0
    private var nextLine = 1

    /// Reads the prefix from `source` and decides the layout.
    init(source: LayoutRecordSource, aliases: HeaderAliases, rule: MappingConfig.FileRule?,
         displayPath: String, prefixLimit: Int = LayoutEngine.defaultPrefixLimit, unitRegistry: UnitRegistry? = nil) throws {
        self.unitRegistry = unitRegistry
        self.source = source
        self.aliases = aliases
        self.mapper = ColumnMapper(aliases: aliases)
        self.rule = rule
        self.ruleGivesHeaderRows = rule?.headerRows != nil
        self.displayPath = displayPath
        self.prefixLimit = max(prefixLimit, 10)
        try fill(upTo: self.prefixLimit)
        planPrefix()
    }

    // MARK: - Prefix decisions

    private func planPrefix() {
        // Planned once, before anything was taken: the buffer itself, not a copy.
        let prefix = head == 0 ? pending : Array(pending[head...])
        var groups: [[Int]] = []   // indexes into prefix
        if let rows = rule?.headerRows {
            var group: [Int] = []
            for line in rows.sorted() {
                guard let i = prefix.firstIndex(where: { $0.line == line }) else { continue }
                if let last = group.last, i != last + 1 { groups.append(group); group = [] }
                group.append(i)
            }
            if !group.isEmpty { groups.append(group) }
        } else if let first = firstHeaderGroup(prefix) {
            groups.append(first)
            var i = first.last! + 1
            while i < prefix.count {
                if isHeaderRow(prefix[i]) {
                    let group = extendHeader(prefix, from: i)
                    groups.append(group)
                    i = group.last! + 1
                } else {
                    i += 1
                }
            }
        }
        if groups.isEmpty {
            headerless = true
            let sample = prefix.filter { isDataCandidate($0) }
            let mapping = mapper.mapByContent(sample: sample, overrides: rule?.columns,
                                              source: rule?.headerRows != nil ? "config" : "content")
            addSection(mapping)
            current = sections[0]
            let firstData = prefix.firstIndex { classifyInSection($0, sections[0]) == .data } ?? prefix.count
            titleLines = prefix[..<firstData].filter { !$0.isBlank }.map(\.line)
            readContext(titleRecords: Array(prefix[..<firstData]))
        } else {
            for (n, group) in groups.enumerated() {
                let end = n + 1 < groups.count ? groups[n + 1].first! : prefix.count
                let start = group.last! + 1
                let sample = start < end ? prefix[start..<end].filter { isDataCandidate($0) && !isColumnNumbers($0) } : []
                let mapping = mapper.map(headerRows: group.map { prefix[$0] }, sample: sample, overrides: rule?.columns)
                addSection(mapping)
                let lines = Set(group.map { prefix[$0].line })
                plannedHeaders[prefix[group[0]].line] = (lines, n)
            }
            let firstHeader = groups[0][0]
            titleLines = prefix[..<firstHeader].filter { !$0.isBlank }.map(\.line)
            readContext(titleRecords: Array(prefix[..<firstHeader]))
        }
    }

    private func addSection(_ mapping: ColumnMapping) {
        for name in mapping.extraColumnNames where !extraColumnNames.contains(name) { extraColumnNames.append(name) }
        mappings.append(mapping)
        sections.append(LayoutSection(index: sections.count, mapping: mapping, extraNames: extraColumnNames))
    }

    /// The first table's header rows in the prefix: the first row among the first rows where
    /// most cells (two at least) are header aliases, with a row of group labels above it and
    /// sub-header rows below it.
    private func firstHeaderGroup(_ prefix: [LayoutRecord]) -> [Int]? {
        // The first qualifying row: a second, better-scoring header further down belongs to a
        // second table pasted below the first.
        var first: Int?
        for i in 0..<min(prefix.count, LayoutEngine.headerSearchRows) {
            let score = headerScore(prefix[i])
            if score.hits >= 2, score.qualifies { first = i; break }
        }
        guard let found = first else { return nil }
        var start = found
        // A row of group labels above ("Thông tin cá nhân" | | "Địa chỉ") is part of the header.
        if found > 0 {
            let above = prefix[found - 1]
            let s = headerScore(above)
            if above.filledCount >= 2, s.hits >= 1, !s.hasNumbers,
               aliases.phrase(startingLine: above.text, kinds: ["preamble", "footer"]) == nil {
                start = found - 1
            }
        }
        return Array(start..<(extendHeader(prefix, from: found).last! + 1))
    }

    /// The header group starting at `index`: the row plus the sub-header rows under it.
    private func extendHeader(_ rows: [LayoutRecord], from index: Int) -> [Int] {
        var group = [index]
        var i = index + 1
        while i < rows.count, group.count < 3 {
            let row = rows[i]
            if row.isBlank || isColumnNumbers(row) { break }
            guard isSubHeader(row) else { break }
            group.append(i)
            i += 1
        }
        return group
    }

    private func readContext(titleRecords: [LayoutRecord]) {
        let extractor = ContextExtractor(aliases: aliases)
        // Each cell on its own: a title row often holds two blocks ("UBND XÃ …" | "CỘNG HÒA …").
        let titles = titleRecords.flatMap { record in record.cells.filter { !$0.isEmpty }.map { (record.line, $0) } }
        var namingUnits: [Bool] = []
        var found = extractor.extract(titles: titles, displayPath: displayPath, namingUnits: &namingUnits)
        if let rule {
            if let unit = rule.defaultUnit {
                found.village = unit.village ?? found.village
                found.commune = unit.commune ?? found.commune
                found.district = unit.district ?? found.district
                found.province = unit.province ?? found.province
                found.evidence.append("mapping file \"\(rule.pattern)\": default unit")
            }
            if let kind = rule.listKind {
                found.listKind = kind
                found.evidence.append("mapping file \"\(rule.pattern)\": list kind \(kind.rawValue)")
            }
            if let year = rule.year {
                found.year = year
                found.evidence.append("mapping file \"\(rule.pattern)\": year \(year)")
            }
        }
        if let registry = unitRegistry {
            let fileName = String(displayPath.split(separator: "/").last ?? Substring(displayPath))
            let unitTitles = titles.indices.filter { namingUnits[$0] }.map { titles[$0] }
            found.resolveUnits(titles: unitTitles, fileName: fileName,
                               defaultUnit: rule?.defaultUnit, registry: registry)
        }
        context = found
    }

    // MARK: - Streaming

    /// The next classified item, or nil when every line has been reported.
    func next() throws -> ListLine? {
        while outputHead >= output.count {
            // removeLast, not removeAll(keepingCapacity:): the buffer holds one item most of the
            // time, and removeAll's general path costs more than the rest of the bookkeeping.
            while !output.isEmpty { output.removeLast() }
            outputHead = 0
            guard let record = try takeRecord() else {
                // Lines after the last record (blank lines the reader did not report).
                if let total = source.physicalLineCount, nextLine <= total {
                    while nextLine <= total { output.append(.nonData(.blank, line: nextLine)); nextLine += 1 }
                    continue
                }
                return nil
            }
            try process(record)
        }
        // The usual case, one item for the record: moved out rather than copied (no retain of
        // the row's arrays and strings, no release when the buffer is cleared).
        if outputHead == 0 && output.count == 1 { return output.removeLast() }
        defer { outputHead += 1 }
        return output[outputHead]
    }

    private func process(_ record: LayoutRecord) throws {
        // Lines the reader skipped (blank lines between records) are blank.
        while nextLine < record.line { output.append(.nonData(.blank, line: nextLine)); nextLine += 1 }
        nextLine = record.line + record.lineCount
        // A record the reader could not split is a reject wherever it is: it may hold data.
        if let failure = record.failure {
            rejectRecord(record, reason: failure.reason, message: failure.message)
            return
        }
        let kind = try decide(record)
        switch kind {
        case .data:
            guard let section = current else { emit(.title, record); return }
            if let last = record.cells.lastIndex(where: { !$0.isEmpty }), last >= section.width, section.width > 0 {
                let message = "\(displayPath): line \(record.line), column \(last + 1): \(last + 1) cells where the table has \(section.width) columns"
                rejectRecord(record, reason: "layout.too_many_cells", message: message)
                return
            }
            var row = section.dataRow(record, extraCount: extraColumnNames.count)
            if row[.village].isEmpty, let village = headingVillage {
                row[.village] = village
                row.flags.append("layout.village_from_heading")
            }
            output.append(.data(row))
        default:
            emit(kind, record)
        }
    }

    /// A reject covers the lines of its raw text; when the reader kept only the start of a huge
    /// record, the lines past it are reported as continuation rejects so that every line is
    /// still reported once.
    private func rejectRecord(_ record: LayoutRecord, reason: String, message: String) {
        output.append(.reject(line: record.line, reason: reason, message: message, raw: record.raw))
        let covered = ListLine.physicalLineCount(of: record.raw)
        for line in (record.line + covered)..<max(record.line + covered, record.line + record.lineCount) {
            output.append(.reject(line: line, reason: reason, message: message + " (continued)", raw: ""))
        }
    }

    private func emit(_ kind: LineKind, _ record: LayoutRecord) {
        for line in record.line..<(record.line + record.lineCount) { output.append(.nonData(kind, line: line)) }
    }

    /// Decides the kind of `record` and updates the table state.
    private func decide(_ record: LayoutRecord) throws -> LineKind {
        // Header rows planned in the prefix.
        if !plannedHeaders.isEmpty, let planned = plannedHeaders[record.line] {
            headerLinesLeft = planned.lines
            current = sections[planned.section]
            seenFooter = false
            headingVillage = nil
        }
        if !headerLinesLeft.isEmpty, headerLinesLeft.remove(record.line) != nil { return .header }
        if current == nil || (!headerless && sections.isEmpty) { return record.isBlank ? .blank : .title }
        if record.isBlank { return .blank }
        if isColumnNumbers(record) { return .columnNumbers }
        // A header after the prefix: a new table.
        let section = current!
        // A row of the strong forms is data by `classifyInSection` too (the row is not blank):
        // most rows are decided here, with the recognisers run once.
        let strong = isStrongData(record, section)
        if !ruleGivesHeaderRows, !strong, isHeaderRow(record), !isPlannedLine(record.line) {
            try startSection(at: record)
            return .header
        }
        let kind = strong ? .data : classifyInSection(record, section)
        if kind == .title, record.filledCount == 1 { headingVillage = ContextExtractor.hamletHeading(record.text) ?? headingVillage }
        if kind == .data { seenData = true }
        if kind == .footer || kind == .total { seenFooter = true }
        return kind
    }

    private func isPlannedLine(_ line: Int) -> Bool { plannedHeaders.values.contains { $0.lines.contains(line) } }

    /// A header found while streaming: map it with a bounded look-ahead.
    private func startSection(at record: LayoutRecord) throws {
        try fill(upTo: prefixLimit)
        var rows = [record]
        var i = head
        while i < pending.count, rows.count < 3 {
            let row = pending[i]
            guard !row.isBlank, !isColumnNumbers(row), isSubHeader(row) else { break }
            rows.append(row)
            i += 1
        }
        var sample: [LayoutRecord] = []
        for j in i..<pending.count {
            if isHeaderRow(pending[j]) { break }
            if isDataCandidate(pending[j]) && !isColumnNumbers(pending[j]) { sample.append(pending[j]) }
        }
        let mapping = mapper.map(headerRows: rows, sample: sample, overrides: rule?.columns)
        mappings.append(mapping)
        // New extra columns are appended: rows read before have shorter `extras` (see DataRow).
        for name in mapping.extraColumnNames where !extraColumnNames.contains(name) { extraColumnNames.append(name) }
        let section = LayoutSection(index: sections.count, mapping: mapping, extraNames: extraColumnNames)
        sections.append(section)
        current = section
        headerLinesLeft = Set(rows.dropFirst().map(\.line))
        seenFooter = false
        headingVillage = nil
    }

    // MARK: - Row rules

    /// The per-row classification inside a table (see the type's documentation).
    func classifyInSection(_ record: LayoutRecord, _ section: LayoutSection) -> LineKind {
        if record.isBlank { return .blank }
        let text = aliases.text
        let stt = section.rowNumberColumn.flatMap { LayoutText.smallInteger(record[$0]) }
        let canonicalFilled = section.canonicalColumns.reduce(0) { $0 + (record[$1].isEmpty ? 0 : 1) }
        if stt != nil && canonicalFilled >= 1 { return .data }
        let name = section.nameColumns.contains { c in let v = record[c]; return !v.isEmpty && text.looksLikeName(v) }
        let date = section.dateColumns.contains { c in let v = record[c]; return !v.isEmpty && text.looksLikeDate(v) }
        let id = section.idColumns.contains { c in let v = record[c]; return !v.isEmpty && text.looksLikeNationalID(v) }
        let phone = section.phoneColumns.contains { c in let v = record[c]; return !v.isEmpty && text.looksLikePhone(v) }
        if name && (date || id || phone) { return .data }
        if let phrase = aliases.phrase(startingLine: record.text, kinds: ["preamble", "footer"]) {
            if phrase.field == "footer_total" { return .total }
            if phrase.kind == "footer" { return .footer }
            if phrase.field != "preamble_year" && !(name && canonicalFilled >= 2) { return .title }
        }
        if ContextExtractor.isPlaceAndDateLine(record.text, text: text) { return .footer }
        if !seenFooter, record.filledCount == 1, isSectionHeading(record.text) { return .title }
        if seenFooter { return .footer }
        if name || date || id { return .data }
        if canonicalFilled >= 1 && record.filledCount >= 2 { return .data }
        if stt != nil && record.filledCount == 1 { return .blank }
        return seenData ? .footer : .title
    }

    /// A heading between groups of rows: "I. BẢN CANG", "Thôn 3", "TỔ DÂN PHỐ SỐ 5".
    private func isSectionHeading(_ text: String) -> Bool {
        guard text.count <= 60 else { return false }
        let key = LayoutText.exactKey(text)
        let words = key.split(separator: " ")
        guard let first = words.first else { return false }
        if first.allSatisfy({ "ivxlc".contains($0) }), text.contains(".") { return true }
        if ColumnStats.startsWithAny(key, ColumnStats.villagePrefixes) { return true }
        let letters = text.filter(\.isLetter)
        return !letters.isEmpty && letters == letters.uppercased() && text.count >= 4
    }

    /// Data by the strong forms: STT with a value, or a name with a date, ID or phone.
    private func isStrongData(_ record: LayoutRecord, _ section: LayoutSection) -> Bool {
        let text = aliases.text
        let stt = section.rowNumberColumn.flatMap { LayoutText.smallInteger(record[$0]) }
        if stt != nil && section.canonicalColumns.contains(where: { !record[$0].isEmpty }) { return true }
        let name = section.nameColumns.contains { c in let v = record[c]; return !v.isEmpty && text.looksLikeName(v) }
        guard name else { return false }
        return section.dateColumns.contains { !record[$0].isEmpty && text.looksLikeDate(record[$0]) }
            || section.idColumns.contains { !record[$0].isEmpty && text.looksLikeNationalID(record[$0]) }
    }

    /// Alias hits of a row's cells.
    struct HeaderScore {
        var hits = 0
        var exactHits = 0
        var filled = 0
        var hasNumbers = false
        /// Most cells are aliases, or three at least (a wide header with many local columns).
        var qualifies: Bool { (hits * 2 >= filled || hits >= 3) && !hasNumbers }
        var value: Double { Double(exactHits) + 0.8 * Double(hits - exactHits) }
    }

    func headerScore(_ record: LayoutRecord) -> HeaderScore {
        var score = HeaderScore()
        for cell in record.cells where !cell.isEmpty {
            score.filled += 1
            if LayoutText.smallInteger(cell) != nil || aliases.text.looksLikeDate(cell) { score.hasNumbers = true }
            // Long cells are titles or notes, not headers.
            // (At most as many Characters as bytes: count them only for long cells.)
            guard cell.utf8.count <= 60 || cell.count <= 60, let hit = aliases.header(cell) else { continue }
            score.hits += 1
            if hit.exact { score.exactHits += 1 }
        }
        return score
    }

    /// A header row: at least two cells are header aliases, and most cells are (or three at
    /// least), and no cell is a number or date.
    func isHeaderRow(_ record: LayoutRecord) -> Bool {
        guard record.filledCount >= 2 else { return false }
        // A number or date in any cell rules the row out: checked first, before the alias
        // lookups, since every data row of the prefix (an STT, a date) is asked.
        for cell in record.cells where !cell.isEmpty {
            if LayoutText.smallInteger(cell) != nil || aliases.text.looksLikeDate(cell) { return false }
        }
        let s = headerScore(record)
        return s.hits >= 2 && s.qualifies
    }

    /// A row under a header that continues it ("Nam" | "Nữ" under "Năm sinh"): some cells are
    /// aliases, most are, and none is a number, a date or a person's name ("Lò Văn Hùng" | "Nam"
    /// is the first data row).
    private func isSubHeader(_ row: LayoutRecord) -> Bool {
        let s = headerScore(row)
        guard s.hits >= 1, !s.hasNumbers, s.hits * 2 >= row.filledCount else { return false }
        return !row.cells.contains { !$0.isEmpty && aliases.text.looksLikeName($0) }
    }

    /// A row of column numbers: 1, 2, 3 … (or "(1)", "(2)" …), at least three, in sequence.
    func isColumnNumbers(_ record: LayoutRecord) -> Bool {
        var expected = 1
        var count = 0
        for cell in record.cells where !cell.isEmpty {
            guard let n = LayoutText.smallInteger(cell), n == expected else { return false }
            expected += 1
            count += 1
        }
        return count >= 3
    }

    /// A row worth sampling for content: two or more cells and not a title/footer phrase.
    private func isDataCandidate(_ record: LayoutRecord) -> Bool {
        guard record.failure == nil && record.filledCount >= 2 else { return false }
        // A row starting with a number (its STT) starts no phrase: decided on the first cell,
        // without joining the row's text.
        if let first = record.cells.first(where: { !$0.isEmpty }), aliases.noPhraseStarts(lineStartingWith: first) { return true }
        return aliases.phrase(startingLine: record.text, kinds: ["preamble", "footer"]) == nil
    }

    // MARK: - Buffer

    private func fill(upTo count: Int) throws {
        while !exhausted && pending.count - head < count {
            if let record = try source.nextRecord() { pending.append(record) } else { exhausted = true }
            peakBuffered = max(peakBuffered, pending.count - head)
        }
    }

    private func takeRecord() throws -> LayoutRecord? {
        if head >= pending.count {
            if !pending.isEmpty { pending.removeAll(keepingCapacity: true) }
            head = 0
            if exhausted { return nil }
            // The steady state: nothing buffered, the record goes straight through.
            guard let record = try source.nextRecord() else {
                exhausted = true
                return nil
            }
            peakBuffered = max(peakBuffered, 1)
            return record
        }
        // Moved out (an empty record left behind), not copied: no retain of its cells here and
        // no release when the buffer is cleared.
        var record = LayoutRecord(line: 0, cells: [], raw: "")
        swap(&record, &pending[head])
        head += 1
        if head >= 1024 { pending.removeFirst(head); head = 0 }
        return record
    }
}
