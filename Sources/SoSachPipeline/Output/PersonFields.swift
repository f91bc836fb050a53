/// The fields of a record that persons.csv chooses a best value for, in persons.csv order
/// (between `person_id` and `record_count`). They are the first 13 columns after `person_id`
/// in records.csv, so in a spilled record row field `PersonFields.spillOffset + i` is field i.
enum PersonFields {
    static let fullName = 0, familyName = 1, middleName = 2, givenName = 3, birthDate = 4, gender = 5
    static let nationalID = 6, phone = 7, village = 8, communeCode = 9, communeName = 10
    static let provinceCode = 11, provinceName = 12
    static let count = 13
    /// The index of `full_name` in a spilled record row.
    static let spillOffset = RecordSpill.personIDPosition
}
