import CICU

/// Runs ICU functions that read one UTF-16 string and write another (normalisation, case
/// mapping), growing the output buffer when ICU reports an overflow.
///
/// ICU's contract: the function returns the length it needs; status 15
/// (`U_BUFFER_OVERFLOW_ERROR`) means "call again with at least that capacity". Warnings are
/// negative and not failures.
enum ICUBuffer {
    /// `U_BUFFER_OVERFLOW_ERROR`.
    static let overflow: Int32 = 15

    /// Calls `body(src, srcLength, dest, destCapacity, &status)` over the UTF-16 of `text`,
    /// retrying once with the capacity ICU asks for. Returns nil when ICU reports an error.
    static func map(
        _ text: String,
        _ body: (UnsafePointer<UInt16>, Int32, UnsafeMutablePointer<UInt16>, Int32, UnsafeMutablePointer<Int32>) -> Int32
    ) -> String? {
        let source = Array(text.utf16)
        return source.withUnsafeBufferPointer { src -> String? in
            let srcBase = src.baseAddress ?? UnsafePointer(bitPattern: 2)!
            var capacity = max(16, source.count + source.count / 2 + 8)
            for _ in 0..<2 {
                var status: Int32 = 0
                var output = [UInt16](repeating: 0, count: capacity)
                let length = output.withUnsafeMutableBufferPointer { dest in
                    body(srcBase, Int32(source.count), dest.baseAddress!, Int32(capacity), &status)
                }
                if status == overflow { capacity = Int(length) + 1; continue }
                if status > 0 { return nil }
                return String(decoding: output[0..<Int(length)], as: UTF16.self)
            }
            return nil
        }
    }

    /// Calls `body(src, srcLength, &status)` over the UTF-16 of `text`.
    static func check(_ text: String, _ body: (UnsafePointer<UInt16>, Int32, UnsafeMutablePointer<Int32>) -> Int32) -> (Int32, Int32) {
        let source = Array(text.utf16)
        var status: Int32 = 0
        let result = source.withUnsafeBufferPointer { src in
            body(src.baseAddress ?? UnsafePointer(bitPattern: 2)!, Int32(source.count), &status)
        }
        return (result, status)
    }
}
