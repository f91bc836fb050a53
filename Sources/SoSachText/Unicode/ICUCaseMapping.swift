import CICU

/// Full Unicode case mapping through ICU (`u_strToUpper`, `u_strToLower`, `u_strToTitle`)
/// with the rules of a locale ("vi" by default; Vietnamese has no special casing, but the
/// locale keeps the intent explicit).
///
/// Use it for text outside the Vietnamese letter table: ``VietnameseText`` maps the 134
/// Vietnamese letters and ASCII itself, and calls ICU only for other letters. Note that ICU's
/// title case writes "H'hen" for the Ê Đê name "H'Hen" (the apostrophe is mid-word for word
/// breaks): names use ``VietnameseText/titleCased(_:)`` instead. Stateless; any thread.
public enum ICUCaseMapping {
    /// Upper case of `text` in `locale`.
    public static func uppercased(_ text: String, locale: String = "vi") -> String { map(0, text, locale) }

    /// Lower case of `text` in `locale`.
    public static func lowercased(_ text: String, locale: String = "vi") -> String { map(1, text, locale) }

    /// Title case of `text` in `locale`, with ICU's default word breaks.
    public static func titlecased(_ text: String, locale: String = "vi") -> String { map(2, text, locale) }

    private static func map(_ mode: Int32, _ text: String, _ locale: String) -> String {
        if text.isEmpty { return text }
        return locale.withCString { loc in
            ICUBuffer.map(text) { cicu_case_map(mode, loc, $0, $1, $2, $3, $4) }
        } ?? text
    }
}
