/// Person-id figures for report.json.
public struct PersonIDStats: Sendable, Equatable, Codable {
    /// Clusters that kept a master person id because one of their record_ids was that person's.
    public var keptByRecordID = 0
    /// Clusters that kept a master person id through the same national ID and a compatible name.
    public var keptByNationalID = 0
    /// Clusters that got a new derived id.
    public var derived = 0
    /// Clusters that claimed a master id already kept by an earlier cluster (got a new id).
    public var masterConflicts = 0
    /// Clusters whose record_ids belonged to more than one master person (the persons merged;
    /// the cluster keeps the id of its earliest record's person).
    public var mergedMasterPersons = 0
    /// Records whose record_id was in the master but under a person with another name or
    /// birth year (the line now holds someone else); ignored for keeping ids.
    public var recordIDMismatches = 0
    /// Master persons no cluster kept.
    public var masterPersonsUnmatched = 0
    /// Derived ids moved to a retry because their first value was taken.
    public var collisionsResolved = 0

    /// An empty summary.
    public init() {}
}
