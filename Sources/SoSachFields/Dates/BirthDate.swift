/// A date of birth as precise as the input gave it: a year, a month of a year, or a day.
///
/// Invariant: `day` is set only when `month` is, and the parts form a real date (the parser
/// rejects 29/02/1981 and 31/04/1990).
public struct BirthDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How precise a ``BirthDate`` is.
    public enum Precision: String, Sendable, CaseIterable {
        case year, month, day
    }

    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// ``Precision/day``, ``Precision/month`` or ``Precision/year``.
    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    /// ISO 8601 at the date's precision: `1985-03-07`, `1985-03` or `1985`.
    public var iso: String {
        // Years 0…9999 with months and days of at most two digits (every parsed date): the
        // ten bytes written in place, a small string without allocation.
        if year >= 0 && year <= 9999, (month ?? 0) >= 0 && (month ?? 0) <= 99, (day ?? 0) >= 0 && (day ?? 0) <= 99 {
            let length = day != nil ? 10 : (month != nil ? 7 : 4)
            return String(unsafeUninitializedCapacity: length) { out in
                out[0] = UInt8(truncatingIfNeeded: 0x30 + year / 1000)
                out[1] = UInt8(truncatingIfNeeded: 0x30 + year / 100 % 10)
                out[2] = UInt8(truncatingIfNeeded: 0x30 + year / 10 % 10)
                out[3] = UInt8(truncatingIfNeeded: 0x30 + year % 10)
                if let month {
                    out[4] = 0x2D
                    out[5] = UInt8(truncatingIfNeeded: 0x30 + month / 10)
                    out[6] = UInt8(truncatingIfNeeded: 0x30 + month % 10)
                    if let day {
                        out[7] = 0x2D
                        out[8] = UInt8(truncatingIfNeeded: 0x30 + day / 10)
                        out[9] = UInt8(truncatingIfNeeded: 0x30 + day % 10)
                    }
                }
                return length
            }
        }
        return paddedISO
    }

    /// `iso` by the general rule (any year, month and day).
    var paddedISO: String {
        var text = Self.pad(year, 4)
        if let month { text += "-" + Self.pad(month, 2) }
        if let day { text += "-" + Self.pad(day, 2) }
        return text
    }

    public var description: String { iso }

    /// Orders by year, then month, then day; a missing part sorts first.
    public static func < (a: BirthDate, b: BirthDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
