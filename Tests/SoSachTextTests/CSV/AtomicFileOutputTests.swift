import Foundation
import Testing
@testable import SoSachText

@Suite struct AtomicFileOutputTests {
    private func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sosach-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func commitReplacesTheFileAtOnce() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("records.csv").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        let output = try AtomicFileOutput(path: path)
        var writer = CSVWriter(sink: output)
        try writer.writeRecord(["full_name", "birth_date"])
        try writer.writeRecord(["Nguyễn Văn An", "1985-03-07"])
        try writer.flush()
        // Until the commit the old file is untouched.
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: path))) == Array("old\n".utf8))
        #expect(FileManager.default.fileExists(atPath: output.temporaryPath))
        try output.commit()
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: path)))
            == Array("full_name,birth_date\nNguyễn Văn An,1985-03-07\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: output.temporaryPath))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["records.csv"])
    }

    @Test func discardLeavesNothing() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.csv").path
        do {
            let output = try AtomicFileOutput(path: path)
            try Array("partial".utf8).withUnsafeBytes { try output.write($0) }
            // Released without commit.
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let output = try AtomicFileOutput(path: path)
        output.discard()
        #expect(throws: FileByteSource.IOError.self) { try output.commit() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func failsInAMissingFolder() {
        #expect(throws: FileByteSource.IOError.self) {
            _ = try AtomicFileOutput(path: "/nonexistent-sosach-folder/x.csv")
        }
    }
}
