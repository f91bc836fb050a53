import SoSachText
@testable import SoSachLinkage

/// Builds a LinkRecord from readable values (the kind of a national ID is inferred from its
/// length: 12 digits CCCD, 9 CMND, other damaged).
func rec(
    _ ordinal: UInt32, _ name: String = "", diacritics: Bool = true,
    birth: LinkDate = .unknown, gender: LinkGender = .unknown,
    id: String = "", phone: String = "", commune: Int32 = 0
) -> LinkRecord {
    let kind: LinkIDKind
    switch id.count {
    case 0: kind = .none
    case 12: kind = .cccd
    case 9: kind = .cmnd
    default: kind = .damaged
    }
    return LinkRecord(ordinal: ordinal, foldedName: name, nameHasDiacritics: diacritics, birth: birth,
                      gender: gender, nationalID: id, idKind: kind, phone: phone, commune: commune)
}

func date(_ y: Int, _ m: Int = 0, _ d: Int = 0) -> LinkDate { LinkDate(year: y, month: m, day: d) }

/// The partition of a result as sorted groups of ordinals (singletons included), comparable
/// across runs.
func groups(_ result: LinkResult) -> [[UInt32]] {
    let m = result.membership()
    return (0..<m.count).map { Array(m.members(ofCluster: $0)) }
}

/// Groups of at least two records.
func links(_ result: LinkResult) -> [[UInt32]] { groups(result).filter { $0.count > 1 } }

func link(_ records: [LinkRecord], options: DeterministicLinker.Options = .init()) -> LinkResult {
    DeterministicLinker(options: options).link(records)
}

/// SplitMix64: a small seeded generator so shuffles and synthetic data repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
