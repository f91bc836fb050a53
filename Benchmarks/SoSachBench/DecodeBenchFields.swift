import Foundation
import SoSachText

/// Per-field decoding cost of `FieldDecoder(.utf8)`: generated name cells (clean UTF-8 NFC) with
/// and without the mojibake check; the difference is what the check costs a clean field.
extension DecodeBench {
    static func fieldFigures(count: Int = 200_000) {
        var corpus = VietnameseNameCorpus(seed: 11)
        let cells: [[UInt8]] = (0..<4096).map { _ in Array(corpus.next().utf8) }
        let nonASCII = cells.filter { $0.contains { $0 >= 0x80 } }
        func timePerField(_ decoder: FieldDecoder) -> Double {
            var sink = 0
            let start = threadCPUSeconds()
            for k in 0..<count { sink &+= decoder.decode(nonASCII[k % nonASCII.count]).bytes.count }
            let seconds = threadCPUSeconds() - start
            if sink == 0 { print("(no output)") }
            return seconds / Double(count) * 1e6
        }
        let checked = timePerField(FieldDecoder(encoding: .utf8))
        let unchecked = timePerField(FieldDecoder(encoding: .utf8, repairsMojibake: false))
        print(String(format: "field utf-8 (non-ASCII name cells): %.3f µs/field with mojibake check, %.3f without, check %.3f µs/field",
                     checked, unchecked, checked - unchecked))
    }
}
