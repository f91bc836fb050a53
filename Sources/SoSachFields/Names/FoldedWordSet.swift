/// A set of folded words (lower-case keys such as "nguyen") looked up by UTF-8 bytes without
/// creating a `String`: words of at most 8 bytes (nearly all Vietnamese syllables) are one
/// `UInt64` each in a sorted array; longer words fall back to the `Set<String>`.
///
/// Exact for the words the name cleaner looks up (letters only, no NUL byte): two different
/// byte strings of at most 8 bytes without NUL bytes have different codes.
struct FoldedWordSet: Sendable {
    private let codes: WordCodeSet
    private let words: Set<String>

    init(_ words: Set<String>) {
        self.words = words
        codes = WordCodeSet(words.lazy.filter { $0.utf8.count <= 8 }.map { NameCleaner.code($0.utf8) })
    }

    /// Whether the word `bytes` (UTF-8, no space) is in the set.
    func contains(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard bytes.count <= 8 else { return words.contains(String(decoding: bytes, as: UTF8.self)) }
        return codes.contains(NameCleaner.code(bytes))
    }
}
