/// Where the tone mark goes in the open syllables oa, oe and uy (the only place the two
/// Vietnamese conventions differ, see `tone_placement.tsv`).
///
/// - ``traditional``: "Hòa", "Khỏe", "Thủy", "Úy" — the "kiểu cũ" style of official names and
///   of the Unikey default; SoSach's default for output and always used for keys.
/// - ``modern``: "Hoà", "Khoẻ", "Thuỷ", "Uý" — tone on the main vowel ("kiểu mới").
///
/// Misplaced tones (on the u of qu or the i of gi: "Qúy", "Gía") are corrected in both styles.
public enum ToneStyle: String, Sendable, CaseIterable {
    case traditional
    case modern
}
