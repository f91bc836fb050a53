/// A 256-entry byte → UTF-8 table, stored packed (the UTF-8 bytes of each entry in one
/// little-endian `UInt32`, plus its length) so the decoder writes each letter with one store.
/// Bytes an encoding leaves undefined (Windows-1252's 81 8D 8F 90 9D, which read as C1 controls)
/// decode to U+FFFD.
struct SingleByteTable: Sendable {
    let scalars: [UInt32]
    let packed: [UInt32]
    let lengths: [UInt8]
    /// True when bytes 0x20-0x7F decode to themselves (the decoder copies them without lookup).
    let asciiIdentity: Bool

    init(_ table: [UInt32]) {
        precondition(table.count == 256)
        var scalars = table
        for i in 0..<256 where (0x80...0x9F).contains(scalars[i]) { scalars[i] = 0xFFFD }
        self.scalars = scalars
        var packed = [UInt32](repeating: 0, count: 256)
        var lengths = [UInt8](repeating: 0, count: 256)
        for i in 0..<256 {
            var bytes = [UInt8](repeating: 0, count: 8)
            let length = bytes.withUnsafeMutableBufferPointer { buffer -> Int in
                var p = buffer.baseAddress!
                UTF8Buffer.write(scalars[i], to: &p)
                return p - buffer.baseAddress!
            }
            packed[i] = UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16 | UInt32(bytes[3]) << 24
            lengths[i] = UInt8(length)
        }
        self.packed = packed
        self.lengths = lengths
        asciiIdentity = (0x20..<0x80).allSatisfy { scalars[$0] == UInt32($0) }
    }

    static let windows1252 = SingleByteTable(EncodingTables.windows1252)
    static let windows1258 = SingleByteTable(EncodingTables.windows1258)
    static let tcvn3 = SingleByteTable(EncodingTables.tcvn3)
    static let tcvn3Capital = SingleByteTable(EncodingTables.tcvn3Capital)
    static let viscii = SingleByteTable(EncodingTables.viscii)
    static let vni = SingleByteTable(EncodingTables.vniSingle)
    static let tcvn3Strict = SingleByteTable(EncodingTables.tcvn3Strict)
    static let tcvn3CapitalStrict = SingleByteTable(EncodingTables.tcvn3CapitalStrict)
    static let vniStrict = SingleByteTable(EncodingTables.vniSingleStrict)
}
