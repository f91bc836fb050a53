/// What ``DateColumnDetector`` learnt about one column of dates, passed to
/// ``DateParser/parse(_:column:)`` for every value of that column.
public struct DateColumnProfile: Hashable, Sendable {
    /// Whether numeric text dates put the day or the month first. The default is
    /// ``DateOrder/dayFirst``.
    public var order: DateOrder
    /// True when the column shows the US-locale swap pattern: Excel (en-US) turned the
    /// dd/mm values whose day is ≤ 12 into real dates with day and month swapped (they arrive
    /// as serial numbers or ISO date-times), and left the others as text ("13/05/1980"). Those
    /// real dates are swapped back and flagged `date.swapped`. The default is false.
    public var swapped: Bool

    public init(order: DateOrder = .dayFirst, swapped: Bool = false) {
        self.order = order
        self.swapped = swapped
    }

    /// Day first, no swap.
    public static let vietnamese = DateColumnProfile()
}
