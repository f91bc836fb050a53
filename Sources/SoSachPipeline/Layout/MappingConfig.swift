import Foundation

/// The user's mapping file: per file-name pattern, settings that override what `ListFileReader`
/// detects (header rows, column → field, encoding, delimiter, default unit, list kind, year).
///
/// The file is JSON (UTF-8), documented in the README (section "The mapping file"):
///
/// ```json
/// {
///   "files": [
///     {
///       "pattern": "DS CDHT 2023 *.csv",
///       "encoding": "tcvn3",
///       "delimiter": ";",
///       "headerRows": [6, 7],
///       "columns": { "B": "full_name", "4": "birth_date", "Số CCCD": "national_id", "H": "ignore" },
///       "listKind": "citizens",
///       "year": 2023,
///       "defaultUnit": { "commune": "Quài Cang", "district": "Tuần Giáo", "province": "Điện Biên" }
///     }
///   ]
/// }
/// ```
///
/// - `pattern` (required): a shell glob (`*`, `?`, `[…]`) matched against the file's name, or
///   against the path as given on the command line when the pattern holds a `/`. The first rule
///   whose pattern matches applies; later rules are not merged in.
/// - `headerRows`: the 1-based physical lines of the header rows (merged in order); `[]` says the
///   file has no header (columns are then mapped by content and by `columns`).
/// - `columns`: keys are a column letter (`"B"`), a 1-based column number (`"2"`) or a header text
///   (matched like detected headers: exact, then without diacritics); values are a field name
///   (`full_name`, `family_name`, `middle_name`, `given_name`, `birth_date`, `gender`,
///   `national_id`, `phone`, `village`, `commune`, `district`, `province`, `address`), one of
///   `row_number`, `birth_date_male`, `birth_date_female`, `gender_male`, `gender_female`,
///   `ignore`, or an extra column name starting with `x_`. Columns not named keep their detected role.
/// - `encoding`: an encoding name as printed by `sosach inspect` (`utf-8`, `utf-16le`, `tcvn3`,
///   `vni`, `windows-1258` …). `delimiter`: one character, or `"tab"`.
/// - `listKind`: `citizens`, `family`, `clan`, `community`, `unit_office`. `year`: the list's year.
/// - `defaultUnit`: `village`, `commune`, `district`, `province` texts used as the file context.
public struct MappingConfig: Sendable, Hashable, Codable {
    /// The settings for the files whose name matches `pattern`.
    public struct FileRule: Sendable, Hashable, Codable {
        /// The glob the file name (or path, when the pattern holds a `/`) must match.
        public var pattern: String
        /// The input encoding name; nil = detect.
        public var encoding: String?
        /// The delimiter (one character or "tab"); nil = detect.
        public var delimiter: String?
        /// The header lines (1-based physical lines); nil = detect, `[]` = no header.
        public var headerRows: [Int]?
        /// Column (letter, 1-based number or header text) → role name.
        public var columns: [String: String]?
        /// The list kind name; nil = detect.
        public var listKind: ListKind?
        /// The list's year; nil = detect.
        public var year: Int?
        /// The default unit texts; nil = detect from titles and file name.
        public var defaultUnit: DefaultUnit?

        /// A rule for `pattern` with nothing overridden.
        public init(pattern: String, encoding: String? = nil, delimiter: String? = nil,
                    headerRows: [Int]? = nil, columns: [String: String]? = nil,
                    listKind: ListKind? = nil, year: Int? = nil, defaultUnit: DefaultUnit? = nil) {
            self.pattern = pattern
            self.encoding = encoding
            self.delimiter = delimiter
            self.headerRows = headerRows
            self.columns = columns
            self.listKind = listKind
            self.year = year
            self.defaultUnit = defaultUnit
        }
    }

    /// Unit texts the user gives as the context of a file.
    public struct DefaultUnit: Sendable, Hashable, Codable {
        /// The hamlet ("Bản Cang").
        public var village: String?
        /// The commune, without or with its type word ("Quài Cang", "xã Quài Cang").
        public var commune: String?
        /// The district (before 2025).
        public var district: String?
        /// The province.
        public var province: String?

        /// A default unit from its parts.
        public init(village: String? = nil, commune: String? = nil, district: String? = nil, province: String? = nil) {
            self.village = village
            self.commune = commune
            self.district = district
            self.province = province
        }
    }

    /// A mapping file or one of its rules is invalid. `description` follows the project's
    /// message format: `file: what`.
    public struct InvalidConfig: Error, CustomStringConvertible, Sendable {
        /// The mapping file's path (or "<memory>").
        public var path: String
        /// What is wrong, naming the rule and key.
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    /// The rules, in order of precedence.
    public var files: [FileRule]

