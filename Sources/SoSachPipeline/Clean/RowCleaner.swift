import SoSachFields
import SoSachLinkage
import SoSachText
import SoSachUnits

/// Cleans the data rows of one file into records of records.csv: the name (cleaned, split,
/// tone style), birth date (ISO at input precision), gender (also from the two-column
/// "Nam"/"Nữ" form, which the layout turns into the gender cell), national ID, phone, village,
/// and the 2025 unit; every repair and doubt becomes a flag. Rows that give only a village get
/// the file's commune (from its title rows or name).
///
/// A row is rejected (`RejectReason`) when its name is unusable, unreadable, or a cell is
/// longer than any real value; everything else is accepted and flagged.
struct RowCleaner: RowCleaning {
    /// Cells longer than this are not real values (a broken quote swallowed text, or binary
    /// data): the row is rejected with `field_too_long`.
    static let maxCellLength = 1000

    let sourceFile: String
    let listKind: String
    /// 1-based column of the name, for messages.
    let nameColumn: Int
    let names: NameCleaner
    let dates: DateParser
    /// The birth-date column's order and US-locale swap, decided by `prepare(_:)`.
    var dateColumn = DateColumnProfile.vietnamese
    let genders = GenderParser()
    let ids = NationalIDCleaner()
    let phones: PhoneCleaner
    let units: UnitResolver
    /// The file's commune/district/province as text, used when a row names no unit.
    let fileUnits: UnitQuery
    let unitContext: UnitContext
    /// The 2025 provinces the run resolved rows to (`useRunProvinces`); empty on the first read.
    var runProvinces: Set<String> = []
    /// Set by `clean` for a record whose unit stays ambiguous on a first read.
    private var ambiguousUnit: (query: UnitQuery, flagsBesideUnit: [Flag])?

    /// An ambiguous unit settled by the provinces the rest of the run resolved to.
    static let byRunContext = RunContextSettler.byRunContext

    // Villages and extra cells are remembered per thread across files (`RowMemos`): lists
    // repeat a few hamlets on every row, and the files of a province the same ones.
    /// Resolved (and settled) units by the query's unit texts: rows of a file repeat a few
    /// communes, and the answer is a pure function of those texts for the file (see
    /// `resolveSettled`). Replaced round-robin when full.
    private var resolvedUnits: [(query: UnitQuery, resolution: UnitResolution)] = []
    private var nextResolvedSlot = 0
    /// The most queries `resolvedUnits` holds.
    static let resolvedQueries = 16

    init(sourceFile: String, context: FileContext, nameColumn: Int, toneStyle: ToneStyle, units: UnitResolver) {
        self.sourceFile = sourceFile
        listKind = context.listKind?.rawValue ?? ""
        self.nameColumn = nameColumn
        // Nothing in the pipeline reads the phonetic or the exact key (linking uses the folded
        // key): they are not made.
        names = NameCleaner(toneStyle: toneStyle, makesPhoneticKey: false, makesExactKey: false)
        // Two-digit years pivot on the list's year when it is known, so that a 2018 list's
        // "25" is 1925 and reruns in later years give the same dates.
        if let year = context.year {
            dates = DateParser(today: CivilDate(year: year, month: 12, day: 31))
        } else {
            dates = DateParser()
        }
        phones = PhoneCleaner(dataYear: context.year)
        self.units = units
        fileUnits = UnitQuery(commune: context.commune, district: context.district, province: context.province)
        // The layout resolved the title's or file name's units (with the epoch from the list's
        // year) once per file.
        unitContext = context.unit ?? .none
    }

    /// True when `text` has letters and all of them are lower case, or all upper case.
    static func isSingleCase(_ text: String) -> Bool {
        var lower = false, upper = false
        // ASCII letters by their bytes (the Lowercase and Uppercase properties of ASCII are
        // a-z and A-Z); the first non-ASCII byte hands over to the scalar properties.
        var asciiPrefix = 0
        for b in text.utf8 {
            guard b < 0x80 else { break }
            if b >= 0x61 && b <= 0x7A { lower = true } else if b >= 0x41 && b <= 0x5A { upper = true }
            if lower && upper { return false }
            asciiPrefix += 1
        }
        for scalar in text.unicodeScalars.dropFirst(asciiPrefix) {
            if scalar.properties.isLowercase { lower = true } else if scalar.properties.isUppercase { upper = true }
            if lower && upper { return false }
        }
        return lower != upper
    }

    /// Decides the birth-date column's convention (day/month order, Excel US-locale swap) from
    /// the first rows of the file.
    mutating func prepare(_ rows: [DataRow]) {
        var detector = DateColumnDetector()
        for row in rows { detector.observe(row[.birthDate]) }
        dateColumn = detector.profile
    }

    mutating func useRunProvinces(_ provinces: Set<String>) {
        runProvinces = provinces
        resolvedUnits = []   // answers depend on the run's provinces
    }

