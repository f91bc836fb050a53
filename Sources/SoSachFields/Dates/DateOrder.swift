/// Whether the numeric dates of a column put the day or the month first.
public enum DateOrder: String, Sendable, CaseIterable {
    /// dd/mm/yyyy: Vietnamese usage, the default.
    case dayFirst
    /// mm/dd/yyyy: a file typed or exported under a US locale.
    case monthFirst
}
