import Foundation

/// Maps the columns of one table to canonical fields: from its header rows (diacritics-first
/// alias matching, then folded), from content when there is no header, and from the user's
/// mapping file last (which wins).
///
/// Every decision carries evidence a user can check.
struct ColumnMapper: Sendable {
    let aliases: HeaderAliases
    var text: LayoutText { aliases.text }

    /// Maps a table with a header. `sample` are rows below the header (data candidates) used for
    /// content evidence; `overrides` are the mapping file's `columns`.
    func map(headerRows: [LayoutRecord], sample: [LayoutRecord], overrides: [String: String]?) -> ColumnMapping {
        // Columns past the header count only when most rows fill them: a stray cell in one row
        // (an unquoted comma) is that row's problem, not a column.
        let allStats = columnStats(sample, width: max(tableWidth(headerRows), tableWidth(sample)))
        var width = tableWidth(headerRows)
        for c in width..<allStats.count where allStats[c].filled * 2 >= max(sample.count, 1) { width = c + 1 }
        let headers = HeaderColumn.merge(headerRows.map(\.cells), width: width)
        let stats = Array(allStats.prefix(width))
        var columns: [ColumnAssignment] = []
        for c in 0..<width {
            columns.append(assign(column: c, header: headers[c], stats: stats[c], previous: columns))
        }
        resolveDuplicates(&columns)
        splitSpannedName(&columns, stats: stats)
        mapUnknownHeadersByContent(&columns, stats: stats)
        return finish(columns, headers: headers, stats: stats, overrides: overrides,
                      headerLines: headerRows.flatMap { Array($0.line..<($0.line + $0.lineCount)) },
                      source: "header")
    }

    /// Maps a header-less table by the content of its columns.
    func mapByContent(sample: [LayoutRecord], overrides: [String: String]?, source: String = "content") -> ColumnMapping {
        let width = tableWidth(sample)
        let headers = (0..<width).map { _ in HeaderColumn(parts: []) }
        let stats = columnStats(sample, width: width)
        var columns: [ColumnAssignment] = []
        for c in 0..<width {
            columns.append(contentAssignment(column: c, header: "", stats: stats[c], previous: columns))
        }
        return finish(columns, headers: headers, stats: stats, overrides: overrides, headerLines: [], source: source)
    }

    // MARK: - One column

    private func assign(column c: Int, header: HeaderColumn, stats: ColumnStats, previous: [ColumnAssignment]) -> ColumnAssignment {
        let combined = header.combined
        guard !combined.isEmpty else {
            return contentAssignment(column: c, header: "", stats: stats, previous: previous)
        }
        // Try the merged text first ("Năm sinh Nam" is an alias), then the child, then the parent.
        var tried: [String] = []
        for candidate in [combined, header.child, header.parent] where !candidate.isEmpty && !tried.contains(candidate) {
            tried.append(candidate)
            guard let hit = aliases.header(candidate) else { continue }
            let how = hit.exact ? "exact" : "folded"
            var evidence = ["header \"\(candidate)\" = alias \(hit.fields.joined(separator: "|")) (\(how))"]
            if candidate != combined { evidence[0] = "header \"\(combined)\": " + evidence[0] }
            var role = resolve(hit, header: header, stats: stats, previous: previous, evidence: &evidence)
            // "DT" is ethnicity and "ĐT" phone, but a sheet typed without diacritics writes both
            // "DT": a column of phone numbers under it is the phone.
            // The content test first: the folded lookup (a fold of the header) only for phone columns.
            if role != .field(.phone), stats.mostly(stats.phones, 0.8), let folded = aliases.foldedHeader(candidate),
               folded.fields.contains("phone"), !previous.contains(where: { $0.role == .field(.phone) }) {
                evidence.append("folded \"\(text.foldedKey(candidate))\" also names phone; content: \(stats.ratio(stats.phones)) cells are phone numbers")
                role = .field(.phone)
            }
            return ColumnAssignment(column: c, header: combined, role: role ?? .extra(extraName(combined, column: c)),
                                    evidence: role == nil ? evidence + ["not a canonical field: kept as extra"] : evidence)
        }
        return ColumnAssignment(column: c, header: combined, role: .extra(extraName(combined, column: c)),
                                evidence: ["header \"\(combined)\": no alias, kept as extra"])
    }

