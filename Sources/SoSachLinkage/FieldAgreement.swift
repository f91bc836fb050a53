/// How two records compare, field by field: the per-field reasons of a review pair.
///
/// Each outcome is one byte so that the reasons of a pair cost nothing to keep; ``description``
/// renders them as `name=same;birth_date=differs;…` for review.csv.
public struct FieldAgreement: Sendable, Hashable, CustomStringConvertible {
    /// The outcome of comparing one field.
    public enum Outcome: UInt8, Sendable, Hashable, CaseIterable {
        /// One or both records have no value.
        case missing = 0
        /// Equal.
        case same = 1
        /// Not equal but not contradicting: loose name key equal, or a less precise date that fits.
        case similar = 2
        /// Different.
        case differs = 3
        /// Different in a way that forbids a link (two valid CCCDs, two known genders).
        case conflict = 4

        /// The word written in review.csv.
        public var name: String {
            switch self {
            case .missing: "missing"
            case .same: "same"
            case .similar: "similar"
            case .differs: "differs"
            case .conflict: "conflict"
            }
        }
    }

    /// Name keys: same full key, same loose key (similar), or different.
    public var name: Outcome
    /// Birth dates: equal, compatible but less precise (similar), or contradicting (differs).
    public var birthDate: Outcome
    /// Genders: equal, or both known and different (conflict).
    public var gender: Outcome
    /// Linkable national IDs: equal, two different CCCDs (conflict), or otherwise different.
    public var nationalID: Outcome
    /// Phones.
    public var phone: Outcome
    /// 2025 communes.
    public var commune: Outcome

    /// Compares two records.
    public init(_ a: LinkRecord, _ b: LinkRecord) {
        if a.nameKey == 0 || b.nameKey == 0 {
            name = .missing
        } else if a.nameKey == b.nameKey {
            name = .same
        } else {
            name = a.looseNameKey == b.looseNameKey ? .similar : .differs
        }
        if a.birth.raw == 0 || b.birth.raw == 0 {
            birthDate = .missing
        } else if a.birth == b.birth {
            birthDate = .same
        } else {
            birthDate = a.birth.isCompatible(with: b.birth) ? .similar : .differs
        }
        if a.gender == .unknown || b.gender == .unknown {
            gender = .missing
        } else {
            gender = a.gender == b.gender ? .same : .conflict
        }
        if a.idKind == .none || b.idKind == .none || a.idKind == .damaged || b.idKind == .damaged {
            nationalID = .missing
        } else if a.idKind == b.idKind && a.nationalID == b.nationalID {
            nationalID = .same
        } else {
            nationalID = (a.idKind == .cccd && b.idKind == .cccd) ? .conflict : .differs
        }
        phone = (a.phone == 0 || b.phone == 0) ? .missing : (a.phone == b.phone ? .same : .differs)
        commune = (a.commune == 0 || b.commune == 0) ? .missing : (a.commune == b.commune ? .same : .differs)
    }

    /// Field names and outcomes in review.csv order.
    public var fields: [(field: String, outcome: Outcome)] {
        [("name", name), ("birth_date", birthDate), ("gender", gender),
         ("national_id", nationalID), ("phone", phone), ("commune", commune)]
    }

    /// A fixed-weight match score in 0...1 (a logistic of summed log2 Bayes-factor-like weights).
    ///
    /// The weights are set by hand from what each agreement means on these lists (an equal CCCD
    /// is near proof, households share phones and communes), not estimated: the probabilistic
    /// scoring of a later issue replaces them. Only the order of scores matters for review.
    public var score: Double {
        var w = -6.0
        w += weight(name, same: 4, similar: 2, differs: -4)
        w += weight(birthDate, same: 5, similar: 1.5, differs: -4)
        w += weight(gender, same: 0.5, similar: 0, differs: 0, conflict: -10)
        w += weight(nationalID, same: 10, similar: 0, differs: -2, conflict: -12)
        w += weight(phone, same: 2, similar: 0, differs: -0.5)
        w += weight(commune, same: 2, similar: 0, differs: -1)
        let p = 1.0 / (1.0 + pow2(-w))
        return (p * 1000).rounded() / 1000
    }

    private func weight(
        _ o: Outcome, same: Double, similar: Double, differs: Double, conflict: Double? = nil
    ) -> Double {
        switch o {
        case .missing: 0
        case .same: same
        case .similar: similar
        case .differs: differs
        case .conflict: conflict ?? differs
        }
    }

    // 2^x without Foundation (the module stays free of Foundation).
    private func pow2(_ x: Double) -> Double {
        var result = 1.0
        let n = Int(x.rounded(.down))
        let frac = x - Double(n)
        let base = n >= 0 ? 2.0 : 0.5
        for _ in 0..<abs(n) { result *= base }
        // e^(frac·ln2) by its series: frac is in [0, 1), eight terms are exact to 1e-9.
        let y = frac * 0.693_147_180_559_945_3
        var term = 1.0
        var sum = 1.0
        for k in 1...8 { term *= y / Double(k); sum += term }
        return result * sum
    }

    /// `name=same;birth_date=differs;gender=missing;national_id=conflict;phone=same;commune=same`
    public var description: String {
        fields.map { "\($0.field)=\($0.outcome.name)" }.joined(separator: ";")
    }
}
