/// The members of one object of a parsed text, for a ``JSONTapeDecodable`` type: what a keyed
/// decoding container offers, without the container's boxing, generic keys or existentials.
///
/// Each lookup marks the member read and throws the error the keyed container throws
/// (`keyNotFound` for a missing member, a type mismatch at the member's path). The reader
/// expects the members in the order they are asked for: each lookup tries the member after
/// the one found last before it searches the object.
package struct JSONObjectReader {
    let state: JSONDecodingState
    /// The object's tape index.
    let object: Int
    /// The tape index of the member name after the member found last.
    private var expected: Int

    init(state: JSONDecodingState, object: Int) {
        self.state = state
        self.object = object
        expected = object + 1
    }

    /// A required member's value.
    package mutating func decode<Value: Decodable>(_ type: Value.Type, _ name: String) throws -> Value {
        try state.decode(type, at: try required(name))
    }

    /// A required member that is itself a ``JSONTapeDecodable`` object.
    package mutating func decode<Value: JSONTapeDecodable>(_ type: Value.Type, _ name: String) throws -> Value {
        try Value.decodeFromTape(at: try required(name), in: state)
    }

    /// An optional member's value; `nil` when it is absent or `null`.
    package mutating func decodeIfPresent<Value: Decodable>(_ type: Value.Type, _ name: String) throws -> Value? {
        guard let index = present(name) else { return nil }
        return try state.decode(type, at: index)
    }

    /// An optional member that is a ``JSONTapeDecodable`` object; `nil` when absent or `null`.
    package mutating func decodeIfPresent<Value: JSONTapeDecodable>(_ type: Value.Type, _ name: String) throws -> Value? {
        guard let index = present(name) else { return nil }
        return try Value.decodeFromTape(at: index, in: state)
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
        let index = try state.value(of: name, in: object, expectedAt: expected)
        expected = state.next(after: index)
        return index
    }

    /// The tape index of an optional member's value; `nil` when it is absent or `null`.
    private mutating func present(_ name: String) -> Int? {
        guard let index = state.lookUp(name, in: object, expectedAt: expected) else { return nil }
        expected = state.next(after: index)
        return state.decodeNil(at: index) ? nil : index
    }
}
