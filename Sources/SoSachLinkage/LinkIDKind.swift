/// What the national ID of a ``LinkRecord`` is; decides whether it links and whether it forbids.
public enum LinkIDKind: UInt8, Sendable, Hashable, CaseIterable {
    /// No national ID.
    case none = 0
    /// A valid 12-digit CCCD / personal ID: links (with a compatible name) and forbids linking
    /// with any other valid CCCD (one person has one personal ID).
    case cccd = 1
    /// A 9-digit CMND: links (with a compatible name) but forbids nothing, since a citizen may
    /// appear with an old CMND in one list and a CCCD in another.
    case cmnd = 2
    /// Present but unusable (wrong length, bad checksum or province code): ignored for linking.
    case damaged = 3

    /// True for the kinds that the national-ID rule links on.
    public var isLinkable: Bool { self == .cccd || self == .cmnd }
}
