/// The version written into report.json (`generator`); keep equal to `sosach --version`.
public enum SoSachPipelineVersion {
    public static let current = "0.1.0"
}
