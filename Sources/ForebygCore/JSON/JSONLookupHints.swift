/// Where each lookup of a ``JSONTapeDecodable`` type found its member in the type's previous
/// object: how many members after the one the lookup before it found (in the object's
/// ``JSONMemberIndex``), or ``absent`` when the member was absent.
///
/// The objects of a large array are written by one program and have their members in one
/// order, which is often not the order a decoder asks for them in (a writer that sorts
/// names). With the hint, a lookup compares one member instead of searching the object. The
/// distance from the member found before changes only when an optional member between the two
/// comes or goes, where a position would change with every optional member before it. A hint
/// only says where to look first, so a wrong one costs a search and never a wrong value.
///
/// One decoding pass keeps hints for the first ``typeCount`` types it reads, for their first
/// ``lookupCount`` lookups each; the storage is behind pointers, so that reading and writing a
/// hint has none of the dynamic exclusivity checks a class's `var` costs.
final class JSONLookupHints {
    /// How many types have hints.
    static let typeCount = 8
    /// How many lookups of an object have hints.
    static let lookupCount = 32
    /// The hint of a lookup whose member was absent.
    static let absent = Int32.min

    private let types = UnsafeMutablePointer<ObjectIdentifier?>.allocate(capacity: typeCount)
    private let slots = UnsafeMutablePointer<Int32>.allocate(capacity: typeCount * lookupCount)

    init() {
        types.initialize(repeating: nil, count: Self.typeCount)
        slots.initialize(repeating: 1, count: Self.typeCount * Self.lookupCount)
    }

    deinit {
        types.deinitialize(count: Self.typeCount)
        types.deallocate()
        slots.deallocate()
    }

    /// The hints of `type`, ``lookupCount`` of them, indexed by the lookup's position in the
    /// type's decoding; `nil` when every place is taken by other types.
    func hints(for type: ObjectIdentifier) -> UnsafeMutablePointer<Int32>? {
        for position in 0..<Self.typeCount {
            if types[position] == type { return slots + position * Self.lookupCount }
            if types[position] == nil {
                types[position] = type
                return slots + position * Self.lookupCount
            }
        }
        return nil
    }
}
