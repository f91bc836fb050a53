import Foundation

/// Writes JSON exactly as Foundation's `JSONEncoder` writes it with `[.prettyPrinted,
/// .sortedKeys, .withoutEscapingSlashes]`: two-space indentation, `"key" : value`, a blank line
/// inside an empty container, the same string escapes. The caller writes object members in
/// key order (sorted by UTF-8 bytes, as `JSONEncoder` sorts them on this platform).
///
/// It exists because encoding thousands of per-file reports through `Encodable` costs more
/// than cleaning their rows; `FileReport.encodedForReport()` is tested against `JSONEncoder`.
struct PrettyJSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Members or elements written so far in each open container.
    private var counts: [Int] = []
    /// Indentation levels of the value itself: 2 for an element of an array in a top-level
    /// object (a file of report.json's `files`).
    private let level: Int

    init(level: Int = 0) { self.level = level }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts a member of the open object: its key; the value follows.
    mutating func key(_ key: String) {
        nextElement()
        string(key)
        bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
    }

    /// Starts an element of the open array; the value follows.
    mutating func element() { nextElement() }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, UInt8(ascii: "\"")])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x00..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func number<N: BinaryInteger>(_ value: N) { bytes.append(contentsOf: String(value).utf8) }

    /// A floating-point number as `JSONEncoder` writes it (it is asked, so the digits agree).
    mutating func number(_ value: Double) throws {
        bytes.append(contentsOf: try JSONEncoder().encode(value))
    }

    /// A `[String: Int]` or `[String: String]` object with its keys sorted by UTF-8 bytes.
    mutating func object<Value>(_ dictionary: [String: Value], _ write: (inout PrettyJSONWriter, Value) -> Void) {
        beginObject()
        for (name, value) in dictionary.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            key(name)
            write(&self, value)
        }
        endObject()
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        bytes.append(0x0A)
        counts.append(0)
    }

    private mutating func close(_ bracket: UInt8) {
        counts.removeLast()
        bytes.append(0x0A)
        indent()
        bytes.append(bracket)
    }

    private mutating func nextElement() {
        if counts[counts.count - 1] > 0 { bytes.append(contentsOf: [UInt8(ascii: ","), 0x0A]) }
        counts[counts.count - 1] += 1
        indent()
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * (level + counts.count)))
    }
}
