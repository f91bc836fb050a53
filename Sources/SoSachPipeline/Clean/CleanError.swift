/// Why a `clean` run could not start or finish (exit code 2). Problems inside rows are not
/// errors: they become flags and rejects.
public enum CleanError: Error, CustomStringConvertible {
    /// An input path does not exist or cannot be read.
    case unreadableInput(path: String, reason: String)
    /// The options cannot work together.
    case usage(String)

    public var description: String {
        switch self {
        case .unreadableInput(let path, let reason): return "\(path): \(reason)"
        case .usage(let message): return message
        }
    }
}
