import Foundation

extension InspectReport {
    /// The report for people: one block per file, plain text, LF line ends.
    public func text() -> String {
        var out = "== \(file)\n"
        let confidence = String(format: "%.2f", encoding.confidence)
        out += "encoding: \(encoding.name) (confidence \(confidence))"
        out += encoding.evidence.isEmpty ? "\n" : ": \(encoding.evidence.joined(separator: "; "))\n"
        for (column, name) in encoding.columns.sorted(by: { $0.key < $1.key }) { out += "  column \(column): \(name)\n" }
        out += "dialect: delimiter \(InspectReport.show(dialect.delimiter)), quote \(dialect.quote.map(InspectReport.show) ?? "none")"
        out += dialect.evidence.isEmpty ? "\n" : ": \(dialect.evidence.joined(separator: "; "))\n"
        let present = LineKind.allCases.filter { (lines.counts[$0.rawValue] ?? 0) > 0 }
        out += "lines: \(lines.total) (" + present.map { "\($0.rawValue) \(lines.counts[$0.rawValue]!)" }.joined(separator: ", ")
        if let r = lines.counts["rejected"], r > 0 { out += "; \(r) rejected" }
        out += ")\n"
        for kind in present { out += "  \(kind.rawValue): \((lines.ranges[kind.rawValue] ?? []).joined(separator: ", "))\n" }
        for (n, table) in tables.enumerated() {
            let headers = table.headerLines.isEmpty ? "no header" : "header line\(table.headerLines.count > 1 ? "s" : "") "
                + table.headerLines.map(String.init).joined(separator: ", ")
            out += "table \(n + 1) (\(headers); mapped from \(table.source)):\n"
            for c in table.columns {
                let header = c.header.isEmpty ? "" : " \"\(c.header)\""
                out += "  \(c.column)\(header) -> \(c.role)"
                out += c.evidence.isEmpty ? "\n" : "  [\(c.evidence.joined(separator: "; "))]\n"
            }
        }
        if !extraColumns.isEmpty { out += "extra columns: \(extraColumns.joined(separator: ", "))\n" }
        var parts: [String] = []
        if let v = context.village { parts.append("village \"\(v)\"") }
        if let v = context.commune { parts.append("commune \"\(v)\"" + (context.communeType.map { " (\($0))" } ?? "")) }
        if let v = context.district { parts.append("district \"\(v)\"") }
        if let v = context.province { parts.append("province \"\(v)\"") }
        if let v = context.year { parts.append("year \(v)") }
        if let v = context.listKind { parts.append("list kind \(v)") }
        out += "context: \(parts.isEmpty ? "none found" : parts.joined(separator: ", "))\n"
        if let codes = context.unitCodes, !codes.isEmpty {
            out += "  unit codes: " + codes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        }
        for e in context.evidence { out += "  \(e)\n" }
        if let configPattern { out += "mapping file rule: \"\(configPattern)\"\n" }
        if problemCount == 0 {
            out += "problems: none\n"
        } else {
            out += "problems: \(problemCount)" + (problemCount > problems.count ? " (first \(problems.count))" : "") + "\n"
            for p in problems { out += "  line \(p.line): \(p.code): \(p.message)\n" }
        }
        return out
    }

    private static func show(_ s: String) -> String {
        switch s {
        case "\t": return "tab"
        case " ": return "space"
        default: return "'\(s)'"
        }
    }
}
