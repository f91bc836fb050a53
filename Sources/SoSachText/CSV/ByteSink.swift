/// Where written bytes go: a file being written atomically, a buffer in memory, a descriptor.
///
/// Writers such as `CSVWriter` collect bytes in their own reused buffer and hand them to the
/// sink in large blocks.
public protocol ByteSink: AnyObject {
    /// Writes all of `bytes`. Throws for I/O errors.
    func write(_ bytes: UnsafeRawBufferPointer) throws
}
