/// What the job reads from one input file: the detection results and the classified lines.
/// `ListFileReader` (the layout step) is the source used by `sosach clean`; tests may feed
/// lines directly.
protocol CleanListSource: AnyObject {
    /// The detection results (encoding, dialect, layout, mapping) with no counts yet.
    var detectionReport: FileReport { get }
    /// The commune/district/province, year and list kind found for the file.
    var fileContext: FileContext { get }
    /// The names (`x_…`) of the unmapped columns kept, aligned with `DataRow.extras`.
    var extraColumnNames: [String] { get }
    /// The next classified line, or nil at the end. Throws only for I/O errors.
    func nextLine() throws -> ListLine?
}