    /// `unit` settled by the run's provinces: when exactly one of its candidate communes lies in
    /// a province the run resolved rows to, `query` is resolved again within that province.
    /// When none does, the candidates of every epoch are tried: the epoch comes from the list's
    /// year and only prefers a reading (a 2024 list may already use a 2025 name).
    /// `settledByRun(units.resolve(query, context: unitContext), query: query)`, remembered per
    /// query texts: both resolutions depend only on the query's address, commune, district and
    /// province (the resolver's cache key; the village is not read) in the file's context.
    mutating func resolveSettled(_ query: UnitQuery) -> UnitResolution {
        for entry in resolvedUnits where Self.sameTexts(entry.query, query) { return entry.resolution }
        let resolution = settledByRun(units.resolve(query, context: unitContext), query: query)
        if resolvedUnits.count < Self.resolvedQueries {
            resolvedUnits.append((query, resolution))
        } else {
            resolvedUnits[nextResolvedSlot] = (query, resolution)
            nextResolvedSlot = (nextResolvedSlot + 1) % Self.resolvedQueries
        }
        return resolution
    }

    /// Whether the unit texts of two queries are the same bytes.
    static func sameTexts(_ a: UnitQuery, _ b: UnitQuery) -> Bool {
        sameBytes(a.address, b.address) && sameBytes(a.commune, b.commune)
            && sameBytes(a.district, b.district) && sameBytes(a.province, b.province)
    }

