/// An ICU call failed: the ICU status code (`UErrorCode`, > 0) and what was attempted.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    /// ICU's `UErrorCode` value.
    public let code: Int32
    /// What was being done, e.g. `open transliterator 'Any-Latin'`.
    public let operation: String

    public var description: String { "ICU error \(code) while trying to \(operation)" }
}
