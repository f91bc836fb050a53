/// The input and the output of one `CSVCore.parse(_:)` call: raw pointers into buffers owned
/// by the caller, with the positions the core reads from and writes to.
///
/// The core reads `input[inputPosition..<inputEnd]`, appends unescaped field bytes at
/// `output[outputCount..<outputCapacity]` and field end offsets (into `output`) at
/// `ends[endsCount..<endsCapacity]`, and advances the three positions. Offsets are indices into
/// these buffers, so the caller may move its buffers between calls as long as it moves the
/// positions with them (see `CSVCore.quoteStart`).
public struct CSVCoreBuffers {
    /// The caller's input buffer.
    public var input: UnsafePointer<UInt8>
    /// The index of the next input byte to read.
    public var inputPosition: Int
    /// The index one past the last input byte available.
    public var inputEnd: Int
    /// The caller's buffer for the current record's field bytes.
    public var output: UnsafeMutablePointer<UInt8>
    /// How many bytes of `output` hold the current record's fields.
    public var outputCount: Int
    /// How many bytes `output` can hold.
    public var outputCapacity: Int
    /// The caller's buffer for the current record's field end offsets.
    public var ends: UnsafeMutablePointer<Int>
    /// How many fields of the current record have ended.
    public var endsCount: Int
    /// How many offsets `ends` can hold.
    public var endsCapacity: Int

    /// Buffers as given; positions and counts must lie within the capacities.
    public init(
        input: UnsafePointer<UInt8>, inputPosition: Int, inputEnd: Int,
        output: UnsafeMutablePointer<UInt8>, outputCount: Int, outputCapacity: Int,
        ends: UnsafeMutablePointer<Int>, endsCount: Int, endsCapacity: Int
    ) {
        self.input = input
        self.inputPosition = inputPosition
        self.inputEnd = inputEnd
        self.output = output
        self.outputCount = outputCount
        self.outputCapacity = outputCapacity
        self.ends = ends
        self.endsCount = endsCount
        self.endsCapacity = endsCapacity
    }

    /// The offset in `output` where the field being parsed starts.
    @inline(__always)
    public var currentFieldStart: Int { endsCount > 0 ? ends[endsCount &- 1] : 0 }
}
