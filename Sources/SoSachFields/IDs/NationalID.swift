/// A cleaned national ID number: digits only.
public struct NationalID: Hashable, Sendable, CustomStringConvertible {
    /// The two kinds of number on citizen lists.
    public enum Kind: String, Sendable, CaseIterable {
        /// The 12-digit personal identification number of the CCCD / căn cước card.
        case cccd
        /// The old 9-digit CMND number (no checksum; cannot be checked further).
        case cmnd
    }

    /// The digits (12 for a CCCD, 9 for a CMND).
    public var digits: String
    public var kind: Kind
    /// For a CCCD: the province (or country) of birth registration, e.g. "001" (Hà Nội);
    /// nil for a CMND.
    public var provinceCode: String?
    /// For a CCCD: the birth year encoded by digits 4–6.
    public var birthYear: Int?
    /// For a CCCD: the sex encoded by digit 4.
    public var gender: Gender?

    public var description: String { digits }
}
