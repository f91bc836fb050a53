/// The column names of every CSV that `sosach clean` writes, in the order of DESIGN.md.
///
/// These lists are the contract with users: never reorder them; add new columns at the end
/// and say so in the README.
public enum OutputColumns {
    /// `records.csv`, before the input's unmapped columns (`x_…`).
    public static let records = [
        "record_id", "source_file", "source_line", "list_kind", "person_id",
        "full_name", "family_name", "middle_name", "given_name", "birth_date", "gender",
        "national_id", "phone", "village", "commune_code", "commune_name",
        "province_code", "province_name", "legacy_commune_code", "unit_status", "flags",
    ]

    /// `persons.csv`: the golden record of each linked citizen.
    public static let persons = [
        "person_id", "full_name", "family_name", "middle_name", "given_name", "birth_date", "gender",
        "national_id", "phone", "village", "commune_code", "commune_name",
        "province_code", "province_name", "record_count", "record_ids",
    ]

    /// `rejects.csv`: every data row that could not be accepted.
    public static let rejects = ["source_file", "source_line", "reason", "message", "raw"]

    /// `review.csv`: pairs of records the linker was unsure of or refused to link: why
    /// (`reason`), which rule proposed the pair (`rule`, empty for review-only scans) and the
    /// per-field comparison (`fields`, e.g. `name=same;birth_date=differs;…`).
    public static let review = [
        "record_id_a", "record_id_b", "person_id_a", "person_id_b", "score", "reason", "rule", "fields",
        "full_name_a", "full_name_b", "birth_date_a", "birth_date_b",
    ]

    /// The file names written into the output folder, in the order they are moved into place
    /// (`report.json` last: its presence marks a finished run).
    public static let outputFiles = [
        "records.csv", "persons.csv", "rejects.csv", "review.csv", "report.html", "report.json",
    ]
}
