/// The reference tables for CCCD numbers: the province codes of digits 1–3
/// (`Mappings/text/cccd_province_codes.csv`, 63 codes) and the century/sex digit 4
/// (`cccd_century_gender.csv`). Loaded once; immutable and `Sendable`.
public struct NationalIDTables: Sendable {
    /// Province code ("001") → province name.
    public let provinces: [String: String]
    /// Digit 4 → (first year of the century, sex).
    public let centuryGender: [Int: (century: Int, gender: Gender)]
    /// Why a table could not be loaded, if one could not.
    public let loadError: String?
    /// `provinces` as a table indexed by the three-digit code's value (codes of three ASCII
    /// digits only: no other key can equal three digits), for the cleaner's byte path.
    let knownProvince: [Bool]
    /// `centuryGender` indexed by digit 0…9.
    let centuryByDigit: [(century: Int, gender: Gender)?]

    /// The tables from `Mappings/`.
    public static let shared = NationalIDTables()

    public init() {
        var provinces: [String: String] = [:]
        var century: [Int: (Int, Gender)] = [:]
        var error: String?
        do {
            let table = try MappingTable("text/cccd_province_codes.csv")
            for (code, name) in zip(table.column("code"), table.column("province")) { provinces[code] = name }
            let digits = try MappingTable("text/cccd_century_gender.csv")
            for (digit, (years, gender)) in zip(digits.column("digit"), zip(digits.column("years"), digits.column("gender"))) {
                guard let d = Int(digit), let start = Int(years.prefix(4)) else { continue }
                century[d] = (start, gender == "female" ? .female : .male)
            }
        } catch let failure {
            error = "\(failure)"
        }
        self.provinces = provinces
        self.centuryGender = century
        self.loadError = error
        var known = [Bool](repeating: false, count: 1000)
        for code in provinces.keys {
            let bytes = Array(code.utf8)
            guard bytes.count == 3, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            known[Int(bytes[0] - 0x30) * 100 + Int(bytes[1] - 0x30) * 10 + Int(bytes[2] - 0x30)] = true
        }
        knownProvince = known
        centuryByDigit = (0...9).map { digit in century[digit].map { (century: $0.0, gender: $0.1) } }
    }
}
