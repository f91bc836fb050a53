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
        if let common = Self.common(text) { return Cleaned(common) }
        return parseGeneral(text)
    }

    /// The general reading: the key and folded-key tables (`parse` answers the usual cells
    /// first without building keys).
    func parseGeneral(_ text: String) -> Cleaned<Gender> {
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

    /// The gender of the cells most lists hold, read from their bytes: "Nam", "Nữ" (NFC) and
    /// "nu" in any case, "M", "F"; nil for anything else (then the general reading decides).
    /// Each answer is the general reading's (`GenderFastPathTests`).
    static func common(_ text: String) -> Gender? {
        let utf8 = text.utf8
        guard utf8.count <= 4 else { return nil }
        var bytes: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        var count = 0
        for b in utf8 {
            switch count {
            case 0: bytes.0 = b
            case 1: bytes.1 = b
            case 2: bytes.2 = b
            default: bytes.3 = b
            }
            count += 1
        }
        switch count {
        case 1:
            switch bytes.0 | 0x20 {
            case 0x6D: return .male     // m, M
            case 0x66: return .female   // f, F
            default: return nil
            }
        case 2:
            // "nu", "Nu", "NU": folded "nu".
            return bytes.0 | 0x20 == 0x6E && bytes.1 | 0x20 == 0x75 ? .female : nil
        case 3:
            return bytes.0 | 0x20 == 0x6E && bytes.1 | 0x20 == 0x61 && bytes.2 | 0x20 == 0x6D ? .male : nil
        case 4:
            // N/n + ữ (E1 BB AF) or Ữ (E1 BB AE).
            return bytes.0 | 0x20 == 0x6E && bytes.1 == 0xE1 && bytes.2 == 0xBB && (bytes.3 == 0xAF || bytes.3 == 0xAE) ? .female : nil
        default:
            return nil
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
