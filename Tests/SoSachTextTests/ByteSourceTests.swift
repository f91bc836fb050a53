import Testing
@testable import SoSachText

@Suite struct ByteSourceTests {
    @Test(arguments: [1, 2, 3, 7, 64, Int.max])
    func memorySourceReturnsEveryByteInChunks(chunk: Int) throws {
        let bytes = Array("Nguyễn Văn Đức,1985\n".utf8)
        let source = MemoryByteSource(bytes, chunkSize: chunk)
        var collected: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16)
        while true {
            let count = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 { break }
            #expect(count <= min(chunk, 16))
            collected += buffer[0..<count]
        }
        #expect(collected == bytes)
    }
}
