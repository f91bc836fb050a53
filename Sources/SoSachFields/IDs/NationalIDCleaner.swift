import SoSachText

/// Cleans national ID cells into a 12-digit CCCD or a 9-digit CMND, checking a CCCD against
/// the province table, its century/sex digit and birth year and the row's own gender and
/// birth year (README §5.1, §5.3; `id_phone_vectors.tsv`).
///
/// Rules:
/// - Spaces, dots, commas, dashes, Excel's leading apostrophe and a trailing ".0" are removed.
/// - 12 digits: a CCCD. 9 digits: a CMND, kept as is.
/// - 10 or 11 digits (a numeric cell lost its leading zeros): padded to 12 only when the padded
///   number starts with a known province code and its digit 4 is 0–3 (born 1900–2099);
///   8 digits: padded to a 9-digit CMND. Both flagged `id.leading_zero`.
/// - Scientific notation ("1.08501E+11"): the digits are lost; no value, `id.lossy`.
/// - A CCCD whose century/sex digit or birth year disagrees with the row is kept and flagged
///   `id.cccd_mismatch`: the number is never "fixed".
///
/// Flags:
/// | flag | meaning |
/// | --- | --- |
/// | `id.leading_zero` | leading zeros restored |
/// | `id.separators` | spaces, dots, dashes, an apostrophe or ".0" removed |
/// | `id.lossy` | scientific notation: digits lost, re-key from the source (value nil) |
/// | `id.invalid` | not 9 or 12 digits after repair (value nil) |
/// | `id.cccd_mismatch` | CCCD sex or birth year differs from the row's |
/// | `id.province_unknown` | CCCD digits 1–3 are not a province code (born abroad? typo?) |
/// | `id.century_unknown` | CCCD digit 4 is 4–9 (born after 2099): implausible |
///
/// An immutable value; thread-safe.
public struct NationalIDCleaner: Sendable {
    public let tables: NationalIDTables

    public init(tables: NationalIDTables = .shared) { self.tables = tables }

    /// Cleans one cell; `birthYear` and `gender` are the row's own values, if known.
    public func clean(_ text: String, birthYear: Int? = nil, gender: Gender? = nil) -> Cleaned<NationalID> {
        if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return Cleaned(nil) }
        if NationalIDShape.scientific(text) { return Cleaned(nil, flags: ["id.lossy"]) }
        guard var digits = NationalIDShape.digits(text) else { return Cleaned(nil, flags: ["id.invalid"]) }
        var flags: [Flag] = []
        if digits.count != text.utf8.count { flags.append("id.separators") }
        switch digits.count {
        case 12, 9:
            break
        case 10, 11:
            let padded = [UInt8](repeating: 0x30, count: 12 - digits.count) + digits
            guard plausibleCCCD(padded) else { return Cleaned(nil, flags: flags + ["id.invalid"]) }
            digits = padded
            flags.append("id.leading_zero")
        case 8:
            digits = [0x30] + digits
            flags.append("id.leading_zero")
        default:
            return Cleaned(nil, flags: flags + ["id.invalid"])
        }
        let string = String(decoding: digits, as: UTF8.self)
        if digits.count == 9 { return Cleaned(NationalID(digits: string, kind: .cmnd), flags: flags) }
        let province = String(decoding: digits[0..<3], as: UTF8.self)
        var id = NationalID(digits: string, kind: .cccd, provinceCode: province)
        if tables.provinces[province] == nil { flags.append("id.province_unknown") }
        let centuryDigit = Int(digits[3] - 0x30)
        if let (century, sex) = tables.centuryGender[centuryDigit] {
            let year = century + Int(digits[4] - 0x30) * 10 + Int(digits[5] - 0x30)
            id.birthYear = year
            id.gender = sex
            if centuryDigit > 3 { flags.append("id.century_unknown") }
            if let birthYear, birthYear != year { flags.append("id.cccd_mismatch") }
            if let gender, gender != sex { flags.append("id.cccd_mismatch") }
        } else {
            flags.append("id.century_unknown")
        }
        return Cleaned(id, flags: flags)
    }

    /// A 12-digit number whose digits 1–3 are a province code and digit 4 is 0–3.
    func plausibleCCCD(_ digits: [UInt8]) -> Bool {
        guard digits.count == 12 else { return false }
        let province = String(decoding: digits[0..<3], as: UTF8.self)
        return tables.provinces[province] != nil && digits[3] >= 0x30 && digits[3] <= 0x33
    }
}
