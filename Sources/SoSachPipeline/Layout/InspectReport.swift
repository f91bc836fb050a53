import Foundation
import SoSachText
import SoSachUnits

/// What `sosach inspect` prints for one file: the reader's decisions (encoding, dialect, column
/// mapping with evidence, context) and the line classification of the whole file, built by
/// streaming it once with `ListFileReader`. Reads the file only; writes nothing.
///
/// `json()` is the stable machine form (keys sorted, documented in the README (section "`sosach inspect --json`")
/// § "inspect --json"); `text()` the human one.
public struct InspectReport: Codable, Sendable, Hashable {
    /// Encoding decision.
    public struct EncodingPart: Codable, Sendable, Hashable {
        /// The encoding name (`utf-8`, `tcvn3` …).
        public var name: String
        /// 0…1, two decimals.
        public var confidence: Double
        /// The detector's reasons.
        public var evidence: [String]
        /// Column letter → encoding name, for columns decoded apart.
        public var columns: [String: String]
    }

    /// Dialect decision.
    public struct DialectPart: Codable, Sendable, Hashable {
        /// The delimiter character.
        public var delimiter: String
        /// The quote character; absent when quotes are not special.
        public var quote: String?
        /// The sniffer's reasons.
        public var evidence: [String]
    }

    /// Line counts and ranges.
    public struct LinesPart: Codable, Sendable, Hashable {
        /// Physical lines in the file.
        public var total: Int
        /// Lines per kind (every kind present, zeros included), plus `rejected` data lines.
        public var counts: [String: Int]
        /// Per kind, the line ranges ("1-2", "5").
        public var ranges: [String: [String]]
    }

    /// One column of a table.
    public struct ColumnPart: Codable, Sendable, Hashable {
        /// Spreadsheet letter.
        public var column: String
        /// 1-based column number.
        public var number: Int
        /// The merged header text ("Năm sinh Nam"); empty without a header.
        public var header: String
        /// The role name (`full_name`, `row_number`, `x_ghi_chu`, `ignore` …).
        public var role: String
        /// Why.
        public var evidence: [String]
    }

    /// One table.
    public struct TablePart: Codable, Sendable, Hashable {
        /// The physical lines of the header rows (empty: mapped by content).
        public var headerLines: [Int]
        /// `header`, `content`, `config`, `header+config`, `content+config`.
        public var source: String
        /// One per input column.
        public var columns: [ColumnPart]

        enum CodingKeys: String, CodingKey { case headerLines = "header_lines", source, columns }
    }

    /// The file context.
    public struct ContextPart: Codable, Sendable, Hashable {
        /// Unit texts as written in the titles or file name.
        public var village: String?
        public var commune: String?
        /// The commune's type word ("xã", "phường").
        public var communeType: String?
        public var district: String?
        public var province: String?
        /// The list's year.
        public var year: Int?
        /// `citizens`, `family`, `clan`, `community`, `unit_office`.
        public var listKind: String?
        /// Where each part came from.
        public var evidence: [String]
        /// The unit codes the texts resolved to (`legacy_province`, `province`, `legacy_district`,
        /// `legacy_commune`, `commune`, `epoch`), absent when nothing resolved.
        public var unitCodes: [String: String]?

        enum CodingKeys: String, CodingKey {
            case village, commune, communeType = "commune_type", district, province, year, listKind = "list_kind", evidence
            case unitCodes = "unit_codes"
        }
    }

    /// A problem the clean job would report.
    public struct Problem: Codable, Sendable, Hashable {
        /// The 1-based physical line.
        public var line: Int
        /// A reject reason (`layout.too_many_cells`) or a row flag (`layout.gender_both_columns`).
        public var code: String
        /// `file: line L, column C: what`.
        public var message: String
    }

    /// The file as given.
    public var file: String
    /// Encoding decision.
    public var encoding: EncodingPart
    /// Dialect decision.
    public var dialect: DialectPart
    /// Line counts and ranges.
    public var lines: LinesPart
    /// Every table found (one per header).
    public var tables: [TablePart]
    /// The extra columns kept in `records.csv`.
    public var extraColumns: [String]
    /// The file context.
    public var context: ContextPart
    /// The mapping-file rule applied, if any.
    public var configPattern: String?
    /// The first problems (at most `problemLimit`).
    public var problems: [Problem]
    /// How many problems there are in all.
    public var problemCount: Int

    enum CodingKeys: String, CodingKey {
        case file, encoding, dialect, lines, tables, extraColumns = "extra_columns", context
        case configPattern = "config_pattern", problems, problemCount = "problem_count"
    }

