import CICU
import Foundation

/// An ICU transliterator (`utrans`), opened from a system ID ("Any-Latin; Latin-ASCII") or a
/// rule set. Owns its handle and closes it in `deinit`.
///
/// ICU transliterators are not thread-safe, so this class is deliberately not `Sendable`:
/// each thread opens its own, or calls ``forCurrentThread(id:)``, which keeps one instance per
/// thread and ID in the thread's dictionary.
///
/// SoSach uses one only where a rule set is the clearest tool: folding letters outside the
/// Vietnamese table (ü, ç, ø, …) to ASCII for keys (``VietnameseText/foldKey(_:)``); the
/// Vietnamese letters themselves go through a table, which is about ten times faster.
public final class ICUTransliterator {
    private let handle: UnsafeMutableRawPointer
    /// The ID (or the rule-set text) the transliterator was opened with.
    public let id: String

    /// Opens the system transliterator `id` (e.g. `"Any-Latin; Latin-ASCII"`).
    public convenience init(id: String) throws { try self.init(source: id, rules: false) }

    /// Opens a transliterator compiled from `rules` (ICU transform rule syntax).
    public convenience init(rules: String) throws { try self.init(source: rules, rules: true) }

    private init(source: String, rules: Bool) throws {
        let units = Array(source.utf16)
        var status: Int32 = 0
        let opened = units.withUnsafeBufferPointer {
            cicu_translit_open($0.baseAddress, Int32(units.count), rules ? 1 : 0, &status)
        }
        guard let opened, status <= 0 else {
            throw ICUError(code: status, operation: "open transliterator '\(source)'")
        }
        self.handle = opened
        self.id = source
    }

    deinit { cicu_translit_close(handle) }

    /// `text` transliterated.
    public func transliterate(_ text: String) -> String {
        if text.isEmpty { return text }
        var units = Array(text.utf16)
        var capacity = max(16, units.count * 2 + 8)
        for _ in 0..<3 {
            var buffer = units + [UInt16](repeating: 0, count: capacity - units.count)
            var length = Int32(units.count)
            var status: Int32 = 0
            buffer.withUnsafeMutableBufferPointer {
                cicu_translit_apply(handle, $0.baseAddress, &length, Int32(capacity), &status)
            }
            if status == ICUBuffer.overflow { capacity *= 4; continue }
            if status > 0 { return text }
            units = Array(buffer[0..<Int(length)])
            return String(decoding: units, as: UTF16.self)
        }
        return text
    }

    /// The instance for `id` owned by the calling thread, opened on first use (nil when ICU
    /// cannot open `id`). Never share the result with another thread, and in async code do not
    /// keep it across an `await` (the task may resume on another thread): call this again.
    public static func forCurrentThread(id: String) -> ICUTransliterator? {
        let key = "SoSach.ICUTransliterator." + id
        let dictionary = Thread.current.threadDictionary
        if let existing = dictionary[key] as? ICUTransliterator { return existing }
        guard let created = try? ICUTransliterator(id: id) else { return nil }
        dictionary[key] = created
        return created
    }
}
