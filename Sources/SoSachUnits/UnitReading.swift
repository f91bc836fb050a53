/// One way to read a part of the input: a name entry and how well the text matched it.
struct UnitReading: Sendable {
    /// Index in `UnitNameIndex.entries`.
    let entry: Int32
    /// 3 exact (or folded when the input had no diacritics), 2 folded despite diacritics, 1 typo.
    let quality: Int
}