    /// The role for an alias hit, settling aliases that name several fields.
    private func resolve(_ hit: HeaderAliases.Hit, header: HeaderColumn, stats: ColumnStats,
                         previous: [ColumnAssignment], evidence: inout [String]) -> ColumnRole? {
        let fields = hit.fields
        // "Nam" / "Nữ" under a parent: the two-column gender form.
        if let gender = fields.first(where: { $0 == "gender_male_flag" || $0 == "gender_female_flag" }) {
            let male = gender == "gender_male_flag"
            let parentFields = header.parent.isEmpty ? [] : (aliases.header(header.parent)?.fields ?? [])
            let parentIsBirth = parentFields.contains { $0.hasPrefix("birth_") }
            let parentIsGender = parentFields.contains("gender")
            let holdsYears = stats.mostly(stats.years + stats.dates, 0.5)
            if parentIsBirth || (!parentIsGender && holdsYears) {
                evidence.append(parentIsBirth ? "under \"\(header.parent)\": the birth date written in the \(male ? "Nam" : "Nữ") column"
                                              : "content: \(stats.ratio(max(stats.years, stats.dates))) cells are years or dates")
                return male ? .birthDateMale : .birthDateFemale
            }
            if fields.contains(where: { $0.hasPrefix("birth_") }) && !parentIsGender && stats.filled > 0 && !stats.mostly(stats.marks) {
                return .field(.birthDate)
            }
            if stats.filled > 0 { evidence.append("content: \(stats.ratio(stats.marks)) cells are marks") }
            return male ? .genderMaleMark : .genderFemaleMark
        }
        // "Tên": the given name after a family-name column, else the full name.
        if fields.contains("given_name") && fields.contains("full_name") {
            if previous.contains(where: { $0.role == .field(.familyName) || $0.role == .field(.middleName) }) {
                evidence.append("after a family-name column: given name")
                return .field(.givenName)
            }
            evidence.append("no family-name column before it: full name")
            return .field(.fullName)
        }
        // Folded "dt": phone ("ĐT") or ethnicity ("DT"); decide by content.
        if fields.contains("phone") && fields.count > 1 {
            if stats.mostly(stats.phones) {
                evidence.append("content: \(stats.ratio(stats.phones)) cells are phone numbers")
                return .field(.phone)
            }
            let other = fields.first { $0 != "phone" }!
            return ColumnMapper.role(forAliasField: other)
        }
        // Folded "nam": year of birth or the male column; decide by content.
        if fields.contains(where: { $0.hasPrefix("birth_") }) && fields.contains(where: { $0.hasPrefix("gender") }) {
            if stats.mostly(stats.years + stats.dates) { return .field(.birthDate) }
            return ColumnMapper.role(forAliasField: fields.first { $0.hasPrefix("gender") }!)
        }
        for field in fields {
            if let role = ColumnMapper.role(forAliasField: field) { return role }
        }
        return nil
    }

    /// Maps a column by its content alone (header-less file, or a column without a header).
    private func contentAssignment(column c: Int, header: String, stats s: ColumnStats, previous: [ColumnAssignment]) -> ColumnAssignment {
        func taken(_ role: ColumnRole) -> Bool { previous.contains { $0.role == role } }
        func make(_ role: ColumnRole, _ what: String, _ count: Int) -> ColumnAssignment {
            ColumnAssignment(column: c, header: header, role: role, evidence: ["content: \(s.ratio(count)) cells are \(what)"])
        }
        guard s.filled > 0 else {
            return ColumnAssignment(column: c, header: header, role: .ignored, evidence: ["no header, no content"])
        }
        if s.mostly(s.integers, 0.9) && s.sequenceSteps * 2 >= s.integers && !taken(.rowNumber) {
            return make(.rowNumber, "row numbers in sequence", s.integers)
        }
        if s.mostly(s.ids) && !taken(.field(.nationalID)) { return make(.field(.nationalID), "ID numbers", s.ids) }
        if s.mostly(s.phones) && !taken(.field(.phone)) { return make(.field(.phone), "phone numbers", s.phones) }
        if s.mostly(s.dates) && !taken(.field(.birthDate)) { return make(.field(.birthDate), "dates", s.dates) }
        if s.mostly(s.years) && !taken(.field(.birthDate)) { return make(.field(.birthDate), "years", s.years) }
        if s.mostly(s.genders) && !taken(.field(.gender)) { return make(.field(.gender), "Nam/Nữ", s.genders) }
        if s.mostly(s.villages) && !taken(.field(.village)) { return make(.field(.village), "hamlet names", s.villages) }
        if s.mostly(s.communes) && !taken(.field(.commune)) { return make(.field(.commune), "commune names", s.communes) }
        if s.mostly(s.names) && !taken(.field(.fullName)) { return make(.field(.fullName), "names", s.names) }
        return ColumnAssignment(column: c, header: header, role: .extra(extraName(header, column: c)),
                                evidence: ["content: \(s.filled) cells, no field recognised: kept as extra"])
    }

    // MARK: - Whole table

