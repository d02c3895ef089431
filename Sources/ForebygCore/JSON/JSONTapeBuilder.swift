/// The entries of a tape while the parser writes them, in a ``JSONTapeStorage``.
///
/// The parser reserves as many entries as the text can hold (one per two bytes, see
/// ``JSONParser``), so the storage never grows in practice; if it must, it is copied to one
/// twice its size.
struct JSONTapeBuilder {
    private var storage: JSONTapeStorage
    /// The entries written so far.
    private(set) var count = 0

    /// An empty tape with room for `capacity` entries.
    init(capacity: Int) {
        storage = JSONTapeStorage(capacity: capacity)
    }

    /// The entry at `index`, which must be below ``count``.
    subscript(index: Int) -> UInt64 {
        get { storage.base[index] }
        set { storage.base[index] = newValue }
    }

    /// Adds an entry at the end.
    @inline(__always)
    mutating func append(_ entry: UInt64) {
        if count == storage.capacity { grow() }
        storage.base[count] = entry
        count += 1
    }

    /// The finished entries.
    func finish() -> JSONTapeStorage {
        storage.count = count
        return storage
    }

    private mutating func grow() {
        let larger = JSONTapeStorage(capacity: storage.capacity * 2)
        larger.base.update(from: storage.base, count: count)
        storage = larger
    }
}
