import SoSachText

/// Reads the date-of-birth cells of citizen lists into a ``BirthDate`` at the precision the
/// cell gives, with flags.
///
/// Accepted forms (README §6, `date_vectors.tsv`): `dd/mm/yyyy`, `d/m/yy`, `dd-mm-yyyy`,
/// `dd.mm.yyyy`, ISO `yyyy-mm-dd` (also with a time: `1980-03-05 00:00:00`), "ngày 5 tháng 3
/// năm 1980", "5 tháng 3 năm 1980", "tháng 3/1980", "tháng 3 năm 1980", `03/1980` (month),
/// `1980`, "năm 1980", `1980.0` (year), placeholders `00/00/1975`, `xx/xx/1975`, `?/?/1960`
/// (year), and Excel serial numbers (1900 system by default, 1904 on request).
///
/// Flags:
/// | flag | meaning |
/// | --- | --- |
/// | `date.unparsed` | not a date (value nil) |
/// | `date.invalid` | impossible date: 31/04, 29/02 of a common year, month 13, Excel serial 60 (the Lotus 29/02/1900) (value nil) |
/// | `date.out_of_range` | before 1900 or after the run date (value nil) |
/// | `date.excel_serial` | read from an Excel serial number |
/// | `date.two_digit_year` | century chosen for a two-digit year (pivot: the run year) |
/// | `date.placeholder` | an unknown day/month written as 00, xx or ? (kept at the known precision) |
/// | `date.month_first` | mm/dd read because the second number is > 12 (or the column is month-first) |
/// | `date.swapped` | day and month swapped back (column with the US-locale swap pattern) |
///
/// A `DateParser` is an immutable value: share it across threads freely.
public struct DateParser: Sendable {
    /// The run date: the latest plausible birth date and the pivot of two-digit years.
    public var today: CivilDate
    /// The earliest plausible year. The default is 1900.
    public var earliestYear: Int
    /// Read serial numbers in Excel's 1904 system (old Mac workbooks). The default is false.
    public var excel1904: Bool

    /// A parser for the run date `today` (inject a fixed date in tests).
    public init(today: CivilDate = .today(), earliestYear: Int = 1900, excel1904: Bool = false) {
        self.today = today
        self.earliestYear = earliestYear
        self.excel1904 = excel1904
    }

    /// Parses one cell. `column` comes from a ``DateColumnDetector`` run over the column.
    public func parse(_ text: String, column: DateColumnProfile = .vietnamese) -> Cleaned<BirthDate> {
        if column.order == .dayFirst, let date = plainDate(text) { return Cleaned(date) }
        return parseGeneral(text, column: column)
    }

    /// The common already-clean cell of a day-first column, "dd/mm/yyyy" with a real, plausible
    /// date, read from its ten bytes without building a shape; nil for anything else (a
    /// placeholder, a month above 12, an impossible or out-of-range date …), which the general
    /// reading decides. The answer is the general reading's (`DateFastPathTests`): no flags, as
    /// the text is neither a serial nor an ISO date-time (no swap) nor has a two-digit year.
    func plainDate(_ text: String) -> BirthDate? {
        let utf8 = text.utf8
        guard utf8.count == 10 else { return nil }
        return utf8.withContiguousStorageIfAvailable { plainDate(bytes: $0) } ?? nil
    }

    /// `plainDate` on the ten bytes.
    private func plainDate(bytes: UnsafeBufferPointer<UInt8>) -> BirthDate? {
        guard bytes[2] == 0x2F, bytes[5] == 0x2F else { return nil }
        func digit(_ k: Int) -> Int? {
            let d = bytes[k] &- 0x30
            return d < 10 ? Int(d) : nil
        }
        guard let d0 = digit(0), let d1 = digit(1), let m0 = digit(3), let m1 = digit(4),
              let y0 = digit(6), let y1 = digit(7), let y2 = digit(8), let y3 = digit(9) else { return nil }
        let day = d0 * 10 + d1, month = m0 * 10 + m1
        let year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
        guard month >= 1 && month <= 12, day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        guard year >= earliestYear, !(today < CivilDate(year: year, month: month, day: day)) else { return nil }
        return BirthDate(year: year, month: month, day: day)
    }

    /// The general reading of a cell (see the type's documentation).
    func parseGeneral(_ text: String, column: DateColumnProfile = .vietnamese) -> Cleaned<BirthDate> {
        guard let shape = DateShape.read(text) else {
            let empty = text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
            return Cleaned(nil, flags: empty ? [] : ["date.unparsed"])
        }
        var flags: [Flag] = []
        var year: Int, month: Int?, day: Int?
        switch shape.kind {
        case .serial(let serial):
            flags.append("date.excel_serial")
            guard let date = excelDate(serial) else { return Cleaned(nil, flags: flags + ["date.invalid"]) }
            (year, month, day) = (date.year, date.month, date.day)
        case .year(let y):
            (year, month, day) = (y, nil, nil)
        case .iso(let y, let m, let d):
            (year, month, day) = (y, m, d)
        case .monthYear(let m, let y):
            (year, month, day) = (y, m, nil)
        case .dayMonthYear(let a, let b, let y, let explicit):
            year = y
            if explicit {
                (day, month) = (a, b)
            } else if column.order == .dayFirst {
                if let a, let b, b > 12, a <= 12 {
                    (day, month) = (b, a)
                    flags.append("date.month_first")
                } else {
                    (day, month) = (a, b)
                }
            } else {
                if let a, let b, a > 12, b <= 12 {
                    (day, month) = (a, b)
                } else {
                    (day, month) = (b, a)
                    flags.append("date.month_first")
                }
            }
        }
        if shape.twoDigitYear {
            let pivot = today.year % 100
            year = (year <= pivot ? today.year - pivot : today.year - pivot - 100) + year
            flags.append("date.two_digit_year")
        }
        if shape.placeholder {
            flags.append("date.placeholder")
            if month == nil { day = nil }
        }
        if column.swapped && shape.isRealDate, let d = day, let m = month, d <= 12, d != m {
            (day, month) = (m, d)
            flags.append("date.swapped")
        }
        if let m = month, !(1...12).contains(m) { return Cleaned(nil, flags: flags + ["date.invalid"]) }
        if let d = day, let m = month, !(1...CivilDate.daysIn(month: m, year: year)).contains(d) {
            return Cleaned(nil, flags: flags + ["date.invalid"])
        }
        let value = BirthDate(year: year, month: month, day: day)
        let earliest = CivilDate(year: year, month: month ?? 1, day: day ?? 1)
        if year < earliestYear || today < earliest { return Cleaned(nil, flags: flags + ["date.out_of_range"]) }
        return Cleaned(value, flags: flags)
    }

    /// The date of an Excel serial number, or nil for the nonexistent 1900-02-29 (serial 60)
    /// and serials below 1.
    public func excelDate(_ serial: Int) -> CivilDate? {
        if excel1904 {
            guard serial >= 0 else { return nil }
            return CivilDate(daysSinceEpoch: CivilDate(year: 1904, month: 1, day: 1).daysSinceEpoch + serial)
        }
        if serial < 1 || serial == 60 { return nil }
        // 1…59 count from 1899-12-31; from 61 on Lotus's fake 1900-02-29 shifts them by one.
        let origin = serial < 60 ? CivilDate(year: 1899, month: 12, day: 31) : CivilDate(year: 1899, month: 12, day: 30)
        return CivilDate(daysSinceEpoch: origin.daysSinceEpoch + serial)
    }
}
