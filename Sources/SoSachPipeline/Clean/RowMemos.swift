#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The row cleaner's memos of pure functions of a cell's bytes (villages, extra cells), one
/// set per thread and kept across files: a province's files repeat the same hamlets ("Thôn 3",
/// "Xóm 2"), so a new file's rows are mostly hits instead of cleaning and casing them again.
/// A hit returns exactly what the function gives for the same bytes (`CellMemo`), so which
/// files a thread read before changes nothing in the output.
///
/// Per thread, not shared: the memos are not locked, and a worker reads its files on its own
/// thread. `current` is asked on every use (never kept by a value that may move to another
/// thread).
final class RowMemos {
    /// Villages as written → cleaned and officially cased (with whether the case changed).
    var villages = CellMemo<(text: String, recased: Bool)>()
    /// Extra cells as written → cleaned.
    var extraCells = CellMemo<String>()

    /// The calling thread's memos (made on first use; released when the thread ends).
    static var current: RowMemos {
        if let held = pthread_getspecific(key) { return Unmanaged<RowMemos>.fromOpaque(held).takeUnretainedValue() }
        let memos = RowMemos()
        pthread_setspecific(key, Unmanaged.passRetained(memos).toOpaque())
        return memos
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { held in
            #if canImport(Darwin)
            Unmanaged<RowMemos>.fromOpaque(held).release()
            #else
            if let held { Unmanaged<RowMemos>.fromOpaque(held).release() }
            #endif
        }
        return key
    }()
}
