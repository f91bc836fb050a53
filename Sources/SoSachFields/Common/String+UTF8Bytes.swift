extension String {
    /// A string of the UTF-8 `bytes` (invalid sequences repaired, as `String(decoding:as:)`).
    /// Up to 15 bytes the string is built in place as a small (inline) string: no allocation,
    /// and no validation for ASCII; longer text goes through `String(decoding:as:)`, which
    /// measured cheaper than `String(unsafeUninitializedCapacity:)` for heap strings.
    init(utf8Bytes bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 15 else { self = String(decoding: bytes, as: UTF8.self); return }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { self = ""; return }
        self.init(unsafeUninitializedCapacity: bytes.count) { out in
            out.baseAddress!.initialize(from: base, count: bytes.count)
            return bytes.count
        }
    }
}
