import SoSachText

/// Reads gender cells: "Nam"/"Nữ" with any case, normal form or missing diacritics ("NU",
/// "nư"), abbreviations ("N", "Nữ giới", "Nam giới"), "M"/"F", "Male"/"Female", "Trai"/"Gái",
/// "Ông"/"Bà", and — only when the column says so — numeric codes (1/0).
///
/// A lone "N" (Nam or Nữ?) is not guessed: it is flagged `gender.unparsed`. Flags:
/// | flag | meaning |
/// | --- | --- |
/// | `gender.unparsed` | a non-empty cell that is not a gender (value nil) |
/// | `gender.conflict` | two-column form with a value under both "Nam" and "Nữ" (value nil) |
///
/// An immutable value; thread-safe.
public struct GenderParser: Sendable {
    /// How a column codes gender as numbers.
    public enum NumericCoding: String, Sendable, CaseIterable {
        /// 1 = Nam, 0 = Nữ (the usual statistics coding).
        case oneIsMale
        /// 1 = Nữ, 0 = Nam (a "Nữ" column ticked with 1).
        case oneIsFemale
    }

    /// The numeric coding of the column, if the header or the user says it has one. The
    /// default is nil: digits are not a gender.
    public var numericCoding: NumericCoding?

    public init(numericCoding: NumericCoding? = nil) { self.numericCoding = numericCoding }

    /// Parses one gender cell.
    public func parse(_ text: String) -> Cleaned<Gender> {
        let key = VietnameseText.key(text)
        if key.isEmpty { return Cleaned(nil) }
        if let exact = Self.exact[key] { return Cleaned(exact) }
        let folded = VietnameseText.foldKey(text)
        // Folded forms only for text typed without diacritics: "Năm" (year) is not "Nam".
        if !VietnameseText.hasDiacritics(text), let loose = Self.folded[folded] { return Cleaned(loose) }
        if let coding = numericCoding {
            switch folded {
            case "1", "1.0": return Cleaned(coding == .oneIsMale ? .male : .female)
            case "0", "0.0": return Cleaned(coding == .oneIsMale ? .female : .male)
            default: break
            }
        }
        return Cleaned(nil, flags: ["gender.unparsed"])
    }

    /// The two-column form ("Năm sinh" spanning "Nam" and "Nữ", or ticks under "Nam"/"Nữ"):
    /// the gender is the column whose cell holds a value (a year, a date, "x", "✓").
    public func parse(maleCell: String, femaleCell: String) -> Cleaned<Gender> {
        let male = !VietnameseText.cleanup(maleCell).isEmpty
        let female = !VietnameseText.cleanup(femaleCell).isEmpty
        switch (male, female) {
        case (true, false): return Cleaned(.male)
        case (false, true): return Cleaned(.female)
        case (true, true): return Cleaned(nil, flags: ["gender.conflict"])
        case (false, false): return Cleaned(nil)
        }
    }

    private static let exact: [String: Gender] = [
        "nam": .male, "nữ": .female, "nữ giới": .female, "nam giới": .male, "phái nam": .male, "phái nữ": .female,
        "giới tính nam": .male, "giới tính nữ": .female, "trai": .male, "gái": .female, "ông": .male, "bà": .female,
        "m": .male, "f": .female, "male": .male, "female": .female, "nư": .female, "nứ": .female, "nũ": .female,
        "nam.": .male, "nữ.": .female, "con trai": .male, "con gái": .female,
    ]

    private static let folded: [String: Gender] = [
        "nam": .male, "nu": .female, "nu gioi": .female, "nam gioi": .male, "trai": .male, "gai": .female,
        "m": .male, "f": .female, "male": .male, "female": .female, "ong": .male, "ba": .female,
    ]
}
