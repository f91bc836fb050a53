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
        if let plain = cleanPlain(text, birthYear: birthYear, gender: gender) { return plain }
        return cleanGeneral(text, birthYear: birthYear, gender: gender)
    }

    /// The general cleaning (see the type's documentation).
    func cleanGeneral(_ text: String, birthYear: Int? = nil, gender: Gender? = nil) -> Cleaned<NationalID> {
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

    /// The cleaning of a cell made of ASCII digits, spaces and apostrophes only (the usual
    /// "042093897710", "42068776616", "'042…", "042 162 116007"), on its bytes: no arrays, and
    /// the cell itself is the value when it is already 12 or 9 digits. nil for any other cell
    /// (the general cleaning decides). It follows the general rules step by step for this
    /// alphabet, where scientific notation and a ".0" cannot occur (`NationalIDFastPathTests`).
    func cleanPlain(_ text: String, birthYear: Int?, gender: Gender?) -> Cleaned<NationalID>? {
        let utf8 = text.utf8
        guard utf8.count > 0 && utf8.count <= 32 else { return nil }
        return utf8.withContiguousStorageIfAvailable { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
                cleanPlain(bytes, digits: buffer, text: text, birthYear: birthYear, gender: gender)
            }
        } ?? nil
    }

    /// Flags of the usual repairs, shared (no array per cell).
    private static let leadingZero: [Flag] = ["id.leading_zero"]
    private static let separators: [Flag] = ["id.separators"]

    /// `cleanPlain` on the cell's bytes; `buffer` (20 bytes) receives the digits from offset 4,
    /// so that leading zeros can be written in front of them.
    private func cleanPlain(_ bytes: UnsafeBufferPointer<UInt8>, digits buffer: UnsafeMutableBufferPointer<UInt8>,
                            text: String, birthYear: Int?, gender: Gender?) -> Cleaned<NationalID>? {
        var count = 0
        for b in bytes {
            if b &- 0x30 < 10 {
                if count < 16 { buffer[4 + count] = b }
                count += 1
            } else if b != 0x20 && b != 0x27 {
                return nil
            }
        }
        guard count > 0 else { return nil }
        let separated = count != bytes.count
        var zeros = 0
        switch count {
        case 12, 9: break
        case 10, 11: zeros = 12 - count
        case 8: zeros = 1
        default: return Cleaned(nil, flags: separated ? ["id.separators", "id.invalid"] : ["id.invalid"])
        }
        for k in 0..<zeros { buffer[4 - zeros + k] = 0x30 }
        let total = count + zeros
        let number = UnsafeBufferPointer(rebasing: buffer[(4 - zeros)..<(4 - zeros + total)])
        if count == 10 || count == 11 {
            // plausibleCCCD of the padded number.
            guard tables.knownProvince[Self.threeDigits(number)], number[3] >= 0x30 && number[3] <= 0x33 else {
                return Cleaned(nil, flags: separated ? ["id.separators", "id.invalid"] : ["id.invalid"])
            }
        }
        let string = zeros == 0 && !separated ? text : String(decoding: number, as: UTF8.self)
        if total == 9 {
            let flags = zeros > 0 ? (separated ? ["id.separators", "id.leading_zero"] : Self.leadingZero) : (separated ? Self.separators : [])
            return Cleaned(NationalID(digits: string, kind: .cmnd), flags: flags)
        }
        var id = NationalID(digits: string, kind: .cccd, provinceCode: String(decoding: UnsafeBufferPointer(rebasing: number[0..<3]), as: UTF8.self))
        var unusual: [Flag] = []
        if !tables.knownProvince[Self.threeDigits(number)] { unusual.append("id.province_unknown") }
        let centuryDigit = Int(number[3] &- 0x30)
        if let (century, sex) = tables.centuryByDigit[centuryDigit] {
            let year = century + Int(number[4] &- 0x30) * 10 + Int(number[5] &- 0x30)
            id.birthYear = year
            id.gender = sex
            if centuryDigit > 3 { unusual.append("id.century_unknown") }
            if let birthYear, birthYear != year { unusual.append("id.cccd_mismatch") }
            if let gender, gender != sex { unusual.append("id.cccd_mismatch") }
        } else {
            unusual.append("id.century_unknown")
        }
        if unusual.isEmpty {
            return Cleaned(id, flags: zeros > 0 ? (separated ? ["id.separators", "id.leading_zero"] : Self.leadingZero) : (separated ? Self.separators : []))
        }
        if separated { unusual.append("id.separators") }
        if zeros > 0 { unusual.append("id.leading_zero") }
        return Cleaned(id, flags: unusual)
    }

    /// The value of the first three digit bytes.
    private static func threeDigits(_ number: UnsafeBufferPointer<UInt8>) -> Int {
        Int(number[0] &- 0x30) * 100 + Int(number[1] &- 0x30) * 10 + Int(number[2] &- 0x30)
    }

    /// A 12-digit number whose digits 1–3 are a province code and digit 4 is 0–3.
    func plausibleCCCD(_ digits: [UInt8]) -> Bool {
        guard digits.count == 12 else { return false }
        let province = String(decoding: digits[0..<3], as: UTF8.self)
        return tables.provinces[province] != nil && digits[3] >= 0x30 && digits[3] <= 0x33
    }
}
