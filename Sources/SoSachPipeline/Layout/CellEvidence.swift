/// What the recognisers say about one non-empty cell: the content evidence `ColumnStats`
/// counts per column.
struct CellEvidence: Equatable, Sendable {
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt16
        static let year = Kinds(rawValue: 1 << 0)
        static let date = Kinds(rawValue: 1 << 1)
        static let phone = Kinds(rawValue: 1 << 2)
        static let id = Kinds(rawValue: 1 << 3)
        static let gender = Kinds(rawValue: 1 << 4)
        static let mark = Kinds(rawValue: 1 << 5)
        static let village = Kinds(rawValue: 1 << 6)
        static let commune = Kinds(rawValue: 1 << 7)
        static let name = Kinds(rawValue: 1 << 8)
        static let singleWord = Kinds(rawValue: 1 << 9)
    }

    /// The value of a small integer cell (an STT).
    var integer: Int?
    var kinds: Kinds = []
}
