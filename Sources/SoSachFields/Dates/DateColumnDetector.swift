/// Decides, from all the values of one column, whether numeric dates are day-first or
/// month-first and whether the column shows the US-locale swap pattern.
///
/// Rules (README §6):
/// - A text date whose first number is > 12 proves day-first; whose second number is > 12
///   proves month-first. Any such value decides; with evidence both ways (or none) the column
///   is day-first, as Vietnamese usage is.
/// - Excel under a US locale turns "05/03/1980" (5 March) into the real date 3 May and leaves
///   "13/05/1980" as text. A column that mixes real dates (serial numbers or ISO date-times
///   written by a spreadsheet library) with day-first text whose day is > 12, and has no
///   ambiguous text dates, is therefore swapped: its real dates get day and month swapped back.
///
/// Feed it with ``observe(_:)``, then read ``profile``. A value type: one per column.
public struct DateColumnDetector: Sendable {
    /// Text dates whose first number is > 12.
    public private(set) var dayFirstVotes = 0
    /// Text dates whose second number is > 12.
    public private(set) var monthFirstVotes = 0
    /// Text dates with both numbers ≤ 12.
    public private(set) var ambiguousTexts = 0
    /// Serial numbers and ISO date-times.
    public private(set) var realDates = 0

    public init() {}

    /// Adds one cell of the column.
    public mutating func observe(_ text: String) {
        guard let shape = DateShape.read(text) else { return }
        if shape.isRealDate { realDates += 1; return }
        guard case .dayMonthYear(let a?, let b?, _, explicit: false) = shape.kind else { return }
        if a > 12 && b <= 12 {
            dayFirstVotes += 1
        } else if b > 12 && a <= 12 {
            monthFirstVotes += 1
        } else if a <= 12 && b <= 12 {
            ambiguousTexts += 1
        }
    }

    /// The decision so far.
    public var profile: DateColumnProfile {
        let order: DateOrder = monthFirstVotes > 0 && dayFirstVotes == 0 ? .monthFirst : .dayFirst
        let swapped = order == .dayFirst && realDates > 0 && dayFirstVotes > 0 && ambiguousTexts == 0
        return DateColumnProfile(order: order, swapped: swapped)
    }
}
