/// A person's sex as written in `records.csv`: `M` or `F` (raw values).
public enum Gender: String, Sendable, CaseIterable, Hashable {
    case male = "M"
    case female = "F"
}
