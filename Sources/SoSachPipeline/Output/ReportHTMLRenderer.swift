import SoSachLinkage

/// Renders `report.html`: one self-contained page (inline CSS and SVG, no script, no network)
/// that a person reads to see what a run did. It shows the same data as report.json except the
/// timings, so the page is byte-identical across reruns.
public enum ReportHTMLRenderer {
    /// Files listed in the per-file table; a province run has thousands, which no one reads
    /// in a page (report.json lists them all).
    public static let maxFilesListed = 300
    /// Files whose column mapping is shown.
    public static let maxMappingsListed = 30

    /// The page for `report`.
    public static func render(_ report: RunReport) -> String {
        let totals = report.totals
        let linking = report.linking
        var html = """
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <title>SoSach – báo cáo làm sạch (clean report)</title>
        <style>
        body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:78em}
        h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}
        table{border-collapse:collapse;margin:.5em 0;font-size:.9em}
        th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
        th{background:#f2f2f2}td.n{text-align:right;font-variant-numeric:tabular-nums}
        .muted{color:#666}code{font-size:.95em}
        </style>
        </head>
        <body>
        <h1>SoSach – clean report</h1>
        <p class="muted">\(escape(report.generator)) · run \(escape(report.runSignature)) · tone style \(escape(report.options.toneStyle))\(report.options.excel ? " · Excel mode" : "")</p>

        """
        html += "<h2>Summary</h2>\n<table>\n"
        for (label, value) in [
            ("Files", totals.files), ("Data rows", totals.dataRows), ("Records (records.csv)", totals.records),
            ("Rejected rows (rejects.csv)", totals.rejects), ("Persons (persons.csv)", linking.persons),
            ("Records linked to another record", linking.linkedRecords),
            ("Persons with 2+ records", linking.multiRecordPersons),
            ("Names given their diacritics in persons.csv", linking.namesUpgraded),
            ("Person ids kept from --master", linking.personIds.keptByRecordID + linking.personIds.keptByNationalID),
            ("Pairs to review (review.csv)", linking.reviewPairs),
        ] {
            html += "<tr><th>\(escape(label))</th><td class=\"n\">\(value)</td></tr>\n"
        }
        html += "</table>\n"

        html += "<h2>Lines by kind</h2>\n" + barChart(totals.lines)
        html += "<h2>Units by status (2025 units)</h2>\n" + barChart(totals.units)
        html += "<h2>Repairs and doubts by flag</h2>\n" + barChart(totals.flags)
        html += "<h2>Rejected rows by reason</h2>\n" + barChart(totals.rejectsByReason)
        html += "<h2>Linking</h2>\n<p>Links made by rule:</p>\n" + barChart(linking.stats.linksByRule)
        html += "<p>Links refused (kept apart, listed in review.csv) by reason:</p>\n" + barChart(linking.stats.refusedByReason)
        html += "<p>Largest person: \(linking.stats.largestCluster) records; persons of one record: \(linking.stats.singletons).</p>\n"

        html += "<h2>Files</h2>\n<table>\n<tr><th>File</th><th>Encoding</th><th>Delimiter</th><th>Header lines</th>"
            + "<th>List kind</th><th>Context</th><th>Lines</th><th>Records</th><th>Rejects</th></tr>\n"
        for file in report.files.prefix(maxFilesListed) {
            let context = file.layout.context.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ")
            let lines = file.lines.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            html += "<tr><td><code>\(escape(file.sourceFile))</code></td>"
                + "<td>\(escape(file.encoding)) (\(percent(file.encodingConfidence)))</td>"
                + "<td><code>\(escape(visible(file.dialect.delimiter)))</code></td>"
                + "<td>\(escape(file.layout.headerLines.map(String.init).joined(separator: ", ")))</td>"
                + "<td>\(escape(file.layout.listKind))</td><td>\(escape(context))</td>"
                + "<td>\(escape(lines))</td><td class=\"n\">\(file.records)</td><td class=\"n\">\(file.rejects)</td></tr>\n"
        }
        html += "</table>\n"
        if report.files.count > maxFilesListed {
            html += "<p class=\"muted\">… and \(report.files.count - maxFilesListed) more files: see report.json.</p>\n"
        }

        html += "<h2>Column mapping</h2>\n"
        let mapped = report.files.filter { !$0.mapping.isEmpty }
        if mapped.count > maxMappingsListed {
            html += "<p class=\"muted\">The first \(maxMappingsListed) of \(mapped.count) files; report.json has every mapping.</p>\n"
        }
        for file in mapped.prefix(maxMappingsListed) {
            html += "<p><code>\(escape(file.sourceFile))</code></p>\n<table>\n<tr><th>#</th><th>Header</th><th>Field</th><th>Evidence</th></tr>\n"
            for column in file.mapping {
                html += "<tr><td class=\"n\">\(column.column)</td><td>\(escape(column.header))</td>"
                    + "<td><code>\(escape(column.field))</code></td><td>\(escape(column.evidence))</td></tr>\n"
            }
            html += "</table>\n"
        }

        html += "<h2>Top problems</h2>\n"
        if report.problems.isEmpty {
            html += "<p>None.</p>\n"
        } else {
            html += "<p class=\"muted\">National IDs and phone numbers are masked.</p>\n<table>\n"
                + "<tr><th>Problem</th><th>Count</th><th>Examples</th></tr>\n"
            for problem in report.problems {
                let examples = problem.examples.map {
                    "<code>\(escape($0.recordId))</code> \(escape($0.value))"
                }.joined(separator: "<br>")
                html += "<tr><td><code>\(escape(problem.code))</code></td><td class=\"n\">\(problem.count)</td><td>\(examples)</td></tr>\n"
            }
            html += "</table>\n"
        }
        html += "</body>\n</html>\n"
        return html
    }

    /// A horizontal bar chart in inline SVG, largest first (ties by code), with a table
    /// fallback for screen readers in the `<title>` of each bar.
    static func barChart(_ counts: [String: Int]) -> String {
        let items = counts.filter { $0.value > 0 }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let maximum = items.first?.value else { return "<p>None.</p>\n" }
        let rowHeight = 20, labelWidth = 220, barWidth = 360
        let height = items.count * rowHeight + 4
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 80)\" height=\"\(height)\" "
            + "role=\"img\" font-family=\"sans-serif\" font-size=\"12\">\n"
        for (index, item) in items.enumerated() {
            let y = index * rowHeight + 2
            let width = max(1, item.value * barWidth / maximum)
            svg += "<g><title>\(escape(item.key)): \(item.value)</title>"
                + "<text x=\"0\" y=\"\(y + 14)\">\(escape(item.key))</text>"
                + "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"14\" fill=\"#4a7ab5\"/>"
                + "<text x=\"\(labelWidth + width + 4)\" y=\"\(y + 14)\">\(item.value)</text></g>\n"
        }
        return svg + "</svg>\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }

    private static func visible(_ delimiter: String) -> String { delimiter == "\t" ? "TAB" : delimiter }
}
