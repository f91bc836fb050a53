/// What `ContextExtractor` reads from one title line by itself: the units it names, the
/// preamble phrase it starts with, its list kind and its year.
struct TitleFacts: Sendable {
    /// (level, name as written, unit word), as `ContextExtractor` reads them.
    var units: [(ContextExtractor.Level, String, String)]
    /// The field of the preamble phrase the line starts with.
    var preamble: String?
    /// Read only when the line is not the national motto (which the extractor skips).
    var listKind: ListKind?
    var year: Int?
}
