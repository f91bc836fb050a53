import Foundation
import SoSachText

/// Copies a CSV file and appends the 2025 unit of each row: `commune_code, commune_name,
/// province_code, province_name, legacy_commune_code, unit_status` (as in `records.csv`).
///
/// Streams: one record in memory at a time (SoSachText's `CSVReader` and `CSVWriter`); the
/// output is written atomically. The input must be UTF-8 (convert legacy encodings first with
/// `sosach convert`); its dialect is sniffed, and the output keeps that delimiter.
///
/// ```swift
/// var options = UnitCSVConverter.Options(column: .name("Địa chỉ"))
/// options.provinceColumn = .name("Tỉnh")
/// let summary = try UnitCSVConverter(registry: try .shared(), options: options)
///     .convert(inputPath: "in.csv", outputPath: "out.csv")
/// ```
public struct UnitCSVConverter {
    /// A column of the input: by header name (exact after trimming, else case- and
    /// accent-insensitive) or by 1-based position.
    public enum Column: Sendable, Hashable, CustomStringConvertible {
        case name(String)
        case position(Int)

        /// "3" is a position, anything else a name.
        public init(_ text: String) {
            if let number = Int(text), number > 0 { self = .position(number) } else { self = .name(text) }
        }

        public var description: String {
            switch self {
            case .name(let name): return name
            case .position(let position): return "#\(position)"
            }
        }
    }

    /// What to read and how.
    public struct Options: Sendable {
        /// The unit column: a whole address or a commune name.
        public var column: Column
        /// Optional separate columns that complete it. The default is none.
        public var villageColumn: Column?
        public var districtColumn: Column?
        public var provinceColumn: Column?
        /// The context of the whole file (e.g. from its title). The default is none.
        public var context: UnitContext = .none
        /// Whether the first record is a header (copied, with the new column names appended).
        /// The default is true; without a header, columns must be given by position.
        public var hasHeader = true

        public init(column: Column) { self.column = column }
    }

    /// Counts of a conversion.
    public struct Summary: Sendable {
        /// Data rows written (the header not counted).
        public var rows = 0
        public var statusCounts: [UnitStatus: Int] = [:]
        /// Rows the CSV reader could not split (too large); written with empty unit columns.
        public var unreadableRows = 0
        public var cacheHitRate = 0.0
    }

    /// A column that is not in the file.
    public struct ColumnError: Error, CustomStringConvertible {
        public let file: String
        public let column: Column
        public let what: String
        public var description: String {
            switch column {
            case .name(let name): return "\(file): line 1, column 0 '\(name)': \(what)"
            case .position(let position): return "\(file): line 1, column \(position) '': \(what)"
            }
        }
    }

    /// The appended column names, in order.
    public static let appendedColumns = ["commune_code", "commune_name", "province_code", "province_name",
                                         "legacy_commune_code", "unit_status"]

    public let registry: UnitRegistry
    public let options: Options

    public init(registry: UnitRegistry, options: Options) {
        self.registry = registry
        self.options = options
    }

    /// Converts the file at `inputPath` into `outputPath` (atomic: the old output stays if
    /// anything fails). Throws I/O errors and `ColumnError`.
    @discardableResult
    public func convert(inputPath: String, outputPath: String) throws -> Summary {
        let reader = try CSVReader(sniffing: FileByteSource(path: inputPath))
        let output = try AtomicFileOutput(path: outputPath)
        var writer = CSVWriter(sink: output, dialect: reader.dialect)
        var record = ByteRecord()
        var summary = Summary()
        let resolver = UnitResolver(registry: registry)
        var indices: [Int?] = []
        var first = true
        while try reader.readRecord(into: &record) {
            if first {
                first = false
                indices = try columnIndices(header: options.hasHeader ? record.strings : nil, file: inputPath)
                if options.hasHeader {
                    for field in 0..<record.count { writer.writeField(record[field]) }
                    for name in Self.appendedColumns { writer.writeField(name) }
                    try writer.endRecord()
                    continue
                }
            }
            summary.rows += 1
            for field in 0..<record.count { writer.writeField(record[field]) }
            guard record.problem == nil else {
                summary.unreadableRows += 1
                for _ in Self.appendedColumns { writer.writeField("") }
                try writer.endRecord()
                continue
            }
            func text(_ slot: Int) -> String? {
                guard let index = indices[slot], index < record.count, record.length(at: index) > 0 else { return nil }
                return record.string(at: index)
            }
            let query = UnitQuery(address: text(0), village: text(1), district: text(2), province: text(3))
            let resolution = query.isEmpty ? UnitResolution.unresolved : resolver.resolve(query, context: options.context)
            summary.statusCounts[resolution.status, default: 0] += 1
            for value in [resolution.communeCode, resolution.communeName, resolution.provinceCode,
                          resolution.provinceName, resolution.legacyCommuneCode, resolution.status.rawValue] {
                writer.writeField(value ?? "")
            }
            try writer.endRecord()
        }
        try writer.flush()
        try output.commit()
        summary.cacheHitRate = resolver.cacheHitRate
        return summary
    }

    /// 0-based indices of the unit, village, district and province columns.
    private func columnIndices(header: [String]?, file: String) throws -> [Int?] {
        func index(_ column: Column?) throws -> Int? {
            guard let column else { return nil }
            switch column {
            case .position(let position): return position - 1
            case .name(let name):
                guard let header else {
                    throw ColumnError(file: file, column: column, what: "columns are given by position when the file has no header")
                }
                let wanted = name.trimmingCharacters(in: .whitespaces)
                if let found = header.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == wanted }) { return found }
                let key = UnitNameFolder.shared.keys(wanted).folded
                if let found = header.firstIndex(where: { UnitNameFolder.shared.keys($0).folded == key }) { return found }
                throw ColumnError(file: file, column: column, what: "no such column in the header (\(header.joined(separator: ", ")))")
            }
        }
        return [try index(options.column), try index(options.villageColumn),
                try index(options.districtColumn), try index(options.provinceColumn)]
    }
}