    /// How many problems are listed.
    public static let problemLimit = 10

    /// Streams `reader` to its end and builds the report.
    public static func build(reader: ListFileReader) throws -> InspectReport {
        let profile = reader.profile
        var counts: [LineKind: Int] = [:]
        var ranges: [LineKind: [ClosedRange<Int>]] = [:]
        var total = 0
        var rejected = 0
        var problems: [Problem] = []
        var problemCount = 0
        func note(_ kind: LineKind, _ first: Int, _ count: Int) {
            counts[kind, default: 0] += count
            let range = first...(first + count - 1)
            if let last = ranges[kind]?.last, last.upperBound + 1 == first {
                ranges[kind]![ranges[kind]!.count - 1] = last.lowerBound...range.upperBound
            } else {
                ranges[kind, default: []].append(range)
            }
        }
        while let item = try reader.next() {
            total += item.lineCount
            note(item.kind, item.line, item.lineCount)
            switch item {
            case .reject(let line, let reason, let message, _):
                rejected += item.lineCount
                problemCount += 1
                if problems.count < problemLimit { problems.append(Problem(line: line, code: reason, message: message)) }
            case .data(let row) where !row.flags.isEmpty:
                for flag in row.flags.sorted() where isProblem(flag) {
                    problemCount += 1
                    if problems.count < problemLimit {
                        problems.append(Problem(line: row.sourceLine, code: flag.code,
                                                message: "\(profile.displayPath): line \(row.sourceLine): \(flag.code)"))
                    }
                }
            default:
                break
            }
        }
        var countNames: [String: Int] = [:]
        var rangeNames: [String: [String]] = [:]
        for kind in LineKind.allCases {
            countNames[kind.rawValue] = counts[kind] ?? 0
            if let r = ranges[kind] { rangeNames[kind.rawValue] = r.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" } }
        }
        countNames["rejected"] = rejected
        let c = profile.context
        return InspectReport(
            file: profile.displayPath,
            encoding: EncodingPart(name: profile.encoding.name, confidence: (profile.encoding.confidence * 100).rounded() / 100,
                                   evidence: profile.encoding.evidence,
                                   columns: Dictionary(uniqueKeysWithValues: profile.encoding.columns.map { (ColumnAssignment.letter(of: $0.key), $0.value) })),
            dialect: DialectPart(delimiter: profile.dialect.delimiter, quote: profile.dialect.quote, evidence: profile.dialect.evidence),
            lines: LinesPart(total: total, counts: countNames, ranges: rangeNames),
            tables: reader.mappings.map(tablePart),
            extraColumns: reader.extraColumnNames,
            context: ContextPart(village: c.village, commune: c.commune, communeType: c.communeType, district: c.district,
                                 province: c.province, year: c.year, listKind: c.listKind?.rawValue, evidence: c.evidence,
                                 unitCodes: c.unit.map(unitCodes)),
            configPattern: profile.configPattern,
            problems: problems,
            problemCount: problemCount)
    }

    /// Row flags worth showing as problems: reading doubts, undecodable bytes, a gender marked
    /// twice; not the routine repairs (`enc.tcvn3` on every row of a legacy file) nor the layout's
    /// informative flags (`layout.village_from_heading`, `layout.gender_implied`).
    static func isProblem(_ flag: Flag) -> Bool {
        flag.code.hasPrefix("csv.") || flag.code == "enc.invalid" || flag.code == "enc.mojibake_lossy"
            || flag.code == "layout.gender_both_columns"
    }

    private static func unitCodes(_ u: UnitContext) -> [String: String] {
        var codes: [String: String] = [:]
        codes["legacy_province"] = u.legacyProvinceCode
        codes["province"] = u.provinceCode
        codes["legacy_district"] = u.legacyDistrictCode
        codes["legacy_commune"] = u.legacyCommuneCode
        codes["commune"] = u.communeCode
        codes["epoch"] = u.epoch?.rawValue
        return codes
    }

    private static func tablePart(_ mapping: ColumnMapping) -> TablePart {
        TablePart(headerLines: mapping.headerLines, source: mapping.source, columns: mapping.columns.map {
            ColumnPart(column: $0.letter, number: $0.column + 1, header: $0.header, role: $0.role.name, evidence: $0.evidence)
        })
    }

    /// The report as JSON: keys sorted, two-space indentation, no escaped slashes, LF at the end.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// Several reports as one JSON array (what `sosach inspect --json` prints).
    public static func json(_ reports: [InspectReport]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(reports), as: UTF8.self) + "\n"
    }
}
