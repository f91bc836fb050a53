import SoSachText

/// Cleans phone cells into Vietnamese national numbers (README §5.2–5.3,
/// `id_phone_vectors.tsv`).
///
/// Steps: scientific notation is lost (`phone.lossy`); `+84`, `(+84)`, `0084` and a bare `84`
/// (on 11- or 12-digit numbers) are removed; spaces, dots, dashes, parentheses, Excel's
/// apostrophe and a trailing ".0" are removed; a dropped leading 0 is restored; then:
/// - 11-digit mobiles of before 2018-09-15 (0162…, 0123…, …) get their new 10-digit prefix
///   (`phone.migrated`), whatever the date of the data: the old numbers no longer exist.
/// - Old landline numbers (area code before 2017: 04 + 8 digits, 0xx + 7, 0xxx + 7) get the new
///   code (`phone.landline_migrated`) when the data predates 2017 (``dataYear`` ≤ 2016) or when
///   the old form cannot be a mobile number (its prefix is not a current mobile prefix). With
///   an unknown or later data year, "0838123456" stays the VinaPhone mobile it is since 2018.
/// - Output: mobiles are 10 digits starting with 0 (DESIGN's form). Landlines cannot be 10
///   digits since 2017: they are written as their 11 digits (02 + area code + subscriber) and
///   flagged `phone.landline`, so the 10-digit rule holds for every mobile and a user can find
///   the landlines.
/// - Anything else: no value, `phone.invalid`.
///
/// Flags:
/// | flag | meaning |
/// | --- | --- |
/// | `phone.migrated` | 11-digit mobile converted to the 2018 10-digit prefix |
/// | `phone.landline_migrated` | pre-2017 landline area code converted |
/// | `phone.landline` | a landline (11 digits) |
/// | `phone.leading_zero` | the leading 0 restored (numeric cell) |
/// | `phone.multiple` | several numbers in the cell: the first valid one kept |
/// | `phone.prefix_unknown` | 10-digit number whose prefix is not in the mobile table (kept) |
/// | `phone.lossy` | scientific notation: digits lost (value nil) |
/// | `phone.invalid` | not a Vietnamese number (value nil) |
///
/// An immutable value; thread-safe.
public struct PhoneCleaner: Sendable {
    /// The year the list was made, when known (file context): decides old landline codes.
    public var dataYear: Int?
    public let tables: PhoneTables

    public init(dataYear: Int? = nil, tables: PhoneTables = .shared) {
        self.dataYear = dataYear
        self.tables = tables
    }

    /// Cleans one phone cell.
    public func clean(_ text: String) -> Cleaned<PhoneNumber> {
        if let plain = cleanPlain(text) { return plain }
        return cleanGeneral(text)
    }

