/// The members of one object of a parsed text, for a ``JSONTapeDecodable`` type: what a keyed
/// decoding container offers, without the container's boxing, generic keys or existentials.
///
/// Each lookup marks the member read and throws the error the keyed container throws
/// (`keyNotFound` for a missing member, a type mismatch at the member's path). Lookups go
/// through the object's ``JSONMemberIndex``, starting at the member after the one found last
/// (members are usually in the order they are asked for).
package struct JSONObjectReader {
    let state: JSONDecodingState
    /// The object's tape index.
    let object: Int
    /// The object's member names.
    private let members: JSONMemberIndex
    /// The member after the one found last.
    private var expected = 0

    /// Opens the reader of the object at tape index `object`; ``close()`` gives its member
    /// index back.
    init(state: JSONDecodingState, object: Int) {
        self.state = state
        self.object = object
        let words = state.memberStack.lend(JSONMemberIndex.wordCount(ofObjectAt: object, in: state))
        members = JSONMemberIndex(ofObjectAt: object, in: state, into: words)
    }

    /// Gives the member index back; the reader is not used after.
    @usableFromInline
    func close() {
        state.memberStack.giveBack(members.words)
    }

    /// A required member's value.
    package mutating func decode<Value: Decodable>(_ type: Value.Type, _ name: String) throws -> Value {
        try state.decode(type, at: try required(name))
    }

    /// A required member that is itself a ``JSONTapeDecodable`` object.
    ///
    /// Inlinable, so that the conformer's module calls `Value.init(from:)` directly instead of
    /// through a generic function of this module.
    @inlinable
    package mutating func decode<Value: JSONTapeDecodable>(_ type: Value.Type, _ name: String) throws -> Value {
        var nested = try nestedReader(required: name)
        defer { nested.close() }
        return try Value(from: &nested)
    }

    /// An optional member's value; `nil` when it is absent or `null`.
    package mutating func decodeIfPresent<Value: Decodable>(_ type: Value.Type, _ name: String) throws -> Value? {
        guard let index = present(name) else { return nil }
        return try state.decode(type, at: index)
    }

    /// An optional member that is a ``JSONTapeDecodable`` object; `nil` when absent or `null`.
    @inlinable
    package mutating func decodeIfPresent<Value: JSONTapeDecodable>(_ type: Value.Type, _ name: String) throws -> Value? {
        guard var nested = try nestedReader(ifPresent: name) else { return nil }
        defer { nested.close() }
        return try Value(from: &nested)
    }

    /// The reader of a required member that is an object, or the error `container(keyedBy:)`
    /// throws.
    @usableFromInline
    mutating func nestedReader(required name: String) throws -> JSONObjectReader {
        try nestedReader(at: try required(name))
    }

    /// The reader of an optional member that is an object; `nil` when absent or `null`.
    @usableFromInline
    mutating func nestedReader(ifPresent name: String) throws -> JSONObjectReader? {
        guard let index = present(name) else { return nil }
        return try nestedReader(at: index)
    }

    private func nestedReader(at index: Int) throws -> JSONObjectReader {
        guard state.tape[index].tapeKind == .object else { throw state.mismatch([String: Any].self, at: index) }
        return JSONObjectReader(state: state, object: index)
    }

    /// A required string member with where it is, for a reader that maps it to a value
    /// (``JSONRawValueDecodable``).
    package mutating func decodeStringValue(_ name: String) throws -> JSONStringValue {
        try JSONStringValue(state: state, index: try required(name))
    }

    /// A required array of strings with where each is, for a reader that maps them to values.
    package mutating func decodeStringValues(_ name: String) throws -> [JSONStringValue] {
        try state.elements(ofArray: try required(name)).map { element in try JSONStringValue(state: state, index: element) }
    }

    /// A required identifier member: a string, as `Identifier.init(from:)` reads it.
    package mutating func decode<Tag>(_ type: Identifier<Tag>.Type, _ name: String) throws -> Identifier<Tag> {
        Identifier(try decode(String.self, name))
    }

    /// An optional identifier member.
    package mutating func decodeIfPresent<Tag>(_ type: Identifier<Tag>.Type, _ name: String) throws -> Identifier<Tag>? {
        try decodeIfPresent(String.self, name).map { Identifier($0) }
    }

    /// A required date member, as `CalendarDate.init(from:)` reads it.
    package mutating func decode(_ type: CalendarDate.Type, _ name: String) throws -> CalendarDate {
        let index = try required(name)
        return try CalendarDate(decoded: try state.decodeString(at: index), at: state.codingPath(to: index))
    }

    /// An optional date member.
    package mutating func decodeIfPresent(_ type: CalendarDate.Type, _ name: String) throws -> CalendarDate? {
        guard let index = present(name) else { return nil }
        return try CalendarDate(decoded: try state.decodeString(at: index), at: state.codingPath(to: index))
    }

    /// A required date-and-time member, as `LocalDateTime.init(from:)` reads it.
    package mutating func decode(_ type: LocalDateTime.Type, _ name: String) throws -> LocalDateTime {
        let index = try required(name)
        return try LocalDateTime(decoded: try state.decodeString(at: index), at: state.codingPath(to: index))
    }

    /// A required array of strings.
    package mutating func decode(_ type: [String].Type, _ name: String) throws -> [String] {
        try state.decodeStrings(at: try required(name))
    }

    /// An optional array of strings; `nil` when it is absent or `null`.
    package mutating func decodeIfPresent(_ type: [String].Type, _ name: String) throws -> [String]? {
        guard let index = present(name) else { return nil }
        return try state.decodeStrings(at: index)
    }

    /// A required string member.
    package mutating func decode(_ type: String.Type, _ name: String) throws -> String {
        try state.decodeString(at: try required(name))
    }

    /// An optional string member.
    package mutating func decodeIfPresent(_ type: String.Type, _ name: String) throws -> String? {
        guard let index = present(name) else { return nil }
        return try state.decodeString(at: index)
    }

    /// A required `true` or `false` member.
    package mutating func decode(_ type: Bool.Type, _ name: String) throws -> Bool {
        try state.decodeBool(at: try required(name))
    }

    /// A required whole-number member.
    package mutating func decode(_ type: Int.Type, _ name: String) throws -> Int {
        try state.decodeInteger(Int.self, at: try required(name))
    }

    /// The tape index of a required member's value, or `keyNotFound`.
    private mutating func required(_ name: String) throws -> Int {
        guard let index = find(name) else { throw state.keyNotFound(name, in: object) }
        return index
    }

    /// The tape index of an optional member's value; `nil` when it is absent or `null`.
    private mutating func present(_ name: String) -> Int? {
        guard let index = find(name) else { return nil }
        return state.decodeNil(at: index) ? nil : index
    }

    /// The tape index of member `name`'s value, noted as a lookup (``JSONDecodingState/noteLookup(_:in:nameIndex:)``).
    private mutating func find(_ name: String) -> Int? {
        var name = name
        let member = name.withUTF8 { utf8 in members.member(named: utf8, expected: expected, in: state) }
        if let member { expected = member + 1 }
        return state.noteLookup(name, in: object, nameIndex: member.map(members.nameIndex))
    }
}
