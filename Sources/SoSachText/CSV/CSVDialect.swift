/// How a delimited text file separates and quotes its fields.
///
/// Line ends are not part of the dialect: the reader accepts LF, CRLF and a lone CR anywhere,
/// and the writer always writes LF.
public struct CSVDialect: Sendable, Hashable, CustomStringConvertible {
    /// The byte between fields: `,`, `;`, TAB or `|` in the files we read. Never CR, LF or the
    /// quote byte.
    public var delimiter: UInt8
    /// The byte that opens and closes a quoted field (doubled inside it for a literal quote),
    /// or `nil` when the file uses no quoting at all. The default is `"`.
    public var quote: UInt8?

    /// A dialect with the given delimiter and quote.
    public init(delimiter: UInt8, quote: UInt8? = UInt8(ascii: "\"")) {
        precondition(delimiter != 0x0A && delimiter != 0x0D, "the delimiter cannot be a line end")
        precondition(quote != delimiter, "the quote cannot be the delimiter")
        precondition(quote != 0x0A && quote != 0x0D, "the quote cannot be a line end")
        self.delimiter = delimiter
        self.quote = quote
    }

    /// Comma-separated, `"`-quoted (RFC 4180).
    public static let comma = CSVDialect(delimiter: UInt8(ascii: ","))
    /// Semicolon-separated, `"`-quoted (Excel's CSV where the decimal separator is a comma).
    public static let semicolon = CSVDialect(delimiter: UInt8(ascii: ";"))
    /// Tab-separated, `"`-quoted (Excel's "Text (Tab delimited)" and "Unicode text").
    public static let tab = CSVDialect(delimiter: 0x09)
    /// Pipe-separated, `"`-quoted.
    public static let pipe = CSVDialect(delimiter: UInt8(ascii: "|"))

    /// The delimiter's name as shown to users and in reports: `comma`, `semicolon`, `tab`,
    /// `pipe`, or the character itself.
    public var delimiterName: String {
        switch delimiter {
        case UInt8(ascii: ","): return "comma"
        case UInt8(ascii: ";"): return "semicolon"
        case 0x09: return "tab"
        case UInt8(ascii: "|"): return "pipe"
        default: return String(decoding: [delimiter], as: UTF8.self)
        }
    }

    public var description: String {
        let quoteText = quote.map { String(decoding: [$0], as: UTF8.self) } ?? "none"
        return "delimiter \(delimiterName), quote \(quoteText)"
    }
}
