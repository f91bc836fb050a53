/// Unicode and Vietnamese text normalisation for values read from citizen lists: NFC with the
/// Vietnamese mark-order repair, cleanup of odd/invisible characters and look-alikes, tone
/// placement style, case, and the keys used to compare names and headers.
///
/// Every function is pure and thread-safe (the ICU objects used behind the scenes are either
/// immutable singletons or per-thread instances). The Vietnamese letters are handled by a
/// table (``VietnameseLetterCells``) on UTF-8 bytes; ICU is called only for text the table does not
/// cover. Compare results with `Array(s.utf8)`: Swift's `String ==` ignores the differences
/// these functions repair.
public enum VietnameseText {
    /// The full normaliser: cleanup (always), then what `options` asks for.
    public static func normalize(_ text: String, options: VietnameseTextOptions = VietnameseTextOptions()) -> NormalizedText {
        VietnameseTextEngine.run(text, options)
    }

    /// `text` cleaned for storage: NFC (with the mark-order repair), odd whitespace (NBSP,
    /// U+3000, tabs, …) as one space, repeated spaces collapsed, leading/trailing spaces
    /// trimmed, invisible characters (zero-width, soft hyphen, BOM, controls) removed, Đ/đ
    /// look-alikes and Cyrillic/Greek letters inside Latin words replaced. Tones and case are
    /// kept as given. Decode legacy encodings first (TCVN3 writes ư as the soft hyphen 0xAD).
    public static func cleanup(_ text: String) -> String {
        var options = VietnameseTextOptions()
        options.toneStyle = nil
        return normalize(text, options: options).text
    }

    /// `text` in NFC, after moving a circumflex or breve typed after a tone mark in front of it
    /// (the four marks share combining class 230, so NFC alone leaves "a◌́◌̂" as "á◌̂" instead
    /// of "ấ"). Nothing else changes. Text whose scalars are all NFC on their own is returned
    /// as is without calling ICU.
    public static func nfc(_ text: String) -> String {
        if ICUNormalizer.isTriviallyNFC(text) { return text }
        return ICUNormalizer.nfcUnchecked(reorderingMarks(text))
    }

    /// `text` in NFD (ICU).
    public static func nfd(_ text: String) -> String { ICUNormalizer.nfd(text) }

    /// The folding key of `text`: cleaned, lower case, without diacritics, đ → d
    /// ("Đặng Thị Ánh" → "dang thi anh"), single spaces. The 134 Vietnamese letters go through
    /// a table; other letters through ICU "Any-Latin; Latin-ASCII". Punctuation is kept. Used
    /// for header matching and as the diacritics-insensitive name key; note the collisions it
    /// creates ("Năm"/"Nam", "ĐT"/"DT").
    public static func foldKey(_ text: String) -> String {
        var options = VietnameseTextOptions()
        options.keys = true
        return normalize(text, options: options).foldedKey
    }

    /// The exact comparison key: cleaned, lower case, traditional tone placement, diacritics
    /// kept ("Lê Thị Hoà" and "LÊ THỊ HÒA" give "lê thị hòa").
    public static func key(_ text: String) -> String {
        var options = VietnameseTextOptions()
        options.keys = true
        return normalize(text, options: options).key
    }

    /// `text` cleaned, with the tones of oa/oe/uy placed in `style` and misplaced tones
    /// ("Qúy", "Gía") corrected.
    public static func applyingToneStyle(_ text: String, _ style: ToneStyle) -> String {
        var options = VietnameseTextOptions()
        options.toneStyle = style
        return normalize(text, options: options).text
    }

    /// `text` cleaned and in name title case ("NGUYỄN VĂN ĐỨC" → "Nguyễn Văn Đức",
    /// "H'HEN NIÊ KĐĂM" → "H'Hen Niê Kđăm"); tones kept where they are.
    public static func titleCased(_ text: String) -> String { cased(text, .title) }

    /// `text` cleaned and in lower case.
    public static func lowercased(_ text: String) -> String { cased(text, .lower) }

    /// `text` cleaned and in upper case.
    public static func uppercased(_ text: String) -> String { cased(text, .upper) }

    private static func cased(_ text: String, _ casing: VietnameseTextOptions.Casing) -> String {
        var options = VietnameseTextOptions()
        options.toneStyle = nil
        options.casing = casing
        return normalize(text, options: options).text
    }

    /// Whether any letter of `text` carries a Vietnamese tone or modifier (ă â ê ô ơ ư đ).
    public static func hasDiacritics(_ text: String) -> Bool {
        var options = VietnameseTextOptions()
        options.toneStyle = nil
        return normalize(text, options: options).hasDiacritics
    }

    /// Whether every byte of `text` is ASCII.
    public static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }

    /// `text` with, in every run of combining marks, a circumflex (U+0302) or breve (U+0306)
    /// that follows a tone mark (U+0300, U+0301, U+0303, U+0309, U+0340, U+0341) moved in front
    /// of the tones (README §1.7). Other marks keep their order.
    static func reorderingMarks(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var changed = false
        while i < scalars.count {
            guard isCombining(scalars[i].value) else { out.append(scalars[i]); i += 1; continue }
            var e = i
            while e < scalars.count && isCombining(scalars[e].value) { e += 1 }
            let run = scalars[i..<e]
            let modifiers = run.filter { $0.value == 0x302 || $0.value == 0x306 }
            if !modifiers.isEmpty, let firstTone = run.firstIndex(where: { isToneMark($0.value) }),
               let firstModifier = run.firstIndex(where: { $0.value == 0x302 || $0.value == 0x306 }), firstTone < firstModifier {
                out.append(contentsOf: modifiers)
                out.append(contentsOf: run.filter { !($0.value == 0x302 || $0.value == 0x306) })
                changed = true
            } else {
                out.append(contentsOf: run)
            }
            i = e
        }
        return changed ? String(out) : text
    }

    private static func isCombining(_ s: UInt32) -> Bool { s >= 0x300 && s <= 0x36F }
    private static func isToneMark(_ s: UInt32) -> Bool {
        s == 0x300 || s == 0x301 || s == 0x303 || s == 0x309 || s == 0x340 || s == 0x341
    }

    /// Letters outside the Vietnamese table folded to lower-case ASCII by ICU
    /// ("Any-Latin; Latin-ASCII; Lower"), spaces removed; empty when ICU is unavailable.
    static func foldForeign(_ text: String) -> String {
        guard let translit = ICUTransliterator.forCurrentThread(id: "Any-Latin; Latin-ASCII; Lower") else { return "" }
        return String(translit.transliterate(text).unicodeScalars.filter { $0 != " " })
    }
}
