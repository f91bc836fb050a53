/// A stream of bytes read chunk by chunk: a file, a buffer in memory, or a decoder that turns
/// a legacy encoding into UTF-8 as it reads from another source.
///
/// Readers never load a whole input: they call `read(into:)` with a reused buffer until it
/// returns 0.
public protocol ByteSource: AnyObject {
    /// Fills the start of `buffer` with the next bytes of the stream and returns how many were
    /// written; returns 0 only at the end of the stream. Throws for I/O errors.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}
