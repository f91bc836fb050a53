import SoSachText

/// The flags the unit resolver raises (written to the `flags` column).
public enum UnitFlag {
    /// A legacy commune split across several 2025 communes; the default successor was written.
    public static let divided: Flag = "unit.divided"
    /// The default successor of a divided commune was chosen geometrically (not by population).
    public static let dividedGeometric: Flag = "unit.divided_geometric"
    /// The file's context (title row, file name, user) decided between same-named units.
    public static let byContext: Flag = "unit.by_context"
    /// The commune was not in the row; the file's default commune was used.
    public static let fromContext: Flag = "unit.from_context"
    /// A one-letter near miss was accepted because it was the only one.
    public static let typo: Flag = "unit.typo"
    /// The input's diacritics do not match the official name; matched without them (unique).
    public static let diacritics: Flag = "unit.diacritics"
    /// The input named a unit by a name it had between 2018-10-16 and 2025-06-30 (merged,
    /// renamed, type changed or moved), mapped through changes_pre2025.csv.
    public static let pre2019: Flag = "unit.pre2019"
    /// The pre-2019 successor is only of medium or low confidence in changes_pre2025.csv.
    public static let pre2019Uncertain: Flag = "unit.pre2019_uncertain"
    /// The type word written differs from the official one (e.g. "Xã" for a phường).
    public static let typeMismatch: Flag = "unit.type_mismatch"
    /// The district written does not contain the commune found in the province.
    public static let districtMismatch: Flag = "unit.district_mismatch"
    /// The commune named is not in the province named (candidates elsewhere are listed).
    public static let provinceMismatch: Flag = "unit.province_mismatch"
    /// Only the province could be recognised.
    public static let provinceOnly: Flag = "unit.province_only"
    /// The province was named by a nickname or abbreviation (HN, TP.HCM, Sài Gòn, …).
    public static let provinceNickname: Flag = "unit.province_nickname"
    /// A legacy area that was not a commune (island district, alluvial area) was mapped.
    public static let specialArea: Flag = "unit.special_area"
    /// The name fits a 2025 commune and a divided legacy commune of the same name, and the list's
    /// epoch is unknown (status `divided`: for a 2025 list the 2025 commune is right).
    public static let epochUnknown: Flag = "unit.epoch_unknown"
    /// Several legacy communes of that name lead to the same 2025 commune; no legacy code written.
    public static let legacyAmbiguous: Flag = "unit.legacy_ambiguous"

    /// Every flag with a one-line meaning (for documentation and `--help`).
    public static let all: [(Flag, String)] = [
        (divided, "legacy commune split across several 2025 communes; default successor written"),
        (dividedGeometric, "that default was chosen geometrically, not from GSO's population note"),
        (byContext, "the file context decided between same-named units"),
        (fromContext, "no commune in the row; the file's default commune was used"),
        (typo, "a unique one-letter near miss was accepted"),
        (diacritics, "diacritics differ from the official name; unique match without them"),
        (pre2019, "a name official between 2018-10-16 and 2025-06-30, mapped through its successor"),
        (pre2019Uncertain, "that successor has only medium or low confidence"),
        (typeMismatch, "type word differs from the official one"),
        (districtMismatch, "the district written does not contain the commune"),
        (provinceMismatch, "the commune is not in the province written"),
        (provinceOnly, "only the province was recognised"),
        (provinceNickname, "province named by a nickname or abbreviation"),
        (specialArea, "legacy island district or special area mapped to its 2025 commune"),
        (epochUnknown, "name fits a 2025 commune and a divided legacy one; list epoch unknown"),
        (legacyAmbiguous, "several legacy communes of that name; same 2025 commune, legacy code left empty"),
    ]
}
