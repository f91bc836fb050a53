/// The reason codes of `rejects.csv` produced by row cleaning. Reading and layout add their own
/// (e.g. `csv.unterminated_quote`, `csv.field_too_long`, `layout.too_many_cells`); every code
/// is listed in the README.
public enum RejectReason: String, CaseIterable, Sendable {
    /// The row has no usable name: empty, only punctuation or digits, or not a name at all.
    case noName = "no_name"
    /// The row could not be decoded into text (invalid bytes in every field that matters).
    case unreadableRow = "unreadable_row"
    /// A field is longer than any real value (a broken quote swallowed text, or binary data).
    case fieldTooLong = "field_too_long"
}
