import Foundation
import SoSachLinkage

/// The model of `report.json`: the whole run as data. Written with sorted keys, two-space
/// indentation and snake_case keys (see `RunReport.encoded()`); the README documents every key.
///
/// Everything except `timings` depends only on the inputs and the output-shaping options, so
/// two runs give the same report apart from that object (and `--no-timings` leaves it out,
/// making report.json byte-identical too).
public struct RunReport: Codable, Sendable, Equatable {
    /// The options that shape the outputs (not `--jobs`, `--quiet`, `--force`: they do not).
    public struct Options: Codable, Sendable, Equatable {
        public var toneStyle: String
        public var excel: Bool
        public var config: String?
        public var master: String?
        public var rejectThresholdPercent: Double
    }

    /// Counts over all files.
    public struct Totals: Codable, Sendable, Equatable {
        public var files: Int
        public var lines: [String: Int]
        public var dataRows: Int
        public var records: Int
        public var rejects: Int
        public var rejectsByReason: [String: Int]
        public var flags: [String: Int]
        public var units: [String: Int]
    }

    /// What linking found.
    public struct Linking: Codable, Sendable, Equatable {
        /// Distinct citizens (rows of persons.csv).
        public var persons: Int
        /// Persons made of two or more records.
        public var multiRecordPersons: Int
        /// Records that share their person with at least one other record.
        public var linkedRecords: Int
        /// Records whose name had no diacritics while their person's name (persons.csv) has.
        public var namesUpgraded: Int
        /// Rows of review.csv.
        public var reviewPairs: Int
        /// The linker's figures: unions by rule, refused unions by reason, largest cluster …
        public var stats: LinkStats
        /// How person ids were given: kept from `--master` (by record id, by national ID),
        /// derived, conflicts.
        public var personIds: PersonIDStats
    }

    /// One kind of problem (a reject reason or a flag) with its count and a few examples.
    public struct Problem: Codable, Sendable, Equatable {
        /// `reject.<reason>` or `flag.<code>`.
        public var code: String
        public var count: Int
        public var examples: [Example]
    }

    /// An example of a problem; national IDs and phone numbers are masked.
    public struct Example: Codable, Sendable, Equatable {
        public var recordId: String
        /// The value concerned (masked) or the rejected line (digits masked).
        public var value: String
        public init(recordId: String, value: String) { self.recordId = recordId; self.value = value }
    }

    /// Wall-clock seconds per stage. The only non-deterministic part of the report.
    public struct Timings: Codable, Sendable, Equatable {
        public var readCleanSeconds: Double
        public var linkSeconds: Double
        public var writeSeconds: Double
        public var totalSeconds: Double
        public var recordsPerSecond: Double
        /// Peak resident memory (MiB) when reading and cleaning ended, before linking: the
        /// streaming stages plus the per-record linking summaries gathered so far.
        public var readPeakRssMib: Double
        /// Peak resident memory (MiB) of the whole run.
        public var peakRssMib: Double
    }

    /// `sosach-report/1`: bump when a key changes meaning.
    public var format = "sosach-report/1"
    /// `sosach <version>`; marks the folder as SoSach outputs.
    public var generator: String
    /// A hash of the input list and the output-shaping options; a rerun with the same
    /// signature may replace the folder's outputs without `--force`.
    public var runSignature: String
    public var options: Options
    public var files: [FileReport]
    public var totals: Totals
    public var linking: Linking
    /// The most frequent reject reasons and flags, most frequent first, with examples.
    public var problems: [Problem]
    public var timings: Timings?

    /// The JSON text: sorted keys, snake_case, two-space indentation, LF, no escaped slashes,
    /// ending with a newline.
    public func encoded() throws -> [UInt8] {
        var bytes = [UInt8](try Self.makeEncoder().encode(self))
        bytes.append(0x0A)
        return bytes
    }

    /// Hands `write` the bytes of `encoded()`, in pieces, with the `files` array made of
    /// `entry(0) …` `entry(count - 1)`, each `FileReport.encodedForReport(level: 2)` of a file:
    /// the workers encode and spill the entries as files finish, so the main thread only
    /// streams them (a province has 10,000 files). Gives the bytes of `encoded()` on a report
    /// whose `files` are the reports behind the entries.
    func write(fileEntries count: Int, entry: (Int) throws -> [UInt8], to write: ([UInt8]) throws -> Void) throws {
        var shell = self
        shell.files = []
        let bytes = try shell.encoded()
        // `files` is the first member (sorted keys), so the first `"files" : [` is it; the empty
        // array holds only whitespace, so the next `]` closes it.
        let key = Array(#""files" : ["#.utf8)
        guard let keyStart = Self.firstIndex(of: key, in: bytes),
              let close = bytes[(keyStart + key.count)...].firstIndex(of: UInt8(ascii: "]")) else {
            throw OutputError(message: "report.json: cannot place the files")
        }
        let open = keyStart + key.count - 1
        try write(Array(bytes[..<open]))
        if count == 0 {
            try write(Array(bytes[open...close]))
        } else {
            for index in 0..<count {
                try write(Array((index == 0 ? "[\n    " : ",\n    ").utf8))
                try write(try entry(index))
            }
            try write(Array("\n  ]".utf8))
        }
        try write(Array(bytes[(close + 1)...]))
    }

    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}

extension FileReport {
    /// This file's entry of report.json's `files` array: at `level` 0 the bytes of
    /// `RunReport.makeEncoder().encode(self)`, written directly (see `PrettyJSONWriter`); at
    /// level 2 indented as in report.json (see `RunReport.write(fileEntries:entry:to:)`).
    func encodedForReport(level: Int = 0) throws -> [UInt8] {
        var json = PrettyJSONWriter(level: level)
        json.beginObject()
        json.key("bytes"); json.number(bytes)
        json.key("data_rows"); json.number(dataRows)
        json.key("dialect")
        json.beginObject()
        json.key("delimiter"); json.string(dialect.delimiter)
        if let quote = dialect.quote { json.key("quote"); json.string(quote) }
        json.endObject()
        json.key("encoding"); json.string(encoding)
        json.key("encoding_confidence"); try json.number(encodingConfidence)
        json.key("flags"); json.object(flags) { $0.number($1) }
        json.key("layout")
        json.beginObject()
        json.key("context"); json.object(layout.context) { $0.string($1) }
        json.key("header_lines")
        json.beginArray()
        for line in layout.headerLines { json.element(); json.number(line) }
        json.endArray()
        json.key("list_kind"); json.string(layout.listKind)
        json.endObject()
        json.key("lines"); json.object(lines) { $0.number($1) }
        json.key("mapping")
        json.beginArray()
        for column in mapping {
            json.element()
            json.beginObject()
            json.key("column"); json.number(column.column)
            json.key("evidence"); json.string(column.evidence)
            json.key("field"); json.string(column.field)
            json.key("header"); json.string(column.header)
            json.endObject()
        }
        json.endArray()
        json.key("records"); json.number(records)
        json.key("rejects"); json.number(rejects)
        json.key("rejects_by_reason"); json.object(rejectsByReason) { $0.number($1) }
        json.key("source_file"); json.string(sourceFile)
        json.key("units"); json.object(units) { $0.number($1) }
        json.endObject()
        return json.bytes
    }
}
