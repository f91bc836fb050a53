import Foundation
import SoSachText

/// Per-file detection cost on small files (a province run opens thousands of files of ~100 rows):
/// `EncodingDetector.detect(sample:isComplete:)` on the whole file, then `detectColumn` on each
/// column's non-ASCII fields, as `ListFileReader` does when it opens a file.
extension DecodeBench {
    static func smallFileFigures(cases: [DecodeBenchCase], text: String, rows: Int = 100, files: Int = 2_000) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let small = lines.prefix(rows + 1).joined(separator: "\n") + "\n"
        for benchCase in cases where benchCase.encoding.isASCIICompatible {
            let sample = benchCase.encode(small)
            // Columns of the sample's non-ASCII fields, cut at commas outside quotes.
            var columns: [[ArraySlice<UInt8>]] = []
            for line in sample.split(separator: 0x0A) {
                var column = 0, start = line.startIndex, quoted = false
                for k in line.indices {
                    if line[k] == 0x22 { quoted.toggle() }
                    guard line[k] == 0x2C && !quoted || k == line.index(before: line.endIndex) else { continue }
                    let end = line[k] == 0x2C && !quoted ? k : line.endIndex
                    let field = line[start..<end]
                    if columns.count <= column { columns.append([]) }
                    if field.contains(where: { $0 >= 0x80 }) { columns[column].append(field) }
                    column += 1
                    start = line.index(after: k)
                }
            }
            let detector = EncodingDetector()
            var sink = 0
            let start = threadCPUSeconds()
            for _ in 0..<files {
                let detection = detector.detect(sample: sample, isComplete: true)
                sink &+= detection.evidence.count
                for fields in columns where !fields.isEmpty {
                    sink &+= detector.detectColumn(fields, fileEncoding: detection.encoding).evidence.count
                }
            }
            let seconds = threadCPUSeconds() - start
            if sink == 0 { print("(no output)") }
            print(String(format: "small file %@ (%d rows, %d bytes): detection %.1f µs/file (CPU)",
                         benchCase.name, rows, sample.count, seconds / Double(files) * 1e6))
        }
    }
}
