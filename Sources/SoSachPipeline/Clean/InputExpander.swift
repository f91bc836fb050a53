import Foundation

/// Turns the command line's files and folders into the ordered list of files to read.
///
/// A file is taken as given, whatever its extension. A folder is searched recursively for
/// files ending in `.csv`, `.tsv` or `.txt` (any case); hidden entries (starting with `.`) are
/// skipped, which keeps an output folder inside the input folder out of the inputs. Paths
/// from a folder are `folder + "/" + relative path`, sorted by their UTF-8 bytes, so the order
/// does not depend on the file system. The order of the arguments is kept, and a file named
/// twice is read once (its first place counts).
///
/// Relative paths are taken from `base` when given (the process's current folder otherwise);
/// the display path (`source_file`) is always the path as written on the command line.
/// Folders listed in `excluding` (the output folder, when it lies inside an input folder) are
/// not searched.
public enum InputExpander {
    /// One file to read: where it is, and how outputs name it.
    public struct Input: Sendable, Equatable {
        /// The path to open.
        public var path: String
        /// `source_file`: the path as given or as expanded from a folder given.
        public var displayPath: String
    }

    /// The extensions looked for inside folders.
    public static let extensions: Set<String> = ["csv", "tsv", "txt"]

    /// The files to read. Throws `CleanError.unreadableInput` for a path that does not exist.
    public static func expand(_ inputs: [String], base: String? = nil, excluding: [String] = []) throws -> [Input] {
        let excluded = Set(excluding.map(canonical))
        var files: [Input] = []
        var seen: Set<[UInt8]> = []
        let fm = FileManager.default
        for input in inputs {
            let prefix = base.flatMap { input.hasPrefix("/") ? nil : ($0.hasSuffix("/") ? $0 : $0 + "/") } ?? ""
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: prefix + input, isDirectory: &isDirectory) else {
                throw CleanError.unreadableInput(path: input, reason: "no such file or folder")
            }
            let found = isDirectory.boolValue ? try filesInFolder(input, prefix: prefix, excluded: excluded) : [input]
            for display in found where seen.insert(Array(display.utf8)).inserted {
                files.append(Input(path: prefix + display, displayPath: display))
            }
        }
        return files
    }

    /// The display paths of the files under `folder` (opened as `prefix + folder`).
    private static func filesInFolder(_ folder: String, prefix: String, excluded: Set<String>) throws -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var result: [String] = []
        var pending = [""]
        let fm = FileManager.default
        while let relative = pending.popLast() {
            let absolute = prefix + (relative.isEmpty ? base : base + "/" + relative)
            let names: [String]
            do { names = try fm.contentsOfDirectory(atPath: absolute) } catch {
                throw CleanError.unreadableInput(path: absolute, reason: "cannot list the folder")
            }
            for name in names where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                var isDirectory: ObjCBool = false
                guard fm.fileExists(atPath: prefix + base + "/" + child, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    if !excluded.contains(canonical(prefix + base + "/" + child)) { pending.append(child) }
                } else if let dot = name.lastIndex(of: "."),
                          extensions.contains(name[name.index(after: dot)...].lowercased()) {
                    result.append(base + "/" + child)
                }
            }
        }
        return result.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// An absolute path without `.`, `..` or symbolic links, to compare folders.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
