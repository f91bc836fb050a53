// The CSV byte state machine.
//
// Invariants (read these before changing anything below):
//
// - The core never allocates, never throws and never rejects input: every byte sequence parses
//   to *some* records ("a parse over no parse", as csv-core puts it). Anything it cannot finish
//   it reports as what it needs: `.inputEmpty` (give more input, or call `finish` at the end),
//   `.outputFull` / `.endsFull` (give bigger buffers, then call again). Calling again with the
//   same buffers after growing them resumes exactly where it stopped: all state lives in
//   `state`, `lines`, `quoteStart` and `quoteLine`, never in the position of a local loop.
// - A record is returned (`.record`) only after its terminator has been consumed in full:
//   after a CR the core waits for the next byte (or `finish`) to know whether an LF belongs to
//   the same line end. So the caller's input position after `.record` is the first byte of the
//   next record, and the bytes in between are exactly the record's raw bytes.
// - `lines` counts physical line ends consumed: LF, CRLF and a lone CR each count once, inside
//   quoted fields too. A record ended by `finish` (end of input without a line end) counts one
//   more, so `lines` after a record minus `lines` before it is the number of lines it spans.
// - Field bytes are appended to `output` unescaped (no enclosing quotes, doubled quotes made
//   single); `ends[k]` is the offset in `output` one past field k. Output never holds more
//   bytes than the record's raw input, so a caller whose output capacity is at least its input
//   buffer's never sees `.outputFull`.
// - A quote byte opens a quoted field only as the first byte of a field. Elsewhere it is data
//   (`ab"c` stays `ab"c`); after a closing quote, bytes up to the delimiter are kept
//   (`"ab"c` gives `abc`). A blank line (a line end at the start of a record) is a record with
//   zero fields. At the end of input an open quoted field simply ends (`finish`).
// - When a quote opens a field, `quoteStart` (its index in `input`) and `quoteLine` (`lines`
//   at that moment) are saved, so that a caller can give up on the quoted field and re-read it
//   from its quote with the quote taken literally (`reopenQuotedFieldLiterally`). The core
//   reports `.quotedFieldLimit` when an open quoted field spans `maxQuotedFieldLines` lines or
//   its content exceeds `maxFieldSize` bytes (checked at each quote byte); both limits are
//   checked at bytes whose position does not depend on how the input was cut into chunks.
// - The hot loops copy runs of ordinary bytes eight at a time (`copyRun`): one unaligned load,
//   a SWAR test for the three bytes that stop a run (delimiter or quote, LF, CR), one store,
//   and a single bound (input end or output capacity, whichever comes first). The core holds
//   no references, so a call costs no retain/release.

/// The core of the CSV reader: a byte state machine over caller-owned buffers, modelled on
/// csv-core. Most callers want `CSVReader`, which owns the buffers and positions.
public struct CSVCore: Sendable {
    /// What a `parse(_:)` or `finish(_:)` call stopped for.
    public enum Result: Sendable, Hashable {
        /// All input was consumed; give more, or call `finish(_:)` at the end of the input.
        case inputEmpty
        /// `output` is full; give a bigger one (keeping its bytes) and call again.
        case outputFull
        /// `ends` is full; give a bigger one (keeping its offsets) and call again.
        case endsFull
        /// A record ended: its fields are `output[0..<outputCount]` cut at
        /// `ends[0..<endsCount]`. Reset both counts to 0 before parsing the next one.
        case record
        /// The input ended and there is no further record.
        case end
        /// An open quoted field went over `maxQuotedFieldLines` or `maxFieldSize`. Either call
        /// `reopenQuotedFieldLiterally(_:)` (with the input from `quoteStart` still in the
        /// buffer) or simply call `parse` again to keep reading it as a quoted field.
        case quotedFieldLimit
    }

    /// Where the machine is inside a record.
    public enum State: UInt8, Sendable {
        /// Before the first byte of a record.
        case startRecord
        /// Before the first byte of a field other than the first.
        case startField
        /// Inside an unquoted field.
        case inField
        /// Inside a quoted field.
        case inQuoted
        /// Inside a quoted field, right after a CR (an LF next belongs to the same line end).
        case quotedAfterCR
        /// Right after a quote inside a quoted field: a doubled quote or the closing quote.
        case quoteInQuoted
        /// A record ended with a CR; an LF next belongs to the same line end.
        case recordEndCR
        /// `finish` returned `.end`.
        case ended
    }

    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D

    /// The dialect being parsed.
    public let dialect: CSVDialect
    /// Where the machine is. Starts at `.startRecord`.
    public internal(set) var state: State = .startRecord
    /// Physical line ends consumed so far (see the invariants above).
    public var lines = 0
    /// The index in `input` of the quote that opened the current quoted field. Callers that move
    /// their input buffer must move this index with it.
    public var quoteStart = 0
    /// `lines` when the current quoted field was opened.
    public internal(set) var quoteLine = 0
    /// Whether a quote at the start of a field opens a quoted field. The default is true when
    /// the dialect has a quote; with it off, quotes are ordinary bytes.
    public var quotingEnabled: Bool
    /// The number of physical lines an open quoted field may span before `.quotedFieldLimit`.
    /// The default is no limit.
    public var maxQuotedFieldLines = Int.max
    /// The content length in bytes a quoted field may have before `.quotedFieldLimit`.
    /// The default is no limit.
    public var maxFieldSize = Int.max

