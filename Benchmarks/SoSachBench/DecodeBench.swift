import ArgumentParser
import Foundation
import SoSachText

/// `sosach-bench decode`: decoding throughput per encoding and the cost of detection.
///
/// For each encoding it writes a file of `--size-mb` MB (a citizen-list CSV of generated names
/// and addresses, encoded with `LegacyEncoder`, the encoded block repeated), then times one
/// streaming decode to UTF-8 NFC (`DecodingByteSource` over `FileByteSource`, 64 KiB chunks) and
/// one detection (`EncodingDetector.detect(path:)`, which reads the first 64 KiB), and prints MB/s
/// of input and detection time as a share of the full decode. Times are the thread's CPU time
/// (`CLOCK_THREAD_CPUTIME_ID`), so a busy machine does not distort them; wall-clock MB/s is printed
/// too.
struct DecodeBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode",
        abstract: "Decode MB/s per encoding (target ≥ 300) and detection cost (target < 5 % of a decode)."
    )

    @Option(help: "Size of each generated file in MB.")
    var sizeMb = 50

    @Option(help: "Directory for the generated files (default: a temporary directory, removed after).")
    var dir: String?

    @Option(help: "Comma-separated encodings to run (default: all).")
    var encodings: String?

    @ArgumentParser.Flag(inversion: .prefixedNo, help: "Also time FieldDecoder(.utf8) per field, with and without the mojibake check.")
    var fields = true

    @ArgumentParser.Flag(help: "Only time detection per small file (100 rows: file and per-column detection), no decoding.")
    var smallFiles = false

    func run() throws {
        let folder = dir ?? NSTemporaryDirectory() + "sosach-bench-decode-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { if dir == nil { try? FileManager.default.removeItem(atPath: folder) } }
        let chosen: [DecodeBenchCase] = try encodings.map { list in
            try list.split(separator: ",").map { name in
                guard let c = DecodeBenchCase.all.first(where: { $0.name == name }) else {
                    throw ValidationError("unknown case '\(name)'; cases: \(DecodeBenchCase.all.map(\.name).joined(separator: ","))")
                }
                return c
            }
        } ?? DecodeBenchCase.all
        let text = DecodeBenchCase.sampleText()
        if smallFiles { return Self.smallFileFigures(cases: chosen, text: text) }
        print("case                 MB   decode MB/s (CPU)   (wall)   detect ms (CPU)   detect % of decode   detected")
        for benchCase in chosen {
            let path = folder + "/" + benchCase.name + ".csv"
            let size = try benchCase.writeFile(path: path, text: text, megabytes: sizeMb)
            let megabytes = Double(size) / 1_000_000

            let decodeStart = DispatchTime.now()
            let decodeCPUStart = threadCPUSeconds()
            let source = DecodingByteSource(source: try FileByteSource(path: path), encoding: benchCase.encoding)
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            var produced = 0
            while true {
                let n = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
                if n == 0 { break }
                produced += n
            }
            let decodeCPU = threadCPUSeconds() - decodeCPUStart
            let decodeWall = Double(DispatchTime.now().uptimeNanoseconds - decodeStart.uptimeNanoseconds) / 1e9

            let detectCPUStart = threadCPUSeconds()
            let detection = try EncodingDetector().detect(path: path)
            let detectCPU = threadCPUSeconds() - detectCPUStart

            let line = benchCase.name.padded(18)
                + String(format: "%6.1f   %12.0f   %9.0f   %15.2f   %18.2f %%   %@", megabytes, megabytes / decodeCPU,
                         megabytes / decodeWall, detectCPU * 1000, detectCPU / decodeCPU * 100, detection.encoding.rawValue)
            print(line + (produced == 0 ? " (no output!)" : ""))
            try? FileManager.default.removeItem(atPath: path)
        }
        if fields { Self.fieldFigures() }
    }
}

/// One encoding to benchmark: how to write its file.
struct DecodeBenchCase: Sendable {
    let name: String
    let encoding: TextEncoding
    let encode: @Sendable (String) -> [UInt8]

    static let all: [DecodeBenchCase] = [
        DecodeBenchCase(name: "utf-8", encoding: .utf8) { Array($0.utf8) },
        DecodeBenchCase(name: "utf-8-nfd", encoding: .utf8) { Array($0.decomposedStringWithCanonicalMapping.utf8) },
        DecodeBenchCase(name: "utf-16le", encoding: .utf16LE) { [0xFF, 0xFE] + LegacyEncoder.encode($0, as: .utf16LE) },
        DecodeBenchCase(name: "windows-1258", encoding: .windows1258) { LegacyEncoder.encode($0, as: .windows1258) },
        DecodeBenchCase(name: "windows-1258-comb", encoding: .windows1258) { LegacyEncoder.encodeWindows1258($0, combiningTones: true) },
        DecodeBenchCase(name: "tcvn3", encoding: .tcvn3) { LegacyEncoder.encode($0, as: .tcvn3) },
        DecodeBenchCase(name: "vni", encoding: .vni) { LegacyEncoder.encode($0, as: .vni) },
        DecodeBenchCase(name: "viqr", encoding: .viqr) { LegacyEncoder.encode($0, as: .viqr) },
        DecodeBenchCase(name: "viscii", encoding: .viscii) { LegacyEncoder.encode($0, as: .viscii) },
        DecodeBenchCase(name: "utf-8-mojibake", encoding: .utf8Mojibake) { LegacyEncoder.encode($0, as: .utf8Mojibake) },
    ]

    /// About 1 MB of citizen-list CSV text (generated names, dates, addresses).
    static func sampleText() -> String {
        var corpus = VietnameseNameCorpus(seed: 7)
        let places = ["Thôn Đông Hưng, xã Hoà Bình", "Ấp Mỹ Phước, xã Tân Mỹ", "Xóm 3, xã Nghĩa Đồng",
                      "Tổ dân phố Số 5, phường Quyết Thắng", "Bản Nà Lừa, xã Chiềng Sinh", "Khu phố 2, phường Bến Thành"]
        var lines = ["STT,Họ và tên,Ngày sinh,Giới tính,Địa chỉ,Danh hiệu,Ghi chú"]
        var row = 0
        var size = 0
        while size < 1_000_000 {
            row += 1
            let name = corpus.next()
            let line = "\(row),\(name),\(10 + row % 18)/0\(1 + row % 9)/19\(50 + row % 50),\(row % 2 == 0 ? "Nam" : "Nữ"),\"\(places[row % places.count])\",Công dân học tập,"
            size += line.utf8.count + 1
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the encoded text repeated to at least `megabytes` MB; returns the size.
    func writeFile(path: String, text: String, megabytes: Int) throws -> Int {
        let block = encode(text)
        guard let handle = FileHandle(forWritingAtPath: path) ?? {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            return FileHandle(forWritingAtPath: path)
        }() else { throw ValidationError("cannot write \(path)") }
        defer { try? handle.close() }
        var size = 0
        var first = true
        let body = encoding == .utf16LE ? Array(block.dropFirst(2)) : block  // one BOM only
        while size < megabytes * 1_000_000 {
            let chunk = first ? block : body
            handle.write(Data(chunk))
            size += chunk.count
            first = false
        }
        return size
    }
}

private extension String {
    func padded(_ width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}

/// CPU time of the calling thread, in seconds.
func threadCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}
