import SoSachText

/// A stream of `count` bytes of field text with no line end, generated as it is read (so that
/// a 1 GB input costs no disk and no memory): the reader must report one too-large record with
/// bounded memory.
final class CSVBenchHugeLine: ByteSource {
    private var left: Int
    private let pattern = Array("Nguyễn Văn An Thôn Đông Hòa Bình ".utf8)
    private var phase = 0

    init(count: Int) { left = count }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, left)
        for index in 0..<count {
            buffer[index] = pattern[phase]
            phase = phase + 1 == pattern.count ? 0 : phase + 1
        }
        left -= count
        return count
    }
}
