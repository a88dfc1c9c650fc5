/// A buffer that parallel workers fill, each at its own indices (so no lock is needed).
final class DisjointWrites<Element>: @unchecked Sendable {
    /// The elements (for workers that write whole runs at once).
    let storage: UnsafeMutableBufferPointer<Element>

    init(count: Int, fill: Element) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: fill)
    }

    deinit { storage.deallocate() }

    subscript(index: Int) -> Element {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    /// The contents, copied.
    var array: [Element] { Array(storage) }
}
