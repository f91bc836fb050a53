import Foundation

/// Locates the run-time reference data shipped in `Mappings/` (unit tables, header aliases,
/// name dictionaries).
///
/// The data is looked up, in order: in the folder named by the `SOSACH_MAPPINGS` environment
/// variable; in the resource folder SwiftPM copies next to the executable
/// (`SoSach_SoSachMappings.resources`); in the source tree this file was compiled from. We do
/// not use the generated `Bundle.module`, because on Linux it stops the process when the
/// bundle is missing instead of reporting an error.
public enum Mappings {
    /// A file of the mapping data was not found in any of the searched folders.
    public struct MissingFileError: Error, CustomStringConvertible {
        /// The path asked for, relative to `Mappings/`.
        public let relativePath: String
        /// The folders that were searched.
        public let searched: [String]
        public var description: String {
            "mapping file '\(relativePath)' not found (searched: \(searched.joined(separator: ", ")))"
        }
    }

    /// The folders searched for mapping data, in order of preference.
    public static let searchFolders: [String] = {
        var folders: [String] = []
        if let override = ProcessInfo.processInfo.environment["SOSACH_MAPPINGS"], !override.isEmpty {
            folders.append(override)
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        let executableFolder = executable.deletingLastPathComponent()
        folders.append(executableFolder.appendingPathComponent("SoSach_SoSachMappings.resources").path)
        // Test runners live in a sub-folder of the build folder on Linux (`*.xctest`).
        folders.append(executableFolder.deletingLastPathComponent()
            .appendingPathComponent("SoSach_SoSachMappings.resources").path)
        folders.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().path)
        return folders
    }()

    /// The absolute path of `relativePath` (e.g. `"units/units_2025.csv"`) in the first folder
    /// that holds it.
    public static func path(_ relativePath: String) throws -> String {
        for folder in searchFolders {
            let candidate = folder + "/" + relativePath
            if FileManager.default.isReadableFile(atPath: candidate) { return candidate }
        }
        throw MissingFileError(relativePath: relativePath, searched: searchFolders)
    }

    /// The whole content of a mapping file as bytes.
    public static func bytes(_ relativePath: String) throws -> [UInt8] {
        let data = try Data(contentsOf: URL(fileURLWithPath: try path(relativePath)))
        return [UInt8](data)
    }
}
