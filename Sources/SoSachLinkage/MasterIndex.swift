/// The persons of a previous run (its persons.csv), to keep their person ids (`--master`).
///
/// Holds per person its id, name keys, birth year, and two sorted lookups: record_id hash →
/// person and national ID → person. About 40 bytes per person plus 12 per record_id.
/// Build it with ``Builder``; ``PersonIDAssigner`` uses it.
public struct MasterIndex: Sendable {
    let personIDs: [String]
    let nameKeys: [UInt64]
    let looseNameKeys: [UInt64]
    let birthYears: [UInt16]
    // Sorted (key, person) lookups; equal keys hold persons ascending.
    let idKeys: [UInt64]
    let idPersons: [UInt32]
    let recordKeys: [UInt64]
    let recordPersons: [UInt32]
    // Values of the ids in derived format ("P" + 12 hex), sorted: new ids must avoid them.
    let derivedValues: [UInt64]

    /// Number of persons.
    public var count: Int { personIDs.count }

    /// The person id of the person at `index` (order of ``Builder/add(personID:nationalID:idKind:nameKey:looseNameKey:birth:recordIDs:)``).
    public func personID(at index: Int) -> String { personIDs[index] }

    /// Collects the rows of a previous persons.csv.
    public struct Builder: Sendable {
        private var personIDs: [String] = []
        private var nameKeys: [UInt64] = []
        private var looseNameKeys: [UInt64] = []
        private var birthYears: [UInt16] = []
        private var ids = BlockSorter(capacity: 0)
        private var records = BlockSorter(capacity: 0)

        /// An empty builder.
        public init() {}

        /// Adds one person: its id, national ID (digits as an integer, with its kind), name keys
        /// (as ``LinkKey/nameKeys(folded:)`` gives them), birth date and record_ids.
        public mutating func add(
            personID: String, nationalID: UInt64, idKind: LinkIDKind,
            nameKey: UInt64, looseNameKey: UInt64, birth: LinkDate,
            recordIDs: some Sequence<String>
        ) {
            let index = UInt32(personIDs.count)
            personIDs.append(personID)
            nameKeys.append(nameKey)
            looseNameKeys.append(looseNameKey)
            birthYears.append(UInt16(birth.year))
            if idKind.isLinkable && nationalID != 0 {
                ids.append(key: LinkKey.combine(UInt64(idKind.rawValue), nationalID), index: index)
            }
            for recordID in recordIDs where !recordID.isEmpty {
                records.append(key: LinkKey.hash(recordID), index: index)
            }
        }

        /// Adds one person from field texts (see ``LinkRecord/init(ordinal:foldedName:nameHasDiacritics:birth:gender:nationalID:idKind:phone:commune:)``).
        public mutating func add(
            personID: String, nationalID: String, idKind: LinkIDKind,
            foldedName: String, birth: LinkDate, recordIDs: some Sequence<String>
        ) {
            let keys = LinkKey.nameKeys(folded: foldedName)
            add(personID: personID, nationalID: LinkKey.digits(nationalID), idKind: idKind,
                nameKey: keys.full, looseNameKey: keys.loose, birth: birth, recordIDs: recordIDs)
        }

        /// The index; throws when two persons have the same person id.
        public consuming func build() throws(LinkageError) -> MasterIndex {
            var byID = BlockSorter(capacity: personIDs.count)
            for (i, id) in personIDs.enumerated() { byID.append(key: LinkKey.hash(id), index: UInt32(i)) }
            byID.sort()
            var duplicate: LinkageError?
            byID.forEachBlock { block in
                guard duplicate == nil else { return }
                let members = Array(block)
                for x in members.indices {
                    for y in members.indices where y > x
                        && Array(personIDs[Int(members[x])].utf8) == Array(personIDs[Int(members[y])].utf8) {
                        duplicate = .duplicateMasterPersonID(personIDs[Int(members[x])], Int(members[x]), Int(members[y]))
                        return
                    }
                }
            }
            if let duplicate { throw duplicate }
            ids.sort()
            records.sort()
            let derived = personIDs.compactMap(PersonID.parse).sorted()
            return MasterIndex(
                personIDs: personIDs, nameKeys: nameKeys, looseNameKeys: looseNameKeys,
                birthYears: birthYears, idKeys: ids.keys, idPersons: ids.indices,
                recordKeys: records.keys, recordPersons: records.indices, derivedValues: derived)
        }
    }

    // MARK: Lookups

    /// The first index in a sorted array whose value is >= `key`.
    static func lowerBound(_ array: [UInt64], _ key: UInt64) -> Int {
        var lo = 0, hi = array.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if array[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The person whose record_ids held this record_id (the first one when several did), if
    /// that person could be this record: compatible name and birth year.
    ///
    /// A record_id is a file and a line; a resubmitted file with rows inserted puts another
    /// citizen on the old line, and that citizen must not inherit the old person id.
    /// `key` is the record_id's ``LinkKey/hash(_:)-(String)``.
    func person(forRecordKey key: UInt64, record: LinkRecord) -> (person: UInt32, fits: Bool)? {
        let i = Self.lowerBound(recordKeys, key)
        guard i < recordKeys.count && recordKeys[i] == key else { return nil }
        let p = recordPersons[i]
        return (p, fits(record, Int(p), nameRequired: false))
    }

    /// The first person (by index) with this record's national ID and a compatible name and
    /// birth year.
    func person(matchingIDOf record: LinkRecord) -> UInt32? {
        guard record.idKind.isLinkable && record.nationalID != 0 else { return nil }
        let key = LinkKey.combine(UInt64(record.idKind.rawValue), record.nationalID)
        var i = Self.lowerBound(idKeys, key)
        while i < idKeys.count && idKeys[i] == key {
            if fits(record, Int(idPersons[i]), nameRequired: true) { return idPersons[i] }
            i += 1
        }
        return nil
    }

    /// Whether a record could be master person `p`: names compatible (same name key or same
    /// loose key; a missing name passes unless `nameRequired`) and birth years equal when both
    /// are known.
    private func fits(_ record: LinkRecord, _ p: Int, nameRequired: Bool) -> Bool {
        let nameOK: Bool
        if record.nameKey == 0 || nameKeys[p] == 0 {
            nameOK = !nameRequired
        } else {
            nameOK = record.nameKey == nameKeys[p]
                || (record.looseNameKey != 0 && record.looseNameKey == looseNameKeys[p])
        }
        let year = UInt16(record.birth.year)
        return nameOK && (year == 0 || birthYears[p] == 0 || year == birthYears[p])
    }

    /// True when a derived-format id of the master has this 48-bit value.
    func hasDerivedValue(_ value: UInt64) -> Bool {
        let i = Self.lowerBound(derivedValues, value)
        return i < derivedValues.count && derivedValues[i] == value
    }
}