    private let delimiter: UInt8
    private let quoteByte: UInt8

    /// A machine for `dialect`, at the start of a record on line 1.
    public init(dialect: CSVDialect) {
        self.dialect = dialect
        delimiter = dialect.delimiter
        quoteByte = dialect.quote ?? 0
        quotingEnabled = dialect.quote != nil
    }

    /// True inside a quoted field, including right after a quote that may be its closing one.
    public var isInQuotedField: Bool {
        state == .inQuoted || state == .quotedAfterCR || state == .quoteInQuoted
    }

    /// True inside a quoted field whose closing quote has not been seen: at the end of input
    /// this field is unterminated.
    public var isInsideQuotes: Bool { state == .inQuoted || state == .quotedAfterCR }

    /// True between records (nothing of the next record consumed yet).
    public var isAtRecordStart: Bool { state == .startRecord || state == .ended }

    /// Parses input until a record ends or a buffer runs out; see `Result`.
    public mutating func parse(_ io: inout CSVCoreBuffers) -> Result {
        run(&io)
    }

    /// Ends the input: closes the open field and record, if any. Returns `.record` once for a
    /// last record without a line end, then `.end`; `.endsFull` if there is no room for the
    /// last field's end.
    public mutating func finish(_ io: inout CSVCoreBuffers) -> Result {
        switch state {
        case .startRecord, .ended:
            state = .ended
            return .end
        case .recordEndCR:
            state = .startRecord
            return .record
        case .startField, .inField, .inQuoted, .quotedAfterCR, .quoteInQuoted:
            guard io.endsCount < io.endsCapacity else { return .endsFull }
            io.ends[io.endsCount] = io.outputCount
            io.endsCount += 1
            lines += 1
            state = .startRecord
            return .record
        }
    }

    /// Gives up on the open quoted field: the field restarts as an unquoted field whose first
    /// byte is the quote, and parsing resumes right after the quote at `quoteStart` on line
    /// `quoteLine`. The caller must still hold the input from `quoteStart` on, and room for one
    /// byte at the field's start in `output`. Returns false (changing nothing) if no quoted
    /// field is open or that byte has no room.
    public mutating func reopenQuotedFieldLiterally(_ io: inout CSVCoreBuffers) -> Bool {
        guard isInQuotedField else { return false }
        let fieldStart = io.currentFieldStart
        guard fieldStart < io.outputCapacity else { return false }
        io.output[fieldStart] = quoteByte
        io.outputCount = fieldStart + 1
        io.inputPosition = quoteStart + 1
        lines = quoteLine
        state = .inField
        return true
    }

    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080
    static let lfWord = UInt64(lf) &* ones
    static let crWord = UInt64(cr) &* ones

