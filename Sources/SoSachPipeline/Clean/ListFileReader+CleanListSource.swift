/// The layout step's reader is the job's source of classified lines (its `extraColumnNames`,
/// read after the stream, includes the columns of tables found further down).
extension ListFileReader: CleanListSource {
    var detectionReport: FileReport {
        var report = FileReport(sourceFile: profile.displayPath, bytes: 0)
        report.encoding = profile.encoding.name
        report.encodingConfidence = (profile.encoding.confidence * 1000).rounded() / 1000
        report.dialect = FileReport.Dialect(delimiter: profile.dialect.delimiter, quote: profile.dialect.quote)
        let context = profile.context
        var found: [String: String] = [:]
        if let village = context.village { found["village"] = village }
        if let commune = context.commune { found["commune"] = commune }
        if let district = context.district { found["district"] = district }
        if let province = context.province { found["province"] = province }
        if let year = context.year { found["year"] = String(year) }
        report.layout = FileReport.Layout(headerLines: profile.headerLines, listKind: context.listKind?.rawValue ?? "",
                                          context: found)
        report.mapping = profile.mapping.columns.map {
            FileReport.ColumnMap(column: $0.column + 1, header: $0.header, field: $0.role.name,
                                 evidence: $0.evidence.joined(separator: "; "))
        }
        return report
    }

    var fileContext: FileContext { profile.context }

    func nextLine() throws -> ListLine? { try next() }
}
