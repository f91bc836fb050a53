/// Why a pair of records is in review.csv.
public enum ReviewReason: String, Sendable, Hashable, CaseIterable, Codable {
    /// A rule matched but the union would put two different valid CCCDs in one person.
    case cccdConflict = "cccd_conflict"
    /// A rule matched but the union would put both genders in one person.
    case genderConflict = "gender_conflict"
    /// A rule matched a record (or cluster) that could belong to two or more persons that must
    /// stay apart; it was linked to none of them.
    case ambiguous = "ambiguous"
    /// Same linkable national ID, but the names are not compatible (or one is missing).
    case sameIDNameDiffers = "same_id_name_differs"
    /// Same name key, birth year and commune, but the birth dates differ or one is less precise.
    case sameNameYearCommune = "same_name_year_commune"
    /// Same phone and name key, but the birth year is missing or differs.
    case samePhoneName = "same_phone_name"
    /// Two clusters claimed the same person id of the master file; the later one got a new id.
    case masterConflict = "master_conflict"
}
