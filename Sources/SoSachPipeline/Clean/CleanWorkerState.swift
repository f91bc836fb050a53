/// What one worker thread keeps across the files it reads, such as the unit resolver and its
/// cache (building them per file would throw the cache away). Never shared between threads.
final class CleanWorkerState {
    /// Objects the standard parts store by name (e.g. `"units"` → the worker's `UnitResolver`).
    var objects: [String: AnyObject] = [:]

    /// The object stored under `key`, made by `make` on first use.
    func object<T: AnyObject>(_ key: String, make: () throws -> T) rethrows -> T {
        if let existing = objects[key] as? T { return existing }
        let made = try make()
        objects[key] = made
        return made
    }
}
