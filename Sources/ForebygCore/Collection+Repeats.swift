extension Collection {
    /// The indices of the elements whose key an earlier element already has, in order: where a
    /// list repeats an identifier that must be unique.
    ///
    /// Inlinable, so that each caller's module specializes it for its element and key types.
    @inlinable
    package func indicesRepeating<Key: Hashable>(_ key: (Element) -> Key) -> [Index] {
        var seen = Set<Key>(minimumCapacity: count)
        return indices.filter { !seen.insert(key(self[$0])).inserted }
    }
}
