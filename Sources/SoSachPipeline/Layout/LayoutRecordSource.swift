/// Where the layout engine pulls records from: the reader's CSV + decoding pipeline, or an array
/// in tests. Returns nil at the end.
protocol LayoutRecordSource: AnyObject {
    /// The next record, or nil at the end of the input.
    func nextRecord() throws -> LayoutRecord?
    /// The number of physical lines of the input, known once `nextRecord()` returned nil; nil if
    /// the source cannot tell (lines after the last record are then not reported).
    var physicalLineCount: Int? { get }
}
