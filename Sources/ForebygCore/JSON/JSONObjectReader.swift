/// The members of one object of a parsed text, for a ``JSONTapeDecodable`` type: what a keyed
/// decoding container offers, without the container's boxing, generic keys or existentials.
///
/// Each lookup marks the member read and throws the error the keyed container throws
/// (`keyNotFound` for a missing member, a type mismatch at the member's path).
package struct JSONObjectReader {
    let state: JSONDecodingState
    /// The object's tape index.
    let object: Int

    /// A required member's value.
    package func decode<Value: Decodable>(_ type: Value.Type, _ name: String) throws -> Value {
        try state.decode(type, at: try state.value(of: name, in: object))
    }

    /// A required member that is itself a ``JSONTapeDecodable`` object.
    package func decode<Value: JSONTapeDecodable>(_ type: Value.Type, _ name: String) throws -> Value {
        try Value.decodeFromTape(at: try state.value(of: name, in: object), in: state)
    }

    /// An optional member's value; `nil` when it is absent or `null`.
    package func decodeIfPresent<Value: Decodable>(_ type: Value.Type, _ name: String) throws -> Value? {
        guard let index = state.presentValue(of: name, in: object) else { return nil }
        return try state.decode(type, at: index)
    }

    /// An optional member that is a ``JSONTapeDecodable`` object; `nil` when absent or `null`.
    package func decodeIfPresent<Value: JSONTapeDecodable>(_ type: Value.Type, _ name: String) throws -> Value? {
        guard let index = state.presentValue(of: name, in: object) else { return nil }
        return try Value.decodeFromTape(at: index, in: state)
    }

    /// A required identifier member: a string, as `Identifier.init(from:)` reads it.
    package func decode<Tag>(_ type: Identifier<Tag>.Type, _ name: String) throws -> Identifier<Tag> {
        Identifier(try decode(String.self, name))
    }

    /// An optional identifier member.
    package func decodeIfPresent<Tag>(_ type: Identifier<Tag>.Type, _ name: String) throws -> Identifier<Tag>? {
        try decodeIfPresent(String.self, name).map { Identifier($0) }
    }

    /// A required date member, as `CalendarDate.init(from:)` reads it.
    package func decode(_ type: CalendarDate.Type, _ name: String) throws -> CalendarDate {
        let index = try state.value(of: name, in: object)
        return try CalendarDate(decoded: try state.decodeString(at: index), at: state.codingPath(to: index))
    }

    /// An optional date member.
    package func decodeIfPresent(_ type: CalendarDate.Type, _ name: String) throws -> CalendarDate? {
        guard let index = state.presentValue(of: name, in: object) else { return nil }
        return try CalendarDate(decoded: try state.decodeString(at: index), at: state.codingPath(to: index))
    }

    /// A required date-and-time member, as `LocalDateTime.init(from:)` reads it.
    package func decode(_ type: LocalDateTime.Type, _ name: String) throws -> LocalDateTime {
        let index = try state.value(of: name, in: object)
        return try LocalDateTime(decoded: try state.decodeString(at: index), at: state.codingPath(to: index))
    }

    /// A required string member.
    package func decode(_ type: String.Type, _ name: String) throws -> String {
        try state.decodeString(at: try state.value(of: name, in: object))
    }

    /// An optional string member.
    package func decodeIfPresent(_ type: String.Type, _ name: String) throws -> String? {
        guard let index = state.presentValue(of: name, in: object) else { return nil }
        return try state.decodeString(at: index)
    }

    /// A required `true` or `false` member.
    package func decode(_ type: Bool.Type, _ name: String) throws -> Bool {
        try state.decodeBool(at: try state.value(of: name, in: object))
    }

    /// A required whole-number member.
    package func decode(_ type: Int.Type, _ name: String) throws -> Int {
        try state.decodeInteger(Int.self, at: try state.value(of: name, in: object))
    }
}
