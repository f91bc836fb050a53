/// How a generated list looks: layout, columns, units of which epoch, and how much noise.
public struct SyntheticListStyle: Sendable {
    /// A column of a generated list.
    public enum Column: Sendable, Equatable {
        case rowNumber, fullName, familyAndMiddle, givenName, birthDate, gender, nationalID, phone
        case village, commune, district, province, address, occupation, title, notes
        /// Two columns "Nam" | "Nữ" under "Năm sinh": the birth year under the citizen's sex.
        case birthYearBySex
    }

    /// Which administrative units the list names.
    public enum Epoch: Sendable {
        /// The 2025 communes (no district).
        case current
        /// The communes and districts of 2020-2025.
        case legacy
        /// The communes of before the 2019-2020 mergers.
        case pre2020
    }

    public var delimiter: Character = ";"
    public var titleLines: [String] = []
    public var columns: [Column]
    /// Column headers, parallel to `columns` (`birthYearBySex` takes the two-row form).
    public var headers: [String]
    public var headerless = false
    public var columnNumbers = false
    /// Rows below the table, each a list of cells (signature blocks put text in later columns).
    public var footerRows: [[String]] = []
    public var epoch: Epoch = .current
    /// The year the list was made (dates of old phones, ages).
    public var year = 2025
    /// Probability that a value gets damaged in one of the ways real lists are.
    public var noise = 0.1
    /// Pad title and footer rows with delimiters up to the column count, as Excel exports do.
    public var padRows = true

    public init(columns: [Column], headers: [String]) {
        self.columns = columns
        self.headers = headers
    }
}
