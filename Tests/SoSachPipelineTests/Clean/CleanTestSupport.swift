import Foundation

/// Temporary folders and file helpers for the clean tests.
enum CleanTestSupport {
    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder(_ name: String = #function) -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "sosach-test-\(safe)-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes `text` to `folder/name`, creating sub-folders; returns the path.
    @discardableResult
    static func write(_ text: String, to folder: String, _ name: String) -> String {
        let path = folder + "/" + name
        try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The bytes of `folder/name` (empty when missing).
    static func bytes(_ folder: String, _ name: String) -> [UInt8] {
        FileManager.default.contents(atPath: folder + "/" + name).map { [UInt8]($0) } ?? []
    }

    /// The bytes of every output of a run, by file name.
    static func outputs(_ folder: String) -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for name in ["records.csv", "persons.csv", "rejects.csv", "review.csv", "report.json", "report.html"] {
            result[name] = bytes(folder, name)
        }
        return result
    }
}
