/// A problem in linkage input that the caller must fix (for now: the master file).
public struct LinkageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public enum Kind: Sendable, Equatable {
        /// Two master persons have the same person_id (their positions among the added rows).
        case duplicateMasterPersonID(id: String, firstRow: Int, secondRow: Int)
    }

    /// What is wrong.
    public var kind: Kind

    /// A one-line message; the pipeline prefixes the file name and turns rows into lines.
    public var description: String {
        switch kind {
        case let .duplicateMasterPersonID(id, first, second):
            "person_id '\(id)' appears twice in the master file (rows \(first + 1) and \(second + 1))"
        }
    }

    static func duplicateMasterPersonID(_ id: String, _ first: Int, _ second: Int) -> LinkageError {
        LinkageError(kind: .duplicateMasterPersonID(id: id, firstRow: first, secondRow: second))
    }
}
