import Testing
import SoSachText
import SoSachUnits
@testable import SoSachPipeline

/// The per-row shortcuts of the clean path give the bytes of the general forms they replace.
@Suite struct RowPathFastPathTests {
    static let texts = ["", "a", "Nguyễn Thị Hòa", "Hoa\u{300}", "x;y", String(repeating: "đ", count: 40), "\u{1F600}", "0912345678"]

    static func record(_ n: Int) -> CleanRecord {
        let t = texts
        var record = CleanRecord(sourceFile: n % 2 == 0 ? "in/ds.csv" : "thư mục/ds \(n).tsv", sourceLine: [0, 1, 9, 10, 99, 12345, 1_000_000][n % 7])
        record.listKind = t[n % t.count]
        record.fullName = t[(n + 1) % t.count]
        record.familyName = t[(n + 2) % t.count]
        record.middleName = t[(n + 3) % t.count]
        record.givenName = t[(n + 4) % t.count]
        record.birthDate = t[(n + 5) % t.count]
        record.gender = t[(n + 6) % t.count]
        record.nationalID = t[(n + 7) % t.count]
        record.phone = t[(n * 3) % t.count]
        record.village = t[(n * 5) % t.count]
        record.communeCode = t[(n * 7) % t.count]
        record.communeName = t[(n * 11) % t.count]
        record.provinceCode = t[(n * 13) % t.count]
        record.provinceName = t[(n * 17) % t.count]
        record.legacyCommuneCode = t[(n * 19) % t.count]
        record.unitStatus = t[(n * 23) % t.count]
        record.flags = Array(["enc.tcvn3", "id.leading_zero", "name.case", "x"].prefix(n % 5)).map { Flag($0) }
        record.extras = Array(t.prefix(n % 4)).reversed()
        return record
    }

    /// `RecordSpill.append(_:to:)` writes the row `append(fields:extras:to:)` writes for the
    /// record's values (record id, file, line, list kind, the columns after person_id, flags
    /// joined with ";"), after whatever the buffer held.
    @Test(arguments: Array(0..<40))
    func recordRowIsFieldsRow(n: Int) {
        let record = Self.record(n)
        let fields = [record.recordID, record.sourceFile, String(record.sourceLine), record.listKind,
                      record.fullName, record.familyName, record.middleName, record.givenName, record.birthDate,
                      record.gender, record.nationalID, record.phone, record.village, record.communeCode,
                      record.communeName, record.provinceCode, record.provinceName, record.legacyCommuneCode,
                      record.unitStatus, record.flags.map(\.code).joined(separator: ";")]
        #expect(fields.count == RecordSpill.recordFields)
        var general: [UInt8] = [1, 2, 3]
        RecordSpill.append(fields: fields, extras: record.extras, to: &general)
        var fast: [UInt8] = [1, 2, 3]
        RecordSpill.append(record, to: &fast)
        #expect(fast == general)
    }

    /// The family of a flag as the code before its first "." (the split it replaces).
    @Test(arguments: ["id.leading_zero", "phone.migrated", "date.swapped", "gender.unparsed", "unit.ambiguous",
                      "name.case", "id", "ids.x", "i.d", "", ".id", "unit", "village.case", "enc.tcvn3", "phone..x"])
    func exampleFieldIsFamily(flag: String) {
        let family = flag.split(separator: ".", maxSplits: 1).first.map(String.init) ?? flag
        let expected: FileCleaner.ExampleField
        switch family {
        case "id": expected = .id
        case "phone": expected = .phone
        case "date": expected = .date
        case "gender": expected = .gender
        case "unit": expected = .unit
        default: expected = .name
        }
        #expect(FileCleaner.ExampleField(flag) == expected)
    }

    /// Inserting lists of flags one after the other into a sorted array is `Flag.sortedUnique`
    /// of their concatenation.
    @Test(arguments: Array(0..<60))
    func insertSortedIsSortedUnique(n: Int) {
        let codes = ["name.case", "enc.tcvn3", "id.leading_zero", "name.case", "a", "layout.gender_implied", "village.case", "b.x"]
        var lists: [[Flag]] = []
        var seed = n
        for _ in 0..<(n % 6) {
            var list: [Flag] = []
            for _ in 0..<(seed % 4) { seed = (seed &* 1103515245 &+ 12345) & 0x7FFF_FFFF; list.append(Flag(codes[seed % codes.count])) }
            seed += 7
            lists.append(list)
        }
        var sorted: [Flag] = [Flag("zzz")]
        sorted.removeAll(keepingCapacity: true)
        for list in lists { RowCleaner.insertSorted(list, into: &sorted) }
        #expect(sorted.map(\.code) == Flag.sortedUnique(lists.flatMap { $0 }).map(\.code))
    }

