import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

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
        while let relative = pending.popLast() {
            let absolute = prefix + (relative.isEmpty ? base : base + "/" + relative)
            let entries: [Entry]
            do { entries = try listing(absolute) } catch {
                throw CleanError.unreadableInput(path: absolute, reason: "cannot list the folder")
            }
            for entry in entries where !entry.name.hasPrefix(".") {
                let name = entry.name
                let child = relative.isEmpty ? name : relative + "/" + name
                if entry.isDirectory {
                    if !excluded.contains(canonical(prefix + base + "/" + child)) { pending.append(child) }
                } else if let dot = name.lastIndex(of: "."),
                          extensions.contains(name[name.index(after: dot)...].lowercased()) {
                    result.append(base + "/" + child)
                }
            }
        }
        return sortedByBytes(result)
    }

    /// A folder entry that exists (a symbolic link counts as what it points to).
    struct Entry: Equatable {
        var name: String
        var isDirectory: Bool
    }

    /// The entries of a folder, in no particular order: what `FileManager.contentsOfDirectory`
    /// lists, each with `fileExists(atPath:isDirectory:)`'s answer, less the entries that answer
    /// false (vanished, broken links). The entry type comes with the listing (one `stat` only
    /// for links and file systems that do not tell), so a folder of 10,000 lists costs
    /// milliseconds. Names that are not UTF-8 take Foundation's way.
    static func listing(_ folder: String) throws -> [Entry] {
        guard let directory = opendir(folder) else { return try foundationListing(folder) }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let type = Int(entry.pointee.d_type)
            let decoded: String? = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                let bytes = raw.prefix { $0 != 0 }
                return String(validating: bytes, as: UTF8.self)
            }
            guard let name = decoded else { return try foundationListing(folder) }
            if name == "." || name == ".." { continue }
            if type == Int(DT_DIR) {
                entries.append(Entry(name: name, isDirectory: true))
            } else if type == Int(DT_LNK) || type == Int(DT_UNKNOWN) {
                var status = stat()
                guard stat(folder + "/" + name, &status) == 0 else { continue }
                entries.append(Entry(name: name, isDirectory: status.st_mode & S_IFMT == S_IFDIR))
            } else {
                entries.append(Entry(name: name, isDirectory: false))
            }
        }
        return entries
    }

    /// ``listing(_:)`` through `FileManager` (the reference way).
    static func foundationListing(_ folder: String) throws -> [Entry] {
        let fm = FileManager.default
        return try fm.contentsOfDirectory(atPath: folder).compactMap { name in
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: folder + "/" + name, isDirectory: &isDirectory) else { return nil }
            return Entry(name: name, isDirectory: isDirectory.boolValue)
        }
    }

    /// Paths sorted by their UTF-8 bytes (compared as flat byte arrays, not through
    /// `String.UTF8View`, which is several times slower for 10,000 paths).
    static func sortedByBytes(_ paths: [String]) -> [String] {
        let bytes = paths.map { Array($0.utf8) }
        let order = bytes.indices.sorted { a, b in
            bytes[a].withUnsafeBufferPointer { x in
                bytes[b].withUnsafeBufferPointer { y in
                    let common = min(x.count, y.count)
                    let c = common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
                    return c != 0 ? c < 0 : x.count < y.count
                }
            }
        }
        return order.map { paths[$0] }
    }

    /// An absolute path without `.`, `..` or symbolic links, to compare folders.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
