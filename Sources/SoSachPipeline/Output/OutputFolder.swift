import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The folder a run writes to, with its staging area.
///
/// Safety rules (documented in the README):
/// - A folder holds *SoSach outputs* when any of `OutputColumns.outputFiles` is in it. It holds
///   *outputs of this run* when its `report.json` is a SoSach report (`"generator": "sosach …"`)
///   whose `run_signature` equals this run's (same inputs and output-shaping options). Any other
///   SoSach output makes the run refuse to start, unless `force`.
/// - Everything is written into `DIR/.sosach-staging-<pid>/`. Only when the whole run succeeded
///   is each file moved into `DIR` with rename(2), which is atomic per file on one file system;
///   `report.json` goes last, so a folder with a `report.json` always holds a finished set.
///   On failure the staging folder is removed and `DIR` keeps what it had.
public struct OutputFolder: Sendable {
    /// The output folder.
    public let path: String
    /// The staging folder inside it, where the run writes.
    public let stagingPath: String

    /// Checks that `path` may receive the outputs of the run with `runSignature`, creates it if
    /// needed, clears stale staging folders of dead runs and creates this run's staging folder.
    public static func prepare(path: String, runSignature: String, force: Bool) throws -> OutputFolder {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw OutputError(message: "\(path): exists and is not a folder") }
        } else {
            do { try fm.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
                throw OutputError(message: "\(path): cannot create the output folder: \(error.localizedDescription)")
            }
        }
        let found = OutputColumns.outputFiles.filter { fm.fileExists(atPath: path + "/" + $0) }
        if !found.isEmpty && !force {
            switch previousSignature(in: path) {
            case .some(let previous) where previous == runSignature:
                break // A rerun of the same job: its outputs are replaced.
            case .some:
                throw OutputError.foreignOutputs(folder: path, found: found,
                                                 reason: "its report.json belongs to a run with other inputs or options")
            case .none:
                throw OutputError.foreignOutputs(folder: path, found: found,
                                                 reason: "no SoSach report.json identifies them")
            }
        }
        removeStaleStaging(in: path)
        let staging = path + "/.sosach-staging-\(getpid())"
        try? fm.removeItem(atPath: staging)
        do { try fm.createDirectory(atPath: staging, withIntermediateDirectories: false) } catch {
            throw OutputError(message: "\(staging): cannot create the staging folder: \(error.localizedDescription)")
        }
        return OutputFolder(path: path, stagingPath: staging)
    }

    /// The path of `name` inside the staging folder.
    public func staged(_ name: String) -> String { stagingPath + "/" + name }

    /// Moves every output file from staging into the folder (report.json last) and removes the
    /// staging folder with whatever else it holds (spill files).
    ///
    /// A file that replaces an output of an earlier run is swapped with it in one step
    /// (`renameat2` with `RENAME_EXCHANGE`), just as atomic as rename(2) for a reader of the
    /// folder, but cheaper: ext4 writes back a file renamed over another before the rename
    /// returns, and frees the replaced file's blocks in the rename. Swapped, the previous
    /// outputs land in the staging folder and are deleted on two threads.
    public func commit() throws {
        var previous: [String] = []
        for name in OutputColumns.outputFiles {
            let from = staged(name)
            guard FileManager.default.fileExists(atPath: from) else { continue }
            let to = path + "/" + name
            if Self.isRegularFile(to), Self.exchange(from, to) {
                previous.append(from)
                continue
            }
            if rename(from, to) != 0 {
                throw OutputError.system(path: to, action: "cannot move into place")
            }
        }
        Self.remove(previous)
        abandon()
    }

    /// Deletes files on up to two threads (the largest outputs come first in `outputFiles`).
    static func remove(_ paths: [String]) {
        _ = try? WorkerThreads.run(workers: 2, items: paths.count) { _, next, store in
            while let item = next() {
                unlink(paths[item])
                store(item, ())
            }
        }
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// `renameat2`, which Glibc's Swift module does not declare; nil where the C library lacks it.
    private static let renameat2: RenameAt2? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// Swaps two existing files atomically; false when the system cannot (then nothing moved).
    static func exchange(_ a: String, _ b: String) -> Bool {
        guard let renameat2 else { return false }
        let exchangeFlag: UInt32 = 1 << 1 // RENAME_EXCHANGE
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, exchangeFlag) == 0
    }

    /// Removes the staging folder and everything in it; the output folder is left as it was.
    public func abandon() {
        try? FileManager.default.removeItem(atPath: stagingPath)
    }

    /// The `run_signature` of the SoSach report in `folder`, or nil when there is none.
    static func previousSignature(in folder: String) -> String? {
        guard let data = FileManager.default.contents(atPath: folder + "/report.json"),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let generator = object["generator"] as? String, generator.hasPrefix("sosach"),
              let signature = object["run_signature"] as? String
        else { return nil }
        return signature
    }

    /// Removes `.sosach-staging-<pid>` folders whose process is gone (a crashed or killed run).
    private static func removeStaleStaging(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(".sosach-staging-") {
            guard let pid = Int32(name.dropFirst(".sosach-staging-".count)) else { continue }
            if pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(atPath: folder + "/" + name)
            }
        }
    }
}