    /// A second column matching a field already taken becomes an extra (the first one wins).
    private func resolveDuplicates(_ columns: inout [ColumnAssignment]) {
        var seen: [ColumnRole: Int] = [:]
        for i in columns.indices {
            let role = columns[i].role
            switch role {
            case .extra, .ignored: continue
            default: break
            }
            if let first = seen[role] {
                columns[i].evidence.append("\(role.name) already mapped to column \(ColumnAssignment.letter(of: first)): kept as extra")
                columns[i].role = .extra(extraName(columns[i].header, column: columns[i].column))
            } else {
                seen[role] = columns[i].column
            }
        }
    }

    /// A header that is no alias ("Ngày", "Giấy tờ") whose cells are clearly dates, IDs, phones
    /// or names takes that field when no other column has it.
    private func mapUnknownHeadersByContent(_ columns: inout [ColumnAssignment], stats: [ColumnStats]) {
        for i in columns.indices where columns[i].evidence.first?.hasSuffix(": no alias, kept as extra") == true {
            let s = stats[i]
            let candidates: [(CanonicalField, Int, String)] = [
                (.nationalID, s.ids, "ID numbers"), (.phone, s.phones, "phone numbers"),
                (.birthDate, s.dates, "dates"), (.fullName, s.names, "names"),
            ]
            for (field, count, what) in candidates where s.mostly(count, 0.8) {
                guard !columns.contains(where: { $0.role == .field(field) }) else { continue }
                columns[i].role = .field(field)
                columns[i].evidence = ["header \"\(columns[i].header)\": no alias", "content: \(s.ratio(count)) cells are \(what)"]
                break
            }
        }
    }

    /// "Họ và tên" spanning two columns with no sub-header: the next column, without a header,
    /// holds the given names. The first then holds family + middle names.
    private func splitSpannedName(_ columns: inout [ColumnAssignment], stats: [ColumnStats]) {
        guard let i = columns.firstIndex(where: { $0.role == .field(.fullName) }), i + 1 < columns.count,
              columns[i + 1].header.isEmpty, stats[i + 1].mostly(stats[i + 1].singleWords, 0.8),
              !columns.contains(where: { $0.role == .field(.givenName) }) else { return }
        columns[i].role = .field(.familyName)
        columns[i].evidence.append("the header spans column \(ColumnAssignment.letter(of: i + 1)) too: family and middle names")
        columns[i + 1].role = .field(.givenName)
        columns[i + 1].evidence = ["no header, under the span of \"\(columns[i].header)\"",
                                   "content: \(stats[i + 1].ratio(stats[i + 1].singleWords)) cells are single names: given name"]
    }

    /// Applies the mapping file, adds content evidence, trims trailing empty columns and makes
    /// extra names unique.
    private func finish(_ input: [ColumnAssignment], headers: [HeaderColumn], stats: [ColumnStats],
                        overrides: [String: String]?, headerLines: [Int], source: String) -> ColumnMapping {
        var columns = input
        var src = source
        if let overrides, !overrides.isEmpty {
            applyOverrides(overrides, to: &columns, headers: headers)
            if source == "content" && columns.contains(where: { $0.evidence.first?.hasPrefix("mapping file") == true }) {
                src = "content+config"
            } else if source == "header" {
                src = "header+config"
            }
        }
        for i in columns.indices {
            guard !columns[i].evidence.contains(where: { ColumnMapper.mentionsContent($0) }), stats.indices.contains(i) else { continue }
            if let line = contentEvidence(columns[i].role, stats[i]) { columns[i].evidence.append(line) }
        }
        while let last = columns.last, last.role == .ignored, last.header.isEmpty { columns.removeLast() }
        var used: [String: Int] = [:]
        for i in columns.indices {
            guard case .extra(let name) = columns[i].role else { continue }
            let n = (used[name] ?? 0) + 1
            used[name] = n
            if n > 1 { columns[i].role = .extra("\(name)_\(n)") }
        }
        return ColumnMapping(headerLines: headerLines, columns: columns, source: src)
    }

    /// `evidence.contains("content:")` (Foundation's search), asked only when the bytes hold
    /// "content:": no other spelling is canonically equivalent to it, so a text without those
    /// bytes does not contain it.
    static func mentionsContent(_ evidence: String) -> Bool {
        var copy = evidence
        guard copy.withUTF8({ LayoutText.bytes($0, contain: "content:") }) else { return false }
        return evidence.contains("content:")
    }

    private func contentEvidence(_ role: ColumnRole, _ s: ColumnStats) -> String? {
        guard s.filled > 0 else { return nil }
        switch role {
        case .field(.fullName), .field(.familyName):
            return "content: \(s.ratio(s.names)) cells are names"
        case .field(.birthDate), .birthDateMale, .birthDateFemale:
            return s.years >= s.dates - s.years && s.years > 0
                ? "content: \(s.ratio(s.years)) cells are years" : "content: \(s.ratio(s.dates)) cells are dates"
        case .field(.nationalID): return "content: \(s.ratio(s.ids)) cells are ID numbers"
        case .field(.phone): return "content: \(s.ratio(s.phones)) cells are phone numbers"
        case .field(.gender): return "content: \(s.ratio(s.genders)) cells are Nam/Nữ"
        case .field(.village): return "content: \(s.ratio(s.villages)) cells start with a hamlet word"
        case .rowNumber: return "content: \(s.ratio(s.integers)) cells are numbers"
        default: return nil
        }
    }

