extension String {
    /// A string of the UTF-8 `bytes` (invalid sequences repaired, as `String(decoding:as:)`),
    /// made in place: ASCII of at most 15 bytes becomes a small (inline) string without
    /// allocation or validation, longer text is copied once into its storage.
    init(utf8Bytes bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { self = ""; return }
        self.init(unsafeUninitializedCapacity: bytes.count) { out in
            out.baseAddress!.initialize(from: base, count: bytes.count)
            return bytes.count
        }
    }
}
