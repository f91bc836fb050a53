/// Gives every cluster a person id: kept from a master file when the citizen is known, else
/// derived from the cluster's earliest record.
///
/// ## Rule
/// 1. With a master (`--master previous/persons.csv`), a cluster claims a master person:
///    - first by record_id: the person whose record_ids held one of the cluster's record_ids,
///      if that record fits the person (compatible name — same name key or loose key — and no
///      different birth year; a resubmitted file with inserted rows puts other citizens on old
///      lines). When records of the cluster point to several persons, the earliest record
///      decides and the cluster counts as a merge;
///    - else by national ID: the first master person with the linkable national ID of one of
///      its records (earliest record first), a compatible name and no different birth year.
/// 2. When two clusters claim one master person, the cluster with the earliest record keeps the
///    id; the other gets a derived id and a ``ReviewReason/masterConflict`` review pair
///    (earliest records of both clusters).
/// 3. Every other cluster gets ``PersonID`` derived from the record_id of its earliest record.
///    If that value is already used by a master id or by another cluster, the cluster with the
///    earliest record keeps it (a master id always wins) and the others retry with `#1`, `#2`, …
///
/// Everything is processed in cluster order (= order of earliest record), so ids are
/// deterministic. A derived id changes only if the cluster's earliest record changes (a new
/// earlier record, a merge): that is what the master file is for.
public struct PersonIDAssigner: Sendable {
    /// The previous run's persons, if any.
    public let master: MasterIndex?

    /// An assigner; without a master every id is derived.
    public init(master: MasterIndex? = nil) {
        self.master = master
    }

    /// Assigns ids. `recordID` gives the record_id (`source_file:source_line`) of an ordinal; it
    /// is called for the earliest record of each cluster, and with a master for every record.
    public func assign(_ result: LinkResult, recordID: (UInt32) -> String) -> PersonIDAssignment {
        assign(result, appendingRecordID: { ordinal, bytes in bytes.append(contentsOf: recordID(ordinal).utf8) })
    }

    /// The 48-bit value of the derived id (first attempt) of the earliest record of each
    /// cluster in `clusters`, from the record_id bytes that `appendingRecordID` appends. This
    /// hashing is most of an assignment; ranges of clusters can be done on different threads
    /// and handed to ``assign(_:firstValues:appendingRecordID:)``.
    public static func firstValues(_ result: LinkResult, clusters: Range<Int>,
                                   appendingRecordID: (UInt32, inout [UInt8]) -> Void) -> [UInt64] {
        var buffer: [UInt8] = []
        var values: [UInt64] = []
        values.reserveCapacity(clusters.count)
        for c in clusters {
            buffer.removeAll(keepingCapacity: true)
            appendingRecordID(result.earliestRecord(ofCluster: c), &buffer)
            values.append(PersonID.value(buffer, attempt: 0))
        }
        return values
    }

    /// Assigns ids, as ``assign(_:recordID:)`` does, with the record_id of an ordinal given as
    /// UTF-8 appended to a buffer: a run calls it for every person, and bytes need no String.
    /// `firstValues`, when given, holds ``firstValues(_:clusters:appendingRecordID:)`` of every
    /// cluster (in cluster order), so that the derived ids need no more hashing.
    public func assign(_ result: LinkResult, firstValues: [UInt64]? = nil,
                       appendingRecordID: (UInt32, inout [UInt8]) -> Void) -> PersonIDAssignment {
        precondition(firstValues == nil || firstValues!.count == result.clusterCount, "one first value per cluster")
        var buffer: [UInt8] = []
        // The record_id of an ordinal, in `buffer` (reused: no allocation per record).
        func recordID(_ ordinal: UInt32) -> [UInt8] {
            buffer.removeAll(keepingCapacity: true)
            appendingRecordID(ordinal, &buffer)
            return buffer
        }
        let n = result.clusterCount
        let unassigned = UInt64.max
        var codes = [UInt64](repeating: unassigned, count: n)
        var stats = PersonIDStats()
        var pairs: [ReviewPair] = []

        if let master {
            let membership = result.membership()
            var claims: [(person: UInt32, cluster: UInt32, byRecordID: Bool)] = []
            for c in 0..<n {
                let members = membership.members(ofCluster: c)
                var claimed: UInt32?
                var others = false
                for ordinal in members {
                    let record = result.records[Int(ordinal)]
                    guard let match = master.person(forRecordKey: LinkKey.hash(recordID(ordinal)), record: record) else { continue }
                    guard match.fits else { stats.recordIDMismatches += 1; continue }
                    if claimed == nil { claimed = match.person } else if match.person != claimed { others = true }
                }
                if others { stats.mergedMasterPersons += 1 }
                if let p = claimed {
                    claims.append((p, UInt32(c), true))
                    continue
                }
                for ordinal in members {
                    if let p = master.person(matchingIDOf: result.records[Int(ordinal)]) {
                        claims.append((p, UInt32(c), false))
                        break
                    }
                }
            }
            claims.sort { ($0.person, $0.cluster) < ($1.person, $1.cluster) }
            var previous: (person: UInt32, cluster: UInt32)?
            var keptPersons = 0
            for claim in claims {
                if let previous, previous.person == claim.person {
                    stats.masterConflicts += 1
                    let a = result.records[Int(result.earliestRecord(ofCluster: Int(previous.cluster)))]
                    let b = result.records[Int(result.earliestRecord(ofCluster: Int(claim.cluster)))]
                    pairs.append(ReviewPair(a, b, reason: .masterConflict, rule: nil))
                    continue
                }
                previous = (claim.person, claim.cluster)
                keptPersons += 1
                codes[Int(claim.cluster)] = PersonIDAssignment.masterFlag | UInt64(claim.person)
                if claim.byRecordID { stats.keptByRecordID += 1 } else { stats.keptByNationalID += 1 }
            }
            stats.masterPersonsUnmatched = master.count - keptPersons
        }

        // Derived ids: first values, then collisions found by sorting the values.
        var sorter = BlockSorter(capacity: n)
        for c in 0..<n where codes[c] == unassigned {
            let value = firstValues?[c] ?? PersonID.value(recordID(result.earliestRecord(ofCluster: c)), attempt: 0)
            codes[c] = value
            sorter.append(key: value, index: UInt32(c))
        }
        stats.derived = sorter.count
        sorter.sort()
        var collided: [UInt32] = []
        let used = sorter.keys
        let usedBy = sorter.indices
        var extra: Set<UInt64> = []
        // Values taken twice: the first cluster (ascending within a block) keeps it.
        sorter.forEachBlock { block in collided += block.dropFirst() }
        // Values taken by a master id: every cluster moves.
        for i in used.indices where master?.hasDerivedValue(used[i]) == true
            && (i == 0 || used[i - 1] != used[i]) {
            collided.append(usedBy[i])
        }
        collided.sort()
        for c in collided {
            let recordIDBytes = recordID(result.earliestRecord(ofCluster: Int(c)))
            var attempt = 1
            while true {
                let value = PersonID.value(recordIDBytes, attempt: attempt)
                let i = MasterIndex.lowerBound(used, value)
                let taken = (i < used.count && used[i] == value) || extra.contains(value)
                    || master?.hasDerivedValue(value) == true
                if !taken {
                    extra.insert(value)
                    codes[Int(c)] = value
                    break
                }
                attempt += 1
            }
            stats.collisionsResolved += 1
        }
        pairs.sort { ($0.first, $0.second) < ($1.first, $1.second) }
        return PersonIDAssignment(codes: codes, master: master, reviewPairs: pairs, stats: stats)
    }
}
