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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        var bytes = [UInt8](try encoder.encode(self))
        bytes.append(0x0A)
        return bytes
    }
}
