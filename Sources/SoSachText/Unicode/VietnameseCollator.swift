import CICU
import Foundation

/// An ICU collator (`ucol`) for sorting text in Vietnamese alphabetical order (a ă â b c d đ
/// e ê …, tones ordered after the letters), e.g. to order output rows by name.
///
/// Owns its handle and closes it in `deinit`. ICU collators must not be used from two threads
/// at once, so this class is not `Sendable`: each worker opens its own (cheap: the "vi" rules
/// are cached by ICU after the first open) or calls ``forCurrentThread()``. Sort keys are plain
/// bytes and may be shared freely; compare them with `lexicographicallyPrecedes`.
public final class VietnameseCollator {
    private let handle: UnsafeMutableRawPointer
    private var keyBuffer = [UInt8](repeating: 0, count: 256)
    /// The ICU locale, `"vi"` by default.
    public let locale: String

    /// Opens a collator for `locale`.
    public init(locale: String = "vi") throws {
        var status: Int32 = 0
        let opened = locale.withCString { cicu_coll_open($0, &status) }
        guard let opened, status <= 0 else { throw ICUError(code: status, operation: "open collator '\(locale)'") }
        self.handle = opened
        self.locale = locale
    }

    deinit { cicu_coll_close(handle) }

    /// The ICU sort key of `text` (without the terminating zero byte): keys compare
    /// byte-wise in the same order as ``compare(_:_:)``.
    public func sortKey(_ text: String) -> [UInt8] {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { src in
            while true {
                let needed = keyBuffer.withUnsafeMutableBufferPointer {
                    cicu_coll_sort_key(handle, src.baseAddress, Int32(units.count), $0.baseAddress, Int32($0.count))
                }
                if Int(needed) <= keyBuffer.count {
                    return Array(keyBuffer[0..<max(0, Int(needed) - 1)])
                }
                keyBuffer = [UInt8](repeating: 0, count: Int(needed) + 64)
            }
        }
    }

    /// Orders `a` and `b` in Vietnamese: -1, 0 or 1.
    public func compare(_ a: String, _ b: String) -> Int {
        let ua = Array(a.utf16), ub = Array(b.utf16)
        return Int(ua.withUnsafeBufferPointer { pa in
            ub.withUnsafeBufferPointer { pb in
                cicu_coll_compare(handle, pa.baseAddress, Int32(ua.count), pb.baseAddress, Int32(ub.count))
            }
        })
    }

    /// The "vi" collator owned by the calling thread, opened on first use. Never share it, and
    /// in async code do not keep it across an `await`: call this again after resuming.
    public static func forCurrentThread() -> VietnameseCollator? {
        let key = "SoSach.VietnameseCollator.vi"
        let dictionary = Thread.current.threadDictionary
        if let existing = dictionary[key] as? VietnameseCollator { return existing }
        guard let created = try? VietnameseCollator() else { return nil }
        dictionary[key] = created
        return created
    }
}
