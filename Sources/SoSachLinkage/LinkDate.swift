/// A birth date packed in 32 bits, as precise as the input: year, year-month or full date.
///
/// Layout: `year << 9 | month << 5 | day`; a 0 month or day means "unknown", a 0 year means
/// "no date". Packed so that a ``LinkRecord`` stays small and comparisons are integer compares.
public struct LinkDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The packed value (0 = no date).
    public var raw: UInt32

    /// No date.
    public static let unknown = LinkDate(raw: 0)

    /// Wraps a packed value.
    public init(raw: UInt32) { self.raw = raw }

    /// A date from its parts; `month` and `day` 0 mean unknown. Out-of-range parts are dropped
    /// (a month above 12 or a day above 31 becomes unknown; a day without a month is dropped;
    /// a year outside 1...9999 gives ``unknown``).
    public init(year: Int, month: Int = 0, day: Int = 0) {
        guard year >= 1 && year <= 9999 else { raw = 0; return }
        let m = (month >= 1 && month <= 12) ? month : 0
        let d = (m != 0 && day >= 1 && day <= 31) ? day : 0
        raw = UInt32(year) << 9 | UInt32(m) << 5 | UInt32(d)
    }

    /// The year, 0 when unknown.
    public var year: Int { Int(raw >> 9) }
    /// The month 1...12, 0 when unknown.
    public var month: Int { Int((raw >> 5) & 0xF) }
    /// The day 1...31, 0 when unknown.
    public var day: Int { Int(raw & 0x1F) }

    /// 0 no date, 1 year only, 2 year and month, 3 full date (the golden record's precision rank).
    public var precision: Int {
        if raw == 0 { return 0 }
        if month == 0 { return 1 }
        return day == 0 ? 2 : 3
    }

    /// True for a full date (year, month and day known).
    public var isFull: Bool { precision == 3 }

    /// True when neither date contradicts the other: equal on every part both know.
    public func isCompatible(with other: LinkDate) -> Bool {
        if raw == 0 || other.raw == 0 { return true }
        if year != other.year { return false }
        if month == 0 || other.month == 0 { return true }
        if month != other.month { return false }
        return day == 0 || other.day == 0 || day == other.day
    }

    /// Orders by packed value: by year, then month, then day (unknown parts first).
    public static func < (a: LinkDate, b: LinkDate) -> Bool { a.raw < b.raw }

    /// ISO 8601 as precise as known: `1985-03-07`, `1985-03`, `1985`, or empty.
    public var description: String {
        switch precision {
        case 0: return ""
        case 1: return pad(year, 4)
        case 2: return pad(year, 4) + "-" + pad(month, 2)
        default: return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        }
    }

    private func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
