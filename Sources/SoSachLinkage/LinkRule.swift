/// The deterministic rules of ``DeterministicLinker``, in the order they are applied.
public enum LinkRule: String, Sendable, Hashable, CaseIterable, Codable {
    /// Same linkable national ID (CCCD or CMND, same kind and digits) and compatible names
    /// (same name key or same family + given name key).
    case nationalID = "national_id"
    /// Same name key, same full birth date (day, month, year) and same 2025 commune.
    case nameBirthCommune = "name_birth_commune"
    /// Same phone, same name key and same birth year.
    case phoneNameYear = "phone_name_year"
}