    private func applyOverrides(_ overrides: [String: String], to columns: inout [ColumnAssignment], headers: [HeaderColumn]) {
        for (key, roleName) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let role = ColumnRole(name: roleName), let c = columnIndex(for: key, headers: headers) else { continue }
            while columns.count <= c {
                columns.append(ColumnAssignment(column: columns.count, header: "", role: .ignored, evidence: ["no header, no content"]))
            }
            if role != .ignored, !isExtra(role) {
                for j in columns.indices where j != c && columns[j].role == role {
                    columns[j].role = .extra(extraName(columns[j].header, column: j))
                    columns[j].evidence.append("mapping file moved \(role.name) to column \(ColumnAssignment.letter(of: c)): kept as extra")
                }
            }
            columns[c].role = role
            columns[c].evidence = ["mapping file: column '\(key)' = \(role.name)"]
        }
    }

    private func isExtra(_ role: ColumnRole) -> Bool { if case .extra = role { return true } else { return false } }

    /// The column a mapping-file key names: a letter ("B"), a 1-based number ("2") or a header text.
    func columnIndex(for key: String, headers: [HeaderColumn]) -> Int? {
        let k = key.trimmingCharacters(in: .whitespaces)
        if let n = Int(k), n >= 1 { return n - 1 }
        if !k.isEmpty, k.utf8.count <= 3, k.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) {
            return k.utf8.reduce(0) { $0 * 26 + Int($1 - 0x40) } - 1
        }
        let exact = LayoutText.exactKey(text.normalize(k))
        if let i = headers.firstIndex(where: { h in [h.combined, h.child].contains { LayoutText.exactKey($0) == exact } }) { return i }
        let folded = text.foldedKey(k)
        return headers.firstIndex { h in [h.combined, h.child].contains { text.foldedKey($0) == folded } }
    }

    // MARK: - Helpers

    /// The number of columns: the last column with any text in these rows.
    private func tableWidth(_ rows: [LayoutRecord]) -> Int {
        rows.reduce(0) { width, row in
            max(width, (row.cells.lastIndex(where: { !$0.isEmpty }) ?? -1) + 1)
        }
    }

    private func columnStats(_ rows: [LayoutRecord], width: Int) -> [ColumnStats] {
        var stats = Array(repeating: ColumnStats(), count: width)
        guard text.usesContentRecognizer, !rows.isEmpty else {
            for row in rows {
                for c in 0..<min(width, row.cells.count) { stats[c].add(row.cells[c], text: text) }
            }
            return stats
        }
        // `add` through the run's memo of `fastEvidence` (cells repeat across a run's files).
        CellEvidenceMemo.withMemo { memo in
            for row in rows {
                for c in 0..<min(width, row.cells.count) where !row.cells[c].isEmpty {
                    stats[c].count(memo.evidence(row.cells[c]))
                }
            }
        }
        return stats
    }

    /// `x_` + the folded header with underscores, or `x_col_<letter>` without a header.
    func extraName(_ header: String, column: Int) -> String {
        let folded = text.foldedKey(header)
        var name = ""
        for scalar in folded.unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                name.unicodeScalars.append(scalar)
            } else if !name.isEmpty && !name.hasSuffix("_") {
                name.append("_")
            }
        }
        while name.hasSuffix("_") { name.removeLast() }
        return name.isEmpty ? "x_col_\(ColumnAssignment.letter(of: column).lowercased())" : "x_" + name
    }

    /// The role of a field name of `headers.csv`; nil for fields that are not canonical
    /// (ethnicity, occupation, notes …), which are kept as extra columns.
    static func role(forAliasField field: String) -> ColumnRole? {
        switch field {
        case "row_number": return .rowNumber
        case "full_name": return .field(.fullName)
        case "family_name": return .field(.familyName)
        case "middle_name": return .field(.middleName)
        case "given_name": return .field(.givenName)
        case "birth_date", "birth_year": return .field(.birthDate)
        case "birth_date_male": return .birthDateMale
        case "birth_date_female": return .birthDateFemale
        case "gender": return .field(.gender)
        case "gender_male_flag": return .genderMaleMark
        case "gender_female_flag": return .genderFemaleMark
        case "id_number": return .field(.nationalID)
        case "phone": return .field(.phone)
        case "hamlet": return .field(.village)
        case "commune": return .field(.commune)
        case "district": return .field(.district)
        case "province": return .field(.province)
        case "address", "permanent_address", "current_address": return .field(.address)
        default: return nil
        }
    }
}
