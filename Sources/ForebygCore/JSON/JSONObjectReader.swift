/// The members of one object of a parsed text, for a ``JSONTapeDecodable`` type: what a keyed
/// decoding container offers, without the container's boxing, generic keys or existentials.
///
/// Each lookup marks the member read and throws the error the keyed container throws
/// (`keyNotFound` for a missing member, a type mismatch at the member's path). Lookups go
/// through the object's ``JSONMemberIndex``, first at the member where the same lookup found
/// it in the type's previous object (``JSONLookupHints``), else after the member found last.
@usableFromInline
package struct JSONObjectReader {
    @usableFromInline let state: JSONDecodingState
    /// The object's tape index.
    let object: Int
    /// The object's member names.
    private let members: JSONMemberIndex
    /// The member after the one found last.
    private var expected = 0
    /// Where the type's lookups found their members in its previous object, if it has hints.
    private let hints: UnsafeMutablePointer<Int32>?
    /// How many lookups this reader made.
    private var lookups = 0

    /// Opens the reader of the object at tape index `object` for a value of `type`, or throws
    /// the error `container(keyedBy:)` throws for a value that is not an object; ``close()``
    /// gives its member index back.
    init(state: JSONDecodingState, object: Int, for type: Any.Type) throws {
        guard state.tape[object].tapeKind == .object else { throw state.mismatch([String: Any].self, at: object) }
        self.state = state
        self.object = object
        hints = state.lookupHints.hints(for: ObjectIdentifier(type))
        let words = state.memberStack.lend(JSONMemberIndex.wordCount(ofObjectAt: object, in: state))
        members = JSONMemberIndex(ofObjectAt: object, in: state, into: words)
    }

    /// Gives the member index back; the reader is not used after.
    @usableFromInline
    func close() {
        state.memberStack.giveBack(members.words)
    }

    /// A required member's value.
    package mutating func decode<Value: Decodable>(_ type: Value.Type, _ name: StaticString) throws -> Value {
        try state.decode(type, at: try required(name))
    }

    /// A required member that is itself a ``JSONTapeDecodable`` object.
    ///
    /// Inlinable, so that the conformer's module calls `Value.init(from:)` directly instead of
    /// through a generic function of this module. (The compiler inlines a `package` function
    /// only when the package types it names are `@usableFromInline`, as this reader and
    /// ``JSONTapeDecodable`` are; without that it accepts `@inlinable` and ignores it.)
    @inlinable
    package mutating func decode<Value: JSONTapeDecodable>(_ type: Value.Type, _ name: StaticString) throws -> Value {
        var nested = try nestedReader(required: name, for: Value.self)
        defer { nested.close() }
        return try Value(from: &nested)
    }

    /// An optional member's value; `nil` when it is absent or `null`.
    package mutating func decodeIfPresent<Value: Decodable>(_ type: Value.Type, _ name: StaticString) throws -> Value? {
        guard let index = present(name) else { return nil }
        return try state.decode(type, at: index)
    }

    /// An optional member that is a ``JSONTapeDecodable`` object; `nil` when absent or `null`.
    @inlinable
    package mutating func decodeIfPresent<Value: JSONTapeDecodable>(_ type: Value.Type, _ name: StaticString) throws -> Value? {
        guard var nested = try nestedReader(ifPresent: name, for: Value.self) else { return nil }
        defer { nested.close() }
        return try Value(from: &nested)
    }

    /// An optional array of objects of a ``JSONTapeDecodable`` type; `nil` when absent or
    /// `null`. Inlinable, as the one above.
    @inlinable
    package mutating func decodeIfPresent<Element: JSONTapeDecodable>(_ type: [Element].Type, _ name: StaticString) throws -> [Element]? {
        guard var array = try objectArray(ifPresent: name) else { return nil }
        var elements: [Element] = []
        while var element = try array.nextReader(for: Element.self) {
            defer { element.close() }
            elements.append(try Element(from: &element))
        }
        return elements
    }

    /// The elements of an optional member that is an array; `nil` when absent or `null`.
    @usableFromInline
    mutating func objectArray(ifPresent name: StaticString) throws -> JSONObjectArray? {
        guard let index = present(name) else { return nil }
        return try JSONObjectArray(state: state, array: index)
    }

    /// The reader of a required member that is an object, or the error `container(keyedBy:)`
    /// throws.
    @usableFromInline
    mutating func nestedReader(required name: StaticString, for type: Any.Type) throws -> JSONObjectReader {
        try JSONObjectReader(state: state, object: try required(name), for: type)
    }

    /// The reader of an optional member that is an object; `nil` when absent or `null`.
    @usableFromInline
    mutating func nestedReader(ifPresent name: StaticString, for type: Any.Type) throws -> JSONObjectReader? {
        guard let index = present(name) else { return nil }
        return try JSONObjectReader(state: state, object: index, for: type)
    }

    /// A required string member with where it is, for a reader that maps it to a value
    /// (``JSONRawValueDecodable``).
    package mutating func decodeStringValue(_ name: StaticString) throws -> JSONStringValue {
        try JSONStringValue(state: state, index: try required(name))
    }

    /// A required array of strings that are raw values of `table`'s type: the values, with the
    /// errors of `[Value].init(from:)`, in an array the table shares when it can. Inlinable, so
    /// that the caller's module specializes it for the enumeration.
    @inlinable
    package mutating func decodeValues<Value>(_ name: StaticString, in table: JSONRawValueTable<Value>) throws -> [Value] {
        try table.values(ofArrayAt: try required(name), in: state)
    }

    /// A required identifier member: a string, as `Identifier.init(from:)` reads it.
    /// Inlinable, as the next: generic code that the caller's module cannot specialize asks
    /// for the identifier type's metadata at every call.
    @inlinable
    package mutating func decode<Tag>(_ type: Identifier<Tag>.Type, _ name: StaticString) throws -> Identifier<Tag> {
        Identifier(try decode(String.self, name))
    }

    /// An optional identifier member.
    @inlinable
    package mutating func decodeIfPresent<Tag>(_ type: Identifier<Tag>.Type, _ name: StaticString) throws -> Identifier<Tag>? {
        try decodeIfPresent(String.self, name).map { Identifier($0) }
    }

    /// A required date member, as `CalendarDate.init(from:)` reads it.
    package mutating func decode(_ type: CalendarDate.Type, _ name: StaticString) throws -> CalendarDate {
        try date(at: try required(name))
    }

    /// An optional date member.
    package mutating func decodeIfPresent(_ type: CalendarDate.Type, _ name: StaticString) throws -> CalendarDate? {
        guard let index = present(name) else { return nil }
        return try date(at: index)
    }

    /// A required date-and-time member, as `LocalDateTime.init(from:)` reads it.
    package mutating func decode(_ type: LocalDateTime.Type, _ name: StaticString) throws -> LocalDateTime {
        let index = try required(name)
        if let value = state.unescapedStringBytes(at: index).flatMap(LocalDateTime.init(isoUTF8:)) { return value }
        return try LocalDateTime(decoded: try state.decodeString(at: index), at: state.codingPath(to: index))
    }

    /// The date at tape index `index`, parsed from the text's bytes when it can be, else as
    /// `CalendarDate.init(from:)` decodes it (with its errors).
    private func date(at index: Int) throws -> CalendarDate {
        if let value = state.unescapedStringBytes(at: index).flatMap(CalendarDate.init(isoUTF8:)) { return value }
        return try CalendarDate(decoded: try state.decodeString(at: index), at: state.codingPath(to: index))
    }

    /// A required array of strings.
    package mutating func decode(_ type: [String].Type, _ name: StaticString) throws -> [String] {
        try state.decodeStrings(at: try required(name))
    }

    /// An optional array of strings; `nil` when it is absent or `null`.
    package mutating func decodeIfPresent(_ type: [String].Type, _ name: StaticString) throws -> [String]? {
        guard let index = present(name) else { return nil }
        return try state.decodeStrings(at: index)
    }

    /// A required string member.
    @usableFromInline
    package mutating func decode(_ type: String.Type, _ name: StaticString) throws -> String {
        try state.decodeString(at: try required(name))
    }

    /// An optional string member.
    @usableFromInline
    package mutating func decodeIfPresent(_ type: String.Type, _ name: StaticString) throws -> String? {
        guard let index = present(name) else { return nil }
        return try state.decodeString(at: index)
    }

    /// A required `true` or `false` member.
    package mutating func decode(_ type: Bool.Type, _ name: StaticString) throws -> Bool {
        try state.decodeBool(at: try required(name))
    }

    /// A required whole-number member.
    package mutating func decode(_ type: Int.Type, _ name: StaticString) throws -> Int {
        try state.decodeInteger(Int.self, at: try required(name))
    }

    /// The tape index of a required member's value, or `keyNotFound`.
    @usableFromInline
    mutating func required(_ name: StaticString) throws -> Int {
        guard let index = find(name) else { throw state.keyNotFound(name.description, in: object) }
        return index
    }

    /// The tape index of an optional member's value; `nil` when it is absent or `null`.
    private mutating func present(_ name: StaticString) -> Int? {
        guard let index = find(name) else { return nil }
        return state.decodeNil(at: index) ? nil : index
    }

    /// The tape index of member `name`'s value, noted as a lookup (``JSONDecodingState/noteLookup(_:in:nameIndex:)``).
    private mutating func find(_ name: StaticString) -> Int? {
        let hint = lookups < JSONLookupHints.lookupCount ? hints.map { hints in hints + lookups } : nil
        lookups += 1
        let previous = expected - 1
        var first = expected
        if let distance = hint?.pointee, distance != JSONLookupHints.absent { first = previous + Int(distance) }
        let member = name.withUTF8Buffer { utf8 in members.member(named: utf8, tryingFirst: first, in: state) }
        if let member { expected = member + 1 }
        hint?.pointee = member.map { Int32(truncatingIfNeeded: $0 - previous) } ?? JSONLookupHints.absent
        return state.noteLookup(name.description, in: object, nameIndex: member.map(members.nameIndex))
    }
}
