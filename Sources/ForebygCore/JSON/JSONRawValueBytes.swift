/// The raw values of an enumeration as UTF-8 bytes, with each one's key (its length and first
/// seven bytes, as ``JSONMemberIndex/key(_:)`` makes it): the part of a ``JSONRawValueTable``
/// that does not depend on the enumeration's type, so that it runs as compiled here, without
/// the cost of generic code that the caller's module cannot specialize.
@usableFromInline
struct JSONRawValueBytes: Sendable {
    private let bytes: [[UInt8]]
    private let keys: [UInt64]

    /// The bytes of `rawValues`, in order.
    init(_ rawValues: [String]) {
        bytes = rawValues.map { Array($0.utf8) }
        keys = bytes.map { bytes in bytes.withUnsafeBufferPointer(JSONMemberIndex.key) }
    }

    /// Whether a table has a slot for every array of two values: for up to 32 cases.
    var hasPairSlots: Bool { bytes.count <= 32 }

    /// The position of the raw value that is the bytes of the string at tape entry `entry`;
    /// `nil` for an escaped string, another kind of value, or other bytes.
    func position(of entry: UInt64, in state: JSONDecodingState) -> Int? {
        guard entry.tapeKind == .string else { return nil }
        let start = state.bytes.baseAddress!.assumingMemoryBound(to: UInt8.self) + entry.tapeOffset
        let count = entry.tapePayload
        let key = JSONMemberIndex.key(UnsafeBufferPointer(start: start, count: count))
        for position in keys.indices where keys[position] == key {
            if bytes[position].withUnsafeBufferPointer({ JSONMemberIndex.sameBytes(start, count: count, withKeyOf: $0) }) { return position }
        }
        return nil
    }

    /// The slot of the table's shared array for the array of strings at tape index `array`:
    /// the position of its one value, or, after the ones, `count * first + second` for two
    /// (``hasPairSlots``); `nil` for an array of other lengths or with a string whose bytes are
    /// no raw value.
    @usableFromInline
    func shortArraySlot(ofArrayAt array: Int, in state: JSONDecodingState) throws -> Int? {
        guard state.tape[array].tapeKind == .array else { throw state.mismatch([Any].self, at: array) }
        let end = state.tape[array].tapePayload
        guard array + 1 < end, let first = position(of: state.tape[array + 1], in: state) else { return nil }
        if array + 2 == end { return first }
        guard hasPairSlots, array + 3 == end, let second = position(of: state.tape[array + 2], in: state) else { return nil }
        return bytes.count + bytes.count * first + second
    }

    /// A code of the positions of `rawValues`, one byte each, for up to seven raw values.
    func code(of rawValues: [String]) -> UInt64? {
        guard rawValues.count <= 7, bytes.count < 255 else { return nil }
        var code = UInt64(rawValues.count)
        for rawValue in rawValues {
            guard let position = bytes.firstIndex(of: Array(rawValue.utf8)) else { return nil }
            code = code << 8 | UInt64(position + 1)
        }
        return code
    }
}