    /// Copies the run of ordinary bytes at `input[i...]` to `output[o...]`, stopping at the first
    /// `stop` byte (the delimiter, or the quote in a quoted field), LF or CR, or at `limit`.
    ///
    /// Eight bytes at a time while at least eight are left before `limit` (which also bounds the
    /// output): a word has a stop byte where `word ^ broadcast(byte)` has a zero byte, found with
    /// the carry trick `(x - 0x01…) & ~x & 0x80…`, whose lowest set bit is always exact. The
    /// whole word is stored even when only its first bytes belong to the run: the output past
    /// `o` is scratch. The last few bytes before `limit` go one by one.
    @inline(__always)
    static func copyRun(
        _ input: UnsafePointer<UInt8>, _ i: inout Int, _ limit: Int,
        _ output: UnsafeMutablePointer<UInt8>, _ o: inout Int,
        _ stop: UInt8, _ stopWord: UInt64
    ) {
        let source = UnsafeRawPointer(input)
        let target = UnsafeMutableRawPointer(output)
        while i &+ 8 <= limit {
            let word = UInt64(littleEndian: source.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            target.storeBytes(of: word.littleEndian, toByteOffset: o, as: UInt64.self)
            let a = word ^ stopWord
            let b = word ^ lfWord
            let c = word ^ crWord
            let found = ((a &- ones) & ~a) | ((b &- ones) & ~b) | ((c &- ones) & ~c)
            let mask = found & highs
            if mask != 0 {
                let count = mask.trailingZeroBitCount &>> 3
                i &+= count
                o &+= count
                return
            }
            i &+= 8
            o &+= 8
        }
        while i < limit {
            let byte = input[i]
            if byte == stop || byte == lf || byte == cr { return }
            output[o] = byte
            o &+= 1
            i &+= 1
        }
    }

    @inline(__always)
    private mutating func run(_ io: inout CSVCoreBuffers) -> Result {
        let input = io.input
        let end = io.inputEnd
        let output = io.output
        let outputCapacity = io.outputCapacity
        let ends = io.ends
        let endsCapacity = io.endsCapacity
        let delimiter = self.delimiter
        let quoteByte = self.quoteByte
        // 256 never equals a byte: with quoting off, no field opens as quoted.
        let opensQuote = quotingEnabled ? Int(quoteByte) : 256
        let delimiterWord = UInt64(delimiter) &* Self.ones
        let quoteWord = UInt64(quoteByte) &* Self.ones
        var i = io.inputPosition
        var o = io.outputCount
        var e = io.endsCount
        var state = self.state
        var lines = self.lines
        defer {
            io.inputPosition = i
            io.outputCount = o
            io.endsCount = e
            self.state = state
            self.lines = lines
        }
        while true {
            switch state {
            case .startRecord:
                guard i < end else { return .inputEmpty }
                let c = input[i]
                if c == Self.lf {
                    i &+= 1
                    lines &+= 1
                    return .record
                }
                if c == Self.cr {
                    i &+= 1
                    lines &+= 1
                    guard i < end else {
                        state = .recordEndCR
                        return .inputEmpty
                    }
                    if input[i] == Self.lf { i &+= 1 }
                    return .record
                }
                state = .startField
                continue

            case .startField:
                guard i < end else { return .inputEmpty }
                if Int(input[i]) == opensQuote {
                    quoteStart = i
                    quoteLine = lines
                    i &+= 1
                    state = .inQuoted
                    continue
                }
                state = .inField
                fallthrough

            case .inField:
                // Field after unquoted field without going back to the state switch.
                while true {
                    let limit = min(end, i &+ (outputCapacity &- o))
                    Self.copyRun(input, &i, limit, output, &o, delimiter, delimiterWord)
                    if i == limit { return limit == end ? .inputEmpty : .outputFull }
                    guard e < endsCapacity else { return .endsFull }
                    let c = input[i]
                    ends[e] = o
                    e &+= 1
                    i &+= 1
                    if c == delimiter {
                        if i < end && Int(input[i]) != opensQuote { continue }
                        state = .startField
                        break
                    }
                    lines &+= 1
                    state = .startRecord
                    if c == Self.cr {
                        guard i < end else {
                            state = .recordEndCR
                            return .inputEmpty
                        }
                        if input[i] == Self.lf { i &+= 1 }
                    }
                    return .record
                }

            case .inQuoted:
                let limit = min(end, i &+ (outputCapacity &- o))
                Self.copyRun(input, &i, limit, output, &o, quoteByte, quoteWord)
                if i == limit { return limit == end ? .inputEmpty : .outputFull }
                let c = input[i]
                i &+= 1
                if c == quoteByte {
                    state = .quoteInQuoted
                    let fieldStart = e > 0 ? ends[e &- 1] : 0
                    if o &- fieldStart > maxFieldSize { return .quotedFieldLimit }
                    // Fast paths for what follows a quote most often: a delimiter (the field
                    // ends) or a second quote (a literal quote); the rest goes through the
                    // `.quoteInQuoted` state. i < limit above left room for one output byte.
                    if i < end {
                        let next = input[i]
                        if next == delimiter && e < endsCapacity {
                            ends[e] = o
                            e &+= 1
                            i &+= 1
                            state = .startField
                        } else if next == quoteByte {
                            output[o] = quoteByte
                            o &+= 1
                            i &+= 1
                            state = .inQuoted
                        }
                    }
                    continue
                }
                // A line end inside quotes is data; i < limit above left room for it.
                output[o] = c
                o &+= 1
                lines &+= 1
                if c == Self.cr { state = .quotedAfterCR }
                if lines &- quoteLine >= maxQuotedFieldLines { return .quotedFieldLimit }
                continue

            case .quotedAfterCR:
                guard i < end else { return .inputEmpty }
                if input[i] == Self.lf {
                    guard o < outputCapacity else { return .outputFull }
                    output[o] = Self.lf
                    o &+= 1
                    i &+= 1
                }
                state = .inQuoted
                continue

            case .quoteInQuoted:
                guard i < end else { return .inputEmpty }
                if input[i] == quoteByte {
                    guard o < outputCapacity else { return .outputFull }
                    output[o] = quoteByte
                    o &+= 1
                    i &+= 1
                    state = .inQuoted
                    continue
                }
                // The closing quote: a delimiter or line end next ends the field there; any
                // other byte is kept as data of the (now unquoted) rest of the field.
                state = .inField
                continue

            case .recordEndCR:
                guard i < end else { return .inputEmpty }
                if input[i] == Self.lf { i &+= 1 }
                state = .startRecord
                return .record

            case .ended:
                return .end
            }
        }
    }
}