    private static func sameBytes(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (a?, b?): return a.hasSameBytes(as: b)
        default: return false
        }
    }

    /// `query.isEmpty` (no part has any text), without building an array of the parts: a part
    /// whose first byte is printable ASCII starts with a Character that is not whitespace.
    static func isEmptyQuery(_ query: UnitQuery) -> Bool {
        var unsure = false
        /// False when `part` surely has text.
        func blank(_ part: String?) -> Bool {
            guard let part, let first = part.utf8.first else { return true }
            if first > 0x20 && first < 0x7F { return false }
            // A first scalar that is not whitespace starts a Character that is not.
            if first >= 0x80, let scalar = part.unicodeScalars.first, !scalar.properties.isWhitespace { return false }
            unsure = true
            return true
        }
        guard blank(query.address), blank(query.commune), blank(query.district), blank(query.province) else { return false }
        return unsure ? query.isEmpty : true
    }

    /// Whether the UTF-8 of `text` holds U+FFFD (EF BF BD), the decoder's mark of bytes that
    /// are not text.
    static func containsReplacement(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ containsReplacement($0) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { containsReplacement($0) }
    }

    /// `containsReplacement` on UTF-8 bytes: 0xEF only starts a three-byte sequence in
    /// valid UTF-8, so each one is checked for BF BD after it.
    private static func containsReplacement(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i + 2 < n {
            if bytes[i] == 0xEF && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD { return true }
            i += 1
        }
        return false
    }

    /// `unit` settled by the run's provinces (see `RunContextSettler`).
    func settledByRun(_ unit: UnitResolution, query: UnitQuery) -> UnitResolution {
        RunContextSettler(units: units, unitContext: unitContext, runProvinces: runProvinces).settled(unit, query: query)
    }

    /// The unit query and the flags apart from the unit's of the last row cleaned into a
    /// record, when its unit was ambiguous on a first read (no run provinces yet); cleared by
    /// reading it.
    mutating func takeAmbiguousUnit() -> (query: UnitQuery, flagsBesideUnit: [Flag])? {
        // Asked after every record: nothing copied or cleared when there is none.
        guard ambiguousUnit != nil else { return nil }
        defer { ambiguousUnit = nil }
        return ambiguousUnit
    }

    /// The context units are resolved in (`RunContextSettler` needs it to settle later).
    var settlingContext: UnitContext? { unitContext }

    mutating func clean(_ row: DataRow) -> RowCleaningResult {
        var record = CleanRecord(sourceFile: sourceFile, sourceLine: row.sourceLine)
        switch clean(row, into: &record) {
        case .record(let link): return .record(record, link)
        case .reject(let reason, let message): return .reject(reason: reason, message: message)
        }
    }

    mutating func clean(_ row: DataRow, into record: inout CleanRecord) -> RowCleaningOutcome {
        // The cells are stored in `allCases` order (`CanonicalField.index`).
        for (index, cell) in row.cells.enumerated() where cell.utf8.count > Self.maxCellLength {
            let field = CanonicalField.allCases[index]
            return .reject(reason: RejectReason.fieldTooLong.rawValue,
                           message: "\(sourceFile): line \(row.sourceLine), '\(field.rawValue)': \(row[field].count) characters, longer than any real value")
        }
        let nameText = row[.fullName]
        if Self.containsReplacement(nameText) {
            return .reject(reason: RejectReason.unreadableRow.rawValue,
                           message: "\(sourceFile): line \(row.sourceLine), column \(nameColumn) 'full_name': the name holds bytes that are not text in the file's encoding")
        }
        let name = names.clean(nameText)
        // A part is empty exactly when its byte range is: no part String made to ask.
        guard let person = name.value, !person.givenRange.isEmpty || !person.familyRange.isEmpty else {
            let what = nameText.allSatisfy(\.isWhitespace) ? "no name" : "'\(nameText)' is not a name"
            return .reject(reason: RejectReason.noName.rawValue,
                           message: "\(sourceFile): line \(row.sourceLine), column \(nameColumn) 'full_name': \(what)")
        }
        // Every field is set below: the caller's record is reused from row to row. The flags
        // are inserted in order into the record's own array as they come (what
        // `Flag.sortedUnique` of the flags in the order below gives), keeping its storage.
        record.sourceFile = sourceFile
        record.sourceLine = row.sourceLine
        record.flags.removeAll(keepingCapacity: true)
        Self.insertSorted(row.flags, into: &record.flags)
        Self.insertSorted(name.flags, into: &record.flags)
        record.listKind = listKind
        record.fullName = person.full
        record.familyName = person.family
        record.middleName = person.middle
        record.givenName = person.given

        let gender = genders.parse(row[.gender])
        Self.insertSorted(gender.flags, into: &record.flags)
        record.gender = gender.value?.rawValue ?? ""

        let date = dates.parse(row[.birthDate], column: dateColumn)
        Self.insertSorted(date.flags, into: &record.flags)
        record.birthDate = date.value?.iso ?? ""

        let idText = row[.nationalID]
        let id = ids.clean(idText, birthYear: date.value?.year, gender: gender.value)
        Self.insertSorted(id.flags, into: &record.flags)
        record.nationalID = id.value?.digits ?? ""

        let phone = phones.clean(row[.phone])
        Self.insertSorted(phone.flags, into: &record.flags)
        record.phone = phone.value?.digits ?? ""

        let memos = RowMemos.current
        let village = memos.villages.value(row[.village]) { written in
            let cleaned = VietnameseText.cleanup(written)
            // "thôn bùi xá", "TỔ DÂN PHỐ 5": written like the official names, "Thôn Bùi Xá",
            // "Tổ dân phố 5".
            return Self.isSingleCase(cleaned) ? (VillageCasing.officialCased(cleaned), true) : (cleaned, false)
        }
        record.village = village.text
        if village.recased { Self.insertSorted(Self.villageCase, into: &record.flags) }

        var query = UnitQuery(address: row[.address].isEmpty ? nil : row[.address],
                              village: row[.village].isEmpty ? nil : row[.village],
                              commune: row[.commune].isEmpty ? nil : row[.commune],
                              district: row[.district].isEmpty ? nil : row[.district],
                              province: row[.province].isEmpty ? nil : row[.province])
        if query.commune == nil && query.address == nil {
            // Only a village (or nothing): the file names the commune.
            query.commune = fileUnits.commune
            query.district = query.district ?? fileUnits.district
            query.province = query.province ?? fileUnits.province
        }
        let unit = Self.isEmptyQuery(query) ? UnitResolution.unresolved : resolveSettled(query)
        if unit.status == .ambiguous && runProvinces.isEmpty {
            // The flags so far in the order they were made (rare: built only here).
            var flags = row.flags
            flags += name.flags
            flags += gender.flags
            flags += date.flags
            flags += id.flags
            flags += phone.flags
            if village.recased { flags += Self.villageCase }
            ambiguousUnit = (query, flags)
        }
        Self.insertSorted(unit.flags, into: &record.flags)
        record.communeCode = unit.communeCode ?? ""
        record.communeName = unit.communeName ?? ""
        record.provinceCode = unit.provinceCode ?? ""
        record.provinceName = unit.provinceName ?? ""
        record.legacyCommuneCode = unit.legacyCommuneCode ?? ""
        record.unitStatus = unit.status.rawValue
        record.extras.removeAll(keepingCapacity: true)
        for cell in row.extras { record.extras.append(cell.isEmpty ? cell : memos.extraCells.value(cell, VietnameseText.cleanup)) }

        let birth = date.value.map { LinkDate(year: $0.year, month: $0.month ?? 0, day: $0.day ?? 0) } ?? .unknown
        let idKind: LinkIDKind
        switch id.value?.kind {
        case .cccd: idKind = .cccd
        case .cmnd: idKind = .cmnd
        case nil: idKind = idText.contains(where: \.isNumber) ? .damaged : .none
        }
        let linkGender: LinkGender = gender.value == .male ? .male : gender.value == .female ? .female : .unknown
        return .record(LinkRecord(ordinal: 0, foldedName: person.foldedKey, nameHasDiacritics: person.hasDiacritics,
                                  birth: birth, gender: linkGender, nationalID: record.nationalID, idKind: idKind,
                                  phone: record.phone, commune: Int32(record.communeCode) ?? 0))
    }

    private static let villageCase: [Flag] = ["village.case"]

    /// Inserts each of `flags` into `sorted` (byte order, no repeats) as `Flag.sortedUnique`
    /// does: `sortedUnique(a + b)` is `a` sorted, then each of `b` inserted in turn.
    static func insertSorted(_ flags: [Flag], into sorted: inout [Flag]) {
        for flag in flags {
            var index = sorted.count
            while index > 0, flag < sorted[index - 1] { index -= 1 }
            if index > 0 && sorted[index - 1] == flag { continue }
            sorted.insert(flag, at: index)
        }
    }
}
