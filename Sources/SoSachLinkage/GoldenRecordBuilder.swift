/// Picks the best value of each field among the records of one cluster (persons.csv).
///
/// Generic: a field is a column number chosen by the pipeline, a candidate is a cleaned value
/// (a String, or its UTF-8 bytes, as written in records.csv) with a quality rank (see
/// ``GoldenRank``) and the ordinal of its record. Values are kept as bytes in one buffer
/// reused from cluster to cluster. Feed one cluster, read the choices, ``reset()``, feed the next: the
/// pipeline can stream clusters from a spill file, and storage is reused between clusters.
///
/// The choice per field is: highest rank, then most records with that exact value (compared by
/// UTF-8 bytes), then the earliest record. Empty values are ignored. So a name with diacritics
/// (rank 1) wins over the same name without (rank 0), a full date over a year, a valid CCCD over
/// a damaged ID, and otherwise the most frequent value, ties to the earliest record.
public struct GoldenRecordBuilder: Sendable {
    private struct Tally {
        // The value's bytes: `storage[start..<start + length]`.
        var start: Int
        var length: Int
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
    // The bytes of every distinct value of the current cluster, one copy each (reused).
    private var storage: [UInt8] = []

    /// A builder for `fieldCount` fields, numbered 0..<fieldCount.
    public init(fieldCount: Int) {
        fields = Array(repeating: Field(), count: fieldCount)
    }

    /// Forgets the current cluster (keeps storage).
    public mutating func reset() {
        storage.removeAll(keepingCapacity: true)
        for i in fields.indices {
            fields[i].tallies.removeAll(keepingCapacity: true)
            if !fields[i].indexOfValue.isEmpty { fields[i].indexOfValue.removeAll(keepingCapacity: true) }
            fields[i].candidates.removeAll(keepingCapacity: true)
        }
    }

    /// Adds one record's value of a field. Empty values are ignored.
    public mutating func add(_ value: String, rank: Int, ordinal: UInt32, field: Int) {
        var value = value
        value.withUTF8 { add(bytes: $0, rank: rank, ordinal: ordinal, field: field) }
    }

    /// Adds one record's value of a field given as UTF-8 bytes (copied when new in the
    /// cluster). Empty values are ignored. The same choice as with Strings, without making one.
    public mutating func add(bytes value: UnsafeBufferPointer<UInt8>, rank: Int, ordinal: UInt32, field: Int) {
        if value.isEmpty { return }
        let index: Int
        if let i = find(value, in: field) {
            index = i
            fields[field].tallies[i].count += 1
            fields[field].tallies[i].rank = max(fields[field].tallies[i].rank, rank)
            fields[field].tallies[i].earliest = min(fields[field].tallies[i].earliest, ordinal)
        } else {
            index = fields[field].tallies.count
            if index >= Self.linearLimit {
                if index == Self.linearLimit {
                    for (i, t) in fields[field].tallies.enumerated() {
                        fields[field].indexOfValue[Array(storage[t.start..<(t.start + t.length)])] = i
                    }
                }
                fields[field].indexOfValue[Array(value)] = index
            }
            let start = storage.count
            storage.append(contentsOf: value)
            fields[field].tallies.append(Tally(start: start, length: value.count, rank: rank, count: 1, earliest: ordinal))
        }
        fields[field].candidates.append((ordinal, rank, index))
    }

    // Clusters are small: compare bytes in place up to this many distinct values, then index
    // them (a huge cluster must not go quadratic).
    private static let linearLimit = 16

    /// The tally holding exactly these bytes. Bytes, not String ==, which is canonical
    /// equivalence: the golden record keeps values byte for byte.
    private func find(_ value: UnsafeBufferPointer<UInt8>, in field: Int) -> Int? {
        let f = fields[field]
        if f.tallies.count > Self.linearLimit { return f.indexOfValue[Array(value)] }
        return storage.withUnsafeBufferPointer { stored in
            for (i, t) in f.tallies.enumerated() where t.length == value.count
                && memoryEqual(stored.baseAddress! + t.start, value.baseAddress!, t.length) {
                return i
            }
            return nil
        }
    }

    private func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for i in 0..<count where a[i] != b[i] { return false }
        return true
    }

    /// The best value of a field, or nil when no record had one.
    public func choice(forField field: Int) -> GoldenChoice? {
        guard let best = bestTally(field) else { return nil }
        let t = fields[field].tallies[best]
        let value = String(decoding: storage[t.start..<(t.start + t.length)], as: UTF8.self)
        return GoldenChoice(value: value, rank: t.rank, count: t.count, earliestRecord: t.earliest,
                            candidateCount: fields[field].candidates.count)
    }

    /// Calls `body` with the bytes of the best value of a field (empty when no record had one)
    /// and the earliest record with that value (nil when none): ``choice(forField:)`` without
    /// making a String.
    public func withChoice<R>(forField field: Int, _ body: (UnsafeBufferPointer<UInt8>, UInt32?) throws -> R) rethrows -> R {
        guard let best = bestTally(field) else { return try body(UnsafeBufferPointer(start: nil, count: 0), nil) }
        let t = fields[field].tallies[best]
        return try storage.withUnsafeBufferPointer { stored in
            try body(UnsafeBufferPointer(rebasing: stored[t.start..<(t.start + t.length)]), t.earliest)
        }
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

    /// How many records ``upgradedOrdinals(forField:)`` lists, without listing them.
    public func upgradedCount(forField field: Int) -> Int {
        guard let best = bestTally(field) else { return 0 }
        let bestRank = fields[field].tallies[best].rank
        var count = 0
        for c in fields[field].candidates where c.rank < bestRank { count += 1 }
        return count
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
