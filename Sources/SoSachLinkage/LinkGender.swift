/// Gender as the linker sees it; two records of different known genders never link.
public enum LinkGender: UInt8, Sendable, Hashable, CaseIterable {
    /// Not given or not readable: compatible with both.
    case unknown = 0
    /// `M` in records.csv.
    case male = 1
    /// `F` in records.csv.
    case female = 2
}