    /// The direct spill row of an ambiguous unit is the row of its fields.
    @Test(arguments: Array(0..<24))
    func ambiguousRowIsFieldsRow(n: Int) {
        let t: [String?] = [nil, "", "Xã Đức Minh", "Thôn 3", "a;b"]
        let query = UnitQuery(address: t[n % 5], village: t[(n + 1) % 5], commune: t[(n + 2) % 5],
                              district: t[(n * 3) % 5], province: t[(n * 7) % 5])
        let flags = Array(["name.case", "id.separators", "x"].prefix(n % 4)).map { Flag($0) }
        let row = AmbiguousUnitRow(record: [0, 7, 10, 99, 123_456, -3][n % 6], query: query, flagsBesideUnit: flags)
        var fast: [UInt8] = [9]
        row.append(to: &fast)
        var general: [UInt8] = [9]
        row.appendFields(to: &general)
        #expect(fast == general)
    }

    /// Rows cleaned into one reused record give the records (spilled bytes), link records and
    /// ambiguous units of rows cleaned each into a new record.
    @Test func reusedRecordIsFreshRecord() throws {
        let resolver = UnitResolver(registry: try UnitRegistry.shared())
        var context = FileContext(commune: "Xa Duc Minh")
        context.unit = UnitContext(epoch: nil)
        var fresh = RowCleaner(sourceFile: "x.csv", context: context, nameColumn: 1, toneStyle: .traditional, units: resolver)
        var reusing = fresh
        var rows: [DataRow] = []
        let names = ["Nguyễn Thị Hòa", "NGUYEN VAN AN", "", "Bà Lê Thị Lan", "Hoa\u{300}ng Văn Tú", "Y Bih Niê", "123"]
        for n in 0..<40 {
            var row = DataRow(sourceLine: n + 2, extras: Array(["Nông dân", "", "giáo viên"].prefix(n % 4 == 0 ? 0 : 3 - n % 3)),
                              raw: "raw \(n)", flags: n % 5 == 0 ? ["enc.tcvn3", "csv.quote_recovered"] : [])
            row[.fullName] = names[n % names.count]
            row[.birthDate] = ["12/03/1985", "1985", "31/02/1990", "", "30731"][n % 5]
            row[.gender] = ["Nam", "Nữ", "N", ""][n % 4]
            row[.nationalID] = ["042085123456", "42085123456", "", "12 34"][n % 4]
            row[.phone] = ["0912345678", "912345678", "", "01669399329", "abc"][n % 5]
            row[.village] = ["Thôn 3", "thôn bùi xá", ""][n % 3]
            row[.commune] = n % 4 == 1 ? "Xã Cẩm Lạc" : ""
            rows.append(row)
        }
        var record = CleanRecord(sourceFile: "x.csv", sourceLine: 0)
        for row in rows {
            let a = fresh.clean(row)
            let b = reusing.clean(row, into: &record)
            switch (a, b) {
            case (.record(let expected, let expectedLink), .record(let link)):
                var expectedBytes: [UInt8] = [], bytes: [UInt8] = []
                RecordSpill.append(expected, to: &expectedBytes)
                RecordSpill.append(record, to: &bytes)
                #expect(bytes == expectedBytes, "line \(row.sourceLine)")
                #expect(record == expected, "line \(row.sourceLine)")
                #expect(link == expectedLink, "line \(row.sourceLine)")
            case (.reject(let reason, let message), .reject(let reason2, let message2)):
                #expect(reason == reason2 && message == message2)
            default:
                Issue.record("line \(row.sourceLine): outcomes differ")
            }
            let u1 = fresh.takeAmbiguousUnit(), u2 = reusing.takeAmbiguousUnit()
            #expect(u1?.query == u2?.query && u1?.flagsBesideUnit == u2?.flagsBesideUnit)
        }
    }

    /// The per-thread memos are kept between uses, and their answers are the function's for
    /// the same bytes, whatever was put in them before.
    @Test func rowMemosAreKeptAndExact() {
        let here = RowMemos.current
        #expect(RowMemos.current === here)
        for key in ["Thôn 3", "thôn 3", "Hoa\u{300}", "Hoà", "Thôn 3"] {
            #expect(Array(here.extraCells.value(key) { VietnameseText.cleanup($0) }.utf8) == Array(VietnameseText.cleanup(key).utf8))
        }
    }
}
