/// The member names of one object, for a ``JSONObjectReader``: per member a key word (the
/// name's length and first seven bytes) and the name's tape index, in words a
/// ``JSONMemberStack`` lends.
///
/// A lookup compares one word per member instead of walking the tape and comparing bytes, so a
/// member written in another order than it is read (a writer that sorts names) costs a few
/// instructions per member rather than a few dozen; a one-word filter of the keys (one bit
/// each) answers most lookups of an absent member without comparing any. Names of up to seven
/// bytes are equal when their keys are; longer ones and escaped ones are compared in full.
struct JSONMemberIndex {
    /// Two words per member: its key, then its name's tape index.
    let words: UnsafeMutableBufferPointer<UInt64>
    /// The number of members.
    let count: Int
    /// One bit per member's key (``filterBit(of:)``); all bits when a name is escaped.
    private var filter: UInt64 = 0

    /// The key of an escaped name, which no name asked for has (its bytes would be 0xFF, which
    /// UTF-8 never uses): such a name is always compared in full.
    private static let escapedKey = UInt64.max

    /// The number of words the index of the object at `object` takes.
    static func wordCount(ofObjectAt object: Int, in state: JSONDecodingState) -> Int {
        var members = 0, index = object + 1
        let end = state.tape[object].tapePayload
        while index < end {
            members += 1
            index = state.next(after: index + 1)
        }
        return 2 * members
    }

    /// Fills `words` (``wordCount(ofObjectAt:in:)`` long) with the index of the object at `object`.
    init(ofObjectAt object: Int, in state: JSONDecodingState, into words: UnsafeMutableBufferPointer<UInt64>) {
        self.words = words
        count = words.count / 2
        let base = state.bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)
        let end = base + state.bytes.count
        var index = object + 1
        for member in 0..<count {
            let entry = state.tape[index]
            let key = entry.tapeKind == .string
                ? Self.key(ofNameAt: base + entry.tapeOffset, count: entry.tapePayload, textEnd: end) : Self.escapedKey
            words[2 * member] = key
            filter |= key == Self.escapedKey ? .max : Self.filterBit(of: key)
            words[2 * member + 1] = UInt64(index)
            index = state.next(after: index + 1)
        }
    }

    /// The key of a name's bytes: the length (at most 255) in the low byte, then the first
    /// seven bytes.
    static func key(_ name: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var key = UInt64(min(name.count, 255))
        if name.count >= 8, let start = name.baseAddress {
            return UInt64(littleEndian: UnsafeRawPointer(start).loadUnaligned(as: UInt64.self)) << 8 | key
        }
        for position in 0..<name.count {
            key |= UInt64(name[position]) << (8 * (position + 1))
        }
        return key
    }

    /// The ``key(_:)`` of the `count` bytes at `start`, a name in a text that ends at
    /// `textEnd`: a short name is read in one load of eight bytes when they all lie inside the
    /// text, and the bytes after the name are masked off.
    static func key(ofNameAt start: UnsafePointer<UInt8>, count: Int, textEnd: UnsafePointer<UInt8>) -> UInt64 {
        guard count > 0, count < 8, textEnd - start >= 8 else { return key(UnsafeBufferPointer(start: start, count: count)) }
        let word = UInt64(littleEndian: UnsafeRawPointer(start).loadUnaligned(as: UInt64.self))
        return (word & (~0 >> (64 - 8 * UInt64(count)))) << 8 | UInt64(count)
    }

    /// Whether the `count` bytes at `start`, whose key is that of `other`, are the bytes of
    /// `other`: equal keys hold equal first seven bytes and equal lengths below 255, so only
    /// the lengths and the bytes after the seventh are left to compare.
    static func sameBytes(_ start: UnsafePointer<UInt8>, count: Int, withKeyOf other: UnsafeBufferPointer<UInt8>) -> Bool {
        count == other.count && (count <= 7 || JSONStrings.equal(start + 7, other.baseAddress! + 7, count: count - 7))
    }

    /// The filter bit of a key: one of 64, from the key's Fibonacci hash.
    static func filterBit(of key: UInt64) -> UInt64 {
        1 << ((key &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }

    /// The tape index of the member name at `member`.
    func nameIndex(of member: Int) -> Int {
        Int(words[2 * member + 1])
    }

    /// The member named `name`: member `first` if it is that one, else the first that is,
    /// searched from member `first` on and then from the first member.
    func member(named name: UnsafeBufferPointer<UInt8>, tryingFirst first: Int, in state: JSONDecodingState) -> Int? {
        let wanted = Self.key(name)
        guard filter & Self.filterBit(of: wanted) != 0 else { return nil }
        func matches(_ member: Int) -> Bool {
            let key = words[2 * member]
            if key == wanted, name.count <= 7 { return true }
            if key == wanted {
                let entry = state.tape[nameIndex(of: member)]
                let start = state.bytes.baseAddress!.assumingMemoryBound(to: UInt8.self) + entry.tapeOffset
                return Self.sameBytes(start, count: entry.tapePayload, withKeyOf: name)
            }
            return key == Self.escapedKey && JSONStrings.entry(state.tape[nameIndex(of: member)], in: state.bytes, equals: name)
        }
        let start = min(max(first, 0), count)
        for member in start..<count where matches(member) { return member }
        for member in 0..<start where matches(member) { return member }
        return nil
    }
}

/// The words of the member indices of the readers that are open, innermost last: one block
/// for a decoding pass, so that opening a reader allocates nothing. An index that does not fit
/// in what is left gets a block of its own.
///
/// The top is kept behind a pointer, so that opening and closing a reader has none of the
/// dynamic exclusivity checks a class's `var` costs.
final class JSONMemberStack {
    private static let capacity = 4096
    private let block = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
    private let top = UnsafeMutablePointer<Int>.allocate(capacity: 1)

    init() {
        top.initialize(to: 0)
    }

    deinit {
        block.deallocate()
        top.deallocate()
    }

    /// Lends `count` words, to give back with ``giveBack(_:)`` in the opposite order. Words
    /// from the block always leave one word after them, so that even none of them start inside
    /// the block (``giveBack(_:)`` tells them from a block of their own by where they start).
    func lend(_ count: Int) -> UnsafeMutableBufferPointer<UInt64> {
        guard top.pointee + count < Self.capacity else { return .allocate(capacity: count) }
        defer { top.pointee += count }
        return UnsafeMutableBufferPointer(start: block + top.pointee, count: count)
    }

    /// Takes back words that ``lend(_:)`` gave.
    func giveBack(_ words: UnsafeMutableBufferPointer<UInt64>) {
        if let start = words.baseAddress, start >= block, start < block + Self.capacity {
            top.pointee = start - block
        } else {
            words.deallocate()
        }
    }
}
