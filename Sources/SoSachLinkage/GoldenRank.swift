/// The quality ranks the pipeline gives ``GoldenRecordBuilder`` candidates (higher is better).
public enum GoldenRank {
    /// Any field without a quality order: every value ranks the same, frequency decides.
    public static let plain = 0

    /// A name: 1 with Vietnamese diacritics, 0 without.
    public static func name(hasDiacritics: Bool) -> Int { hasDiacritics ? 1 : 0 }

    /// A birth date: its precision (3 full date, 2 year and month, 1 year).
    public static func date(_ date: LinkDate) -> Int { date.precision }

    /// A national ID: 3 valid CCCD, 2 CMND, 1 damaged, 0 none.
    public static func nationalID(_ kind: LinkIDKind) -> Int {
        switch kind {
        case .cccd: 3
        case .cmnd: 2
        case .damaged: 1
        case .none: 0
        }
    }
}
