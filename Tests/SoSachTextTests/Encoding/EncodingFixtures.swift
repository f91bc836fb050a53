import Foundation

/// Paths and readers for the encoding fixtures (copies of the reference tables and samples).
enum EncodingFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/encoding")

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// Rows of a TSV fixture (comment lines skipped) as dictionaries keyed by the header.
    static func rows(_ name: String) throws -> [[String: String]] {
        let text = String(decoding: try bytes(name), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).filter { !$0.hasPrefix("#") }
        let header = lines[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst().map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            var row: [String: String] = [:]
            for (k, name) in header.enumerated() { row[name] = k < cells.count ? cells[k] : "" }
            return row
        }
    }

    /// "61 CC" → [0x61, 0xCC].
    static func hex(_ text: String) -> [UInt8] {
        text.split(separator: " ").map { UInt8($0, radix: 16)! }
    }

    /// "U+0061 U+0300" → the string.
    static func codepoints(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for part in text.split(separator: " ") { scalars.append(Unicode.Scalar(UInt32(part.dropFirst(2), radix: 16)!)!) }
        return String(scalars)
    }

    /// Unescapes `\uXXXX` in the mojibake vectors' `broken_escaped` column.
    static func unescape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\\", i + 5 < scalars.count + 0, scalars[i + 1] == "u",
               let value = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 6)])), radix: 16) {
                result.append(Unicode.Scalar(value)!)
                i += 6
            } else {
                result.append(scalars[i])
                i += 1
            }
        }
        scalars = []
        return String(result)
    }

    /// Decodes `bytes` through a `DecodingByteSource` reading chunks of `chunk` bytes.
    static func streamDecode(_ bytes: [UInt8], _ encoding: TextEncoding, chunk: Int = .max, readSize: Int = 4096) throws -> [UInt8] {
        let source = DecodingByteSource(source: MemoryByteSource(bytes, chunkSize: chunk), encoding: encoding, chunkSize: 4096)
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: readSize)
        while true {
            let n = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
            if n == 0 { break }
            out += buffer[0..<n]
        }
        return out
    }
}

@testable import SoSachText
