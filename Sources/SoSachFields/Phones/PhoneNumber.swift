/// A cleaned Vietnamese phone number in national form (leading 0, digits only).
public struct PhoneNumber: Hashable, Sendable, CustomStringConvertible {
    /// Mobile or fixed line.
    public enum Kind: String, Sendable, CaseIterable {
        /// 10 digits, 0 + a 2-digit network prefix + 7 digits (after the 2018 migration).
        case mobile
        /// 11 digits, 02 + area code + subscriber (after the 2017 area-code change).
        case landline
    }

    /// The digits: 10 for a mobile, 11 for a landline.
    public var digits: String
    public var kind: Kind

    public var description: String { digits }
}
