/// The version printed by `sosach --version`.
enum SoSachVersion {
    static let current = "0.1.0"
}
