import ArgumentParser
import Foundation
import SoSachPipeline

/// `sosach-bench sample --out SampleData`: writes the README's sample lists (deterministic).
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write the sample lists of SampleData/ (deterministic; every encoding and layout).")

    @Option(help: "The folder to write into.")
    var out = "SampleData"

    @Option(help: "The seed (the committed SampleData uses the default).")
    var seed: UInt64 = SampleDataGenerator.defaultSeed

    func run() throws {
        var total = 0
        for file in SampleDataGenerator(seed: seed).files() {
            let path = out + "/" + file.path
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            let bytes = file.encoded()
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            total += bytes.count
            print("\(path)\t\(file.encoding.rawValue)\t\(bytes.count) bytes")
        }
        print("total\t\(total) bytes")
    }
}
