/// A `Decoder` for one value of a parsed text: the state it shares and the value's tape index.
///
/// Two words, so that passing it as `any Decoder` or `any SingleValueDecodingContainer` needs
/// no allocation. The coding path is found from the tape when asked for (in errors), not
/// carried along.
struct JSONValueDecoder: Decoder, SingleValueDecodingContainer {
    let state: JSONDecodingState
    let index: Int

    var codingPath: [any CodingKey] { state.codingPath(to: index) }
    var userInfo: [CodingUserInfoKey: Any] { state.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard state.tape[index].tapeKind == .object else { throw state.mismatch([String: Any].self, at: index) }
        return KeyedDecodingContainer(JSONKeyedContainer<Key>(state: state, object: index))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard state.tape[index].tapeKind == .array else { throw state.mismatch([Any].self, at: index) }
        return JSONUnkeyedContainer(state: state, array: index)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        self
    }

    func decodeNil() -> Bool { state.decodeNil(at: index) }
    func decode(_ type: Bool.Type) throws -> Bool { try state.decodeBool(at: index) }
    func decode(_ type: String.Type) throws -> String { try state.decodeString(at: index) }
    func decode(_ type: Double.Type) throws -> Double { try state.decodeDouble(at: index) }
    func decode(_ type: Float.Type) throws -> Float { try state.decodeFloat(at: index) }
    func decode(_ type: Int.Type) throws -> Int { try state.decodeInteger(type, at: index) }
    func decode(_ type: Int8.Type) throws -> Int8 { try state.decodeInteger(type, at: index) }
    func decode(_ type: Int16.Type) throws -> Int16 { try state.decodeInteger(type, at: index) }
    func decode(_ type: Int32.Type) throws -> Int32 { try state.decodeInteger(type, at: index) }
    func decode(_ type: Int64.Type) throws -> Int64 { try state.decodeInteger(type, at: index) }
    func decode(_ type: UInt.Type) throws -> UInt { try state.decodeInteger(type, at: index) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try state.decodeInteger(type, at: index) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try state.decodeInteger(type, at: index) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try state.decodeInteger(type, at: index) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try state.decodeInteger(type, at: index) }
    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value { try state.decode(type, at: index) }
}