    /// The cells of digits only that most lists hold, on their bytes: a current 10-digit mobile
    /// ("0912345678", the cell itself is the value), the same without its leading 0
    /// ("912345678") and an 11-digit mobile of before 2018 with a known new prefix. nil for
    /// anything else, and for the 10-digit forms whenever the landline rules could apply (the
    /// general cleaning decides). The answer is the general cleaning's
    /// (`PhoneFastPathTests`).
    func cleanPlain(_ text: String) -> Cleaned<PhoneNumber>? {
        let utf8 = text.utf8
        let count = utf8.count
        guard count >= 9 && count <= 11 else { return nil }
        let digitsOnly = utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 &- 0x30 < 10 } }
            ?? utf8.allSatisfy { $0 &- 0x30 < 10 }
        guard digitsOnly else { return nil }
        var first: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        var bytes = utf8.makeIterator()
        first.0 = bytes.next()!
        first.1 = bytes.next()!
        first.2 = bytes.next()!
        first.3 = bytes.next()!
        let old = dataYear.map { $0 <= 2016 } ?? false
        func prefix(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int { Int(a - 0x30) * 100 + Int(b - 0x30) * 10 + Int(c - 0x30) }
        // "0084…" is an international form: general.
        let international = first.0 == 0x30 && first.1 == 0x30 && first.2 == 0x38 && first.3 == 0x34
        switch count {
        case 10:
            guard first.0 == 0x30, !international, !old, tables.knownMobilePrefix[prefix(first.0, first.1, first.2)] else { return nil }
            return Cleaned(PhoneNumber(digits: text, kind: .mobile))
        case 9:
            // The leading 0 restored; "84…" is not taken as a country code at 9 digits.
            guard first.0 != 0x30, !old, tables.knownMobilePrefix[prefix(0x30, first.0, first.1)] else { return nil }
            return Cleaned(PhoneNumber(digits: "0" + text, kind: .mobile), flags: Self.leadingZero)
        default:
            guard first.0 == 0x30, !international else { return nil }
            let oldPrefix = String(unsafeUninitializedCapacity: 4) { out in
                out[0] = first.0; out[1] = first.1; out[2] = first.2; out[3] = first.3
                return 4
            }
            guard let new = tables.mobileMigration[oldPrefix] else { return nil }
            return Cleaned(PhoneNumber(digits: new + text.dropFirst(4), kind: .mobile), flags: Self.migrated)
        }
    }

    /// Flags of the usual repairs, shared (no array per cell).
    private static let leadingZero: [Flag] = ["phone.leading_zero"]
    private static let migrated: [Flag] = ["phone.migrated"]

    /// The general cleaning (see the type's documentation).
    func cleanGeneral(_ text: String) -> Cleaned<PhoneNumber> {
        let bytes = Array(text.utf8)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return Cleaned(nil) }
        if NationalIDShape.scientific(text) { return Cleaned(nil, flags: ["phone.lossy"]) }
        if let single = cleanOne(bytes) { return single }
        // Several numbers ("0912 345 678 / 0987 654 321"): the first valid one.
        let parts = bytes.split(whereSeparator: { $0 == 0x2F || $0 == 0x3B || $0 == 0x2C || $0 == 0x7C || $0 == 0x0A })
        if parts.count > 1 {
            for part in parts {
                if let result = cleanOne(Array(part)), result.value != nil {
                    return Cleaned(result.value, flags: result.flags + ["phone.multiple"])
                }
            }
        }
        return Cleaned(nil, flags: ["phone.invalid"])
    }

    /// One number, or nil when the bytes hold something other than one number.
    private func cleanOne(_ bytes: [UInt8]) -> Cleaned<PhoneNumber>? {
        var bytes = bytes
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        if let dot = bytes.lastIndex(of: 0x2E), bytes.count - dot == 2, bytes.last == 0x30 { bytes.removeSubrange(dot...) }
        var digits: [UInt8] = []
        var plus = false
        for b in bytes {
            switch b {
            case 0x30...0x39: digits.append(b)
            case 0x2B: plus = true
            case 0x20, 0x09, 0x2E, 0x2D, 0x28, 0x29, 0x27, 0xC2, 0xA0: continue
            default: return nil
            }
        }
        guard !digits.isEmpty else { return nil }
        var flags: [Flag] = []
        // International forms.
        if digits.starts(with: [0x30, 0x30, 0x38, 0x34]) {
            digits.removeFirst(4)
        } else if digits.starts(with: [0x38, 0x34]) && (plus || digits.count == 11 || digits.count == 12) {
            digits.removeFirst(2)
        }
        if digits.first != 0x30 {
            digits.insert(0x30, at: 0)
            if !plus && !(bytes.contains(0x2B)) { flags.append("phone.leading_zero") }
        }
        let number = String(decoding: digits, as: UTF8.self)
        switch digits.count {
        case 10:
            let prefix = String(number.prefix(3))
            let isMobile = tables.mobilePrefixes.contains(prefix)
            let old = dataYear.map { $0 <= 2016 } ?? false
            if (old || !isMobile), let landline = migrateLandline(number) {
                return Cleaned(PhoneNumber(digits: landline, kind: .landline), flags: flags + ["phone.landline_migrated", "phone.landline"])
            }
            if isMobile { return Cleaned(PhoneNumber(digits: number, kind: .mobile), flags: flags) }
            if digits[1] == 0x33 || digits[1] == 0x35 || digits[1] == 0x37 || digits[1] == 0x38 || digits[1] == 0x39 {
                return Cleaned(PhoneNumber(digits: number, kind: .mobile), flags: flags + ["phone.prefix_unknown"])
            }
            return Cleaned(nil, flags: ["phone.invalid"])
        case 11:
            if let new = tables.mobileMigration[String(number.prefix(4))] {
                return Cleaned(PhoneNumber(digits: new + number.dropFirst(4), kind: .mobile), flags: flags + ["phone.migrated"])
            }
            if digits[1] == 0x32, tables.landlineCodes.contains(String(number.prefix(3))) || tables.landlineCodes.contains(String(number.prefix(4))) {
                return Cleaned(PhoneNumber(digits: number, kind: .landline), flags: flags + ["phone.landline"])
            }
            if let landline = migrateLandline(number) {
                return Cleaned(PhoneNumber(digits: landline, kind: .landline), flags: flags + ["phone.landline_migrated", "phone.landline"])
            }
            return Cleaned(nil, flags: ["phone.invalid"])
        default:
            return Cleaned(nil, flags: ["phone.invalid"])
        }
    }

    /// The new form of an old landline number, or nil: the longest old area code whose
    /// subscriber length fits (8 digits after 04/08, 7 after the others).
    private func migrateLandline(_ number: String) -> String? {
        for length in [4, 3, 2] {
            let code = String(number.prefix(length))
            guard let new = tables.landlineMigration[code], new != code else { continue }
            let subscriber = number.count - length
            guard subscriber == (length == 2 ? 8 : 7) else { continue }
            return new + number.dropFirst(length)
        }
        return nil
    }
}