    /// A configuration with the given rules.
    public init(files: [FileRule]) { self.files = files }

    /// Reads and validates a mapping file.
    public static func load(path: String) throws -> MappingConfig {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw InvalidConfig(path: path, message: "cannot read the mapping file: \(error.localizedDescription)")
        }
        return try decode(data, path: path)
    }

    /// Decodes and validates a mapping file's JSON.
    public static func decode(_ data: Data, path: String = "<memory>") throws -> MappingConfig {
        let config: MappingConfig
        do { config = try JSONDecoder().decode(MappingConfig.self, from: data) } catch let error as DecodingError {
            throw InvalidConfig(path: path, message: "not a valid mapping file: \(describe(error))")
        }
        try checkKeys(data, path: path)
        try config.validate(path: path)
        return config
    }

    /// The keys a rule may have: a misspelt key ("headerRow") is an error, not silently ignored.
    static let ruleKeys: Set<String> = ["pattern", "encoding", "delimiter", "headerRows", "columns", "listKind", "year", "defaultUnit"]
    static let unitKeys: Set<String> = ["village", "commune", "district", "province"]

    private static func checkKeys(_ data: Data, path: String) throws {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return }
        if let unknown = root.keys.sorted().first(where: { $0 != "files" }) {
            throw InvalidConfig(path: path, message: "unknown key '\(unknown)' (expected \"files\")")
        }
        for (i, rule) in ((root["files"] as? [[String: Any]]) ?? []).enumerated() {
            if let unknown = rule.keys.sorted().first(where: { !ruleKeys.contains($0) }) {
                throw InvalidConfig(path: path, message: "files[\(i)]: unknown key '\(unknown)'")
            }
            if let unit = rule["defaultUnit"] as? [String: Any], let unknown = unit.keys.sorted().first(where: { !unitKeys.contains($0) }) {
                throw InvalidConfig(path: path, message: "files[\(i)].defaultUnit: unknown key '\(unknown)'")
            }
        }
    }

    /// Checks every rule: known role names, one-character delimiters, header lines ≥ 1.
    public func validate(path: String = "<memory>") throws {
        for (i, rule) in files.enumerated() {
            let name = "files[\(i)] (pattern \"\(rule.pattern)\")"
            if rule.pattern.isEmpty { throw InvalidConfig(path: path, message: "\(name): empty pattern") }
            if let d = rule.delimiter, rule.delimiterByte == nil {
                throw InvalidConfig(path: path, message: "\(name): delimiter '\(d)' is not one ASCII character or \"tab\"")
            }
            if let rows = rule.headerRows, let bad = rows.first(where: { $0 < 1 }) {
                throw InvalidConfig(path: path, message: "\(name): header row \(bad) is not a line number (1-based)")
            }
            for (column, role) in (rule.columns ?? [:]).sorted(by: { $0.key < $1.key }) {
                if ColumnRole(name: role) == nil {
                    throw InvalidConfig(path: path, message: "\(name): column '\(column)': unknown field '\(role)'")
                }
                if column.trimmingCharacters(in: .whitespaces).isEmpty {
                    throw InvalidConfig(path: path, message: "\(name): empty column key")
                }
            }
        }
    }

    /// The first rule whose pattern matches `displayPath` (its file name, or the whole path when
    /// the pattern holds a `/`).
    public func rule(for displayPath: String) -> FileRule? {
        let fileName = (displayPath as NSString).lastPathComponent
        return files.first { rule in
            let subject = rule.pattern.contains("/") ? displayPath : fileName
            return Glob.matches(rule.pattern, subject)
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
            return "\(path(c).isEmpty ? "" : path(c) + ": ")\(c.debugDescription)"
        case .keyNotFound(let key, let c):
            return "\(path(c)): missing key '\(key.stringValue)'"
        @unknown default:
            return "\(error)"
        }
    }
}

extension MappingConfig.FileRule {
    /// The delimiter as a byte (`"tab"`, `"\t"` → 0x09), or nil when not set or invalid.
    public var delimiterByte: UInt8? {
        guard let d = delimiter else { return nil }
        if d == "tab" || d == "\\t" || d == "\t" { return 0x09 }
        let bytes = Array(d.utf8)
        guard bytes.count == 1, bytes[0] < 0x80, bytes[0] != 0x0A, bytes[0] != 0x0D else { return nil }
        return bytes[0]
    }
}
