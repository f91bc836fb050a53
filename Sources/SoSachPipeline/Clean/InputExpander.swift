import Foundation

/// Turns the command line's files and folders into the ordered list of files to read.
///
/// A file is taken as given, whatever its extension. A folder is searched recursively for
/// files ending in `.csv`, `.tsv` or `.txt` (any case); hidden entries (starting with `.`) are
/// skipped, which keeps an output folder inside the input folder out of the inputs. Paths
/// from a folder are `folder + "/" + relative path`, sorted by their UTF-8 bytes, so the order
/// does not depend on the file system. The order of the arguments is kept, and a file named
/// twice is read once (its first place counts).
public enum InputExpander {
    /// The extensions looked for inside folders.
    public static let extensions: Set<String> = ["csv", "tsv", "txt"]

    /// The files to read. Throws `CleanError.unreadableInput` for a path that does not exist.
    public static func expand(_ inputs: [String]) throws -> [String] {
        var files: [String] = []
        var seen: Set<[UInt8]> = []
        let fm = FileManager.default
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw CleanError.unreadableInput(path: input, reason: "no such file or folder")
            }
            var found: [String]
            if isDirectory.boolValue {
                found = try filesInFolder(input)
            } else {
                found = [input]
            }
            found = found.filter { seen.insert(Array($0.utf8)).inserted }
            files += found
        }
        return files
    }

    private static func filesInFolder(_ folder: String) throws -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var result: [String] = []
        var pending = [""]
        let fm = FileManager.default
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? base : base + "/" + relative
            let names: [String]
            do { names = try fm.contentsOfDirectory(atPath: absolute) } catch {
                throw CleanError.unreadableInput(path: absolute, reason: "cannot list the folder")
            }
            for name in names where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                var isDirectory: ObjCBool = false
                guard fm.fileExists(atPath: base + "/" + child, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    pending.append(child)
                } else if let dot = name.lastIndex(of: "."),
                          extensions.contains(name[name.index(after: dot)...].lowercased()) {
                    result.append(base + "/" + child)
                }
            }
        }
        return result.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
