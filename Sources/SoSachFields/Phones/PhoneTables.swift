/// The reference tables for phone numbers, loaded once from `Mappings/text/`:
/// `mobile_prefixes.csv` (current 10-digit prefixes), `phone_prefix_2018.csv` (11-digit →
/// 10-digit mobile prefixes of 2018) and `landline_area_codes_2017.csv` (old → new area codes).
/// Immutable and `Sendable`.
public struct PhoneTables: Sendable {
    /// Current mobile prefixes ("032" … "099").
    public let mobilePrefixes: Set<String>
    /// Old 11-digit mobile prefix ("0162") → new 10-digit prefix ("032").
    public let mobileMigration: [String: String]
    /// Old landline area code ("04", "0511") → new code ("024", "0236"); unchanged codes map
    /// to themselves.
    public let landlineMigration: [String: String]
    /// Every landline area code in force since 2017 ("024", "0236", "0210", …).
    public let landlineCodes: Set<String>
    /// Why a table could not be loaded, if one could not.
    public let loadError: String?
    /// `mobilePrefixes` indexed by the three-digit prefix's value (prefixes of three ASCII
    /// digits only: no other entry can equal three digits), for the cleaner's byte path.
    let knownMobilePrefix: [Bool]

    /// The tables from `Mappings/`.
    public static let shared = PhoneTables()

    public init() {
        var mobile = Set<String>(), migration: [String: String] = [:], landline: [String: String] = [:]
        var error: String?
        do {
            mobile = Set(try MappingTable("text/mobile_prefixes.csv").column("prefix"))
            let m = try MappingTable("text/phone_prefix_2018.csv")
            for (old, new) in zip(m.column("old_prefix_11digit"), m.column("new_prefix_10digit")) { migration[old] = new }
            let l = try MappingTable("text/landline_area_codes_2017.csv")
            for (old, new) in zip(l.column("old_area_code"), l.column("new_area_code")) where !old.isEmpty { landline[old] = new }
        } catch let failure {
            error = "\(failure)"
        }
        self.mobilePrefixes = mobile
        self.mobileMigration = migration
        self.landlineMigration = landline
        self.landlineCodes = Set(landline.values)
        self.loadError = error
        var known = [Bool](repeating: false, count: 1000)
        for prefix in mobile {
            let bytes = Array(prefix.utf8)
            guard bytes.count == 3, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            known[Int(bytes[0] - 0x30) * 100 + Int(bytes[1] - 0x30) * 10 + Int(bytes[2] - 0x30)] = true
        }
        knownMobilePrefix = known
    }
}
