/// ``PhoneTables`` as tables indexed by the digits of a prefix, for deciding on bytes whether
/// ``PhoneCleaner`` accepts a number (``ContentRecognizer/looksLikePhone(_:)``).
///
/// The cleaner looks prefixes of a digits-only number up by `String`; a table key that is not
/// exactly that many ASCII digits can never equal one (no other text is canonically equivalent
/// to ASCII digits), so only those keys are indexed. Built once.
final class PhonePrefixIndex: Sendable {
    // A class: the shared index is used without copying (and retaining) its tables.

    /// 3-digit current mobile prefixes ("032").
    let mobile3: [Bool]
    /// 4-digit old mobile prefixes of the 2018 migration ("0162").
    let migratedMobile4: [Bool]
    /// Landline area codes in force since 2017, by length.
    let landline3: [Bool], landline4: [Bool]
    /// Old area codes that changed in 2017 (the new code differs), by length.
    let changedArea2: [Bool], changedArea3: [Bool], changedArea4: [Bool]

    static let shared = PhonePrefixIndex(.shared)

    init(_ tables: PhoneTables) {
        func index(_ keys: some Sequence<String>, length: Int) -> [Bool] {
            var table = [Bool](repeating: false, count: length == 2 ? 100 : length == 3 ? 1000 : 10_000)
            for key in keys {
                if let n = PhonePrefixIndex.digitsValue(key, length: length) { table[n] = true }
            }
            return table
        }
        mobile3 = index(tables.mobilePrefixes, length: 3)
        migratedMobile4 = index(tables.mobileMigration.keys, length: 4)
        landline3 = index(tables.landlineCodes, length: 3)
        landline4 = index(tables.landlineCodes, length: 4)
        let changed = tables.landlineMigration.filter { $0.value != $0.key }.keys
        changedArea2 = index(changed, length: 2)
        changedArea3 = index(changed, length: 3)
        changedArea4 = index(changed, length: 4)
    }

    /// The value of `key` when it is exactly `length` ASCII digits.
    static func digitsValue(_ key: String, length: Int) -> Int? {
        guard key.utf8.count == length, key.utf8.allSatisfy({ $0 &- 0x30 < 10 }) else { return nil }
        return key.utf8.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
