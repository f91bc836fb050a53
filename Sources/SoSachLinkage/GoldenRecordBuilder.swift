/// Picks the best value of each field among the records of one cluster (persons.csv).
///
/// Generic: a field is a column number chosen by the pipeline, a candidate is a cleaned value
/// (a String, as written in records.csv) with a quality rank (see ``GoldenRank``) and the
/// ordinal of its record. Feed one cluster, read the choices, ``reset()``, feed the next: the
/// pipeline can stream clusters from a spill file, and storage is reused between clusters.
///
/// The choice per field is: highest rank, then most records with that exact value (compared by
/// UTF-8 bytes), then the earliest record. Empty values are ignored. So a name with diacritics
/// (rank 1) wins over the same name without (rank 0), a full date over a year, a valid CCCD over
/// a damaged ID, and otherwise the most frequent value, ties to the earliest record.
public struct GoldenRecordBuilder: Sendable {
    private struct Tally {
        var value: String
        var rank: Int
        var count: Int
        var earliest: UInt32
    }

    private struct Field {
        var tallies: [Tally] = []
        var indexOfValue: [[UInt8]: Int] = [:]
        // (ordinal, rank, tally) of every candidate, for ``upgradedOrdinals(forField:)``.
        var candidates: [(ordinal: UInt32, rank: Int, tally: Int)] = []
    }

    private var fields: [Field]

    /// A builder for `fieldCount` fields, numbered 0..<fieldCount.
    public init(fieldCount: Int) {
        fields = Array(repeating: Field(), count: fieldCount)
    }

    /// Forgets the current cluster (keeps storage).
    public mutating func reset() {
        for i in fields.indices {
            fields[i].tallies.removeAll(keepingCapacity: true)
            fields[i].indexOfValue.removeAll(keepingCapacity: true)
            fields[i].candidates.removeAll(keepingCapacity: true)
        }
    }

    /// Adds one record's value of a field. Empty values are ignored.
    public mutating func add(_ value: String, rank: Int, ordinal: UInt32, field: Int) {
        if value.isEmpty { return }
        let index: Int
        if let i = find(value, in: field) {
            index = i
            var t = fields[field].tallies[i]
            t.count += 1
            t.rank = max(t.rank, rank)
            t.earliest = min(t.earliest, ordinal)
            fields[field].tallies[i] = t
        } else {
            index = fields[field].tallies.count
            if index >= Self.linearLimit {
                if index == Self.linearLimit {
                    for (i, t) in fields[field].tallies.enumerated() { fields[field].indexOfValue[Array(t.value.utf8)] = i }
                }
                fields[field].indexOfValue[Array(value.utf8)] = index
            }
            fields[field].tallies.append(Tally(value: value, rank: rank, count: 1, earliest: ordinal))
        }
        fields[field].candidates.append((ordinal, rank, index))
    }

    // Clusters are small: compare bytes in place up to this many distinct values, then index
    // them (a huge cluster must not go quadratic).
    private static let linearLimit = 16

    /// The tally holding exactly these bytes. Bytes, not String ==, which is canonical
    /// equivalence: the golden record keeps values byte for byte.
    private func find(_ value: String, in field: Int) -> Int? {
        let f = fields[field]
        if f.tallies.count > Self.linearLimit { return f.indexOfValue[Array(value.utf8)] }
        return f.tallies.firstIndex { $0.value.utf8.elementsEqual(value.utf8) }
    }

    /// The best value of a field, or nil when no record had one.
    public func choice(forField field: Int) -> GoldenChoice? {
        guard let best = bestTally(field) else { return nil }
        let t = fields[field].tallies[best]
        return GoldenChoice(value: t.value, rank: t.rank, count: t.count, earliestRecord: t.earliest,
                            candidateCount: fields[field].candidates.count)
    }

    /// The records whose value of this field has a lower rank than the chosen one, ascending.
    ///
    /// For the name field (rank 1 with diacritics, 0 without) these are the records whose name
    /// had no diacritics: persons.csv shows the chosen diacritic form for them, while their own
    /// records.csv rows keep what they had.
    public func upgradedOrdinals(forField field: Int) -> [UInt32] {
        guard let best = bestTally(field) else { return [] }
        let bestRank = fields[field].tallies[best].rank
        return fields[field].candidates
            .filter { $0.rank < bestRank }
            .map(\.ordinal)
            .sorted()
    }

    private func bestTally(_ field: Int) -> Int? {
        let tallies = fields[field].tallies
        guard !tallies.isEmpty else { return nil }
        var best = 0
        for i in tallies.indices.dropFirst() {
            let a = tallies[i], b = tallies[best]
            if (a.rank, a.count, -Int(a.earliest)) > (b.rank, b.count, -Int(b.earliest)) { best = i }
        }
        return best
    }
}
