/// The elements of one array of a parsed text, read in order.
///
/// Three words (the state and four 32-bit counters), so that it fits in an existential's inline
/// buffer and `any UnkeyedDecodingContainer` needs no allocation.
struct JSONUnkeyedContainer: UnkeyedDecodingContainer {
    let state: JSONDecodingState
    /// The array's tape index.
    private let array: UInt32
    /// The tape index of the next element.
    private var cursor: UInt32
    private var elementIndex: UInt32 = 0
    private let elementCount: UInt32

    init(state: JSONDecodingState, array: Int) {
        state.restoreTape(containerAt: array)
        self.state = state
        self.array = UInt32(array)
        cursor = UInt32(array + 1)
        elementCount = UInt32(state.elementCount(of: array))
    }

    var codingPath: [any CodingKey] { state.codingPath(to: Int(array)) }
    var count: Int? { Int(elementCount) }
    var isAtEnd: Bool { elementIndex >= elementCount }
    var currentIndex: Int { Int(elementIndex) }

    /// The tape index of the next element, or `valueNotFound` at the end.
    private func next(_ type: Any.Type) throws -> Int {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type, .init(codingPath: codingPath + [JSONCodingKey(index: currentIndex)], debugDescription: "the array has no more elements"))
        }
        return Int(cursor)
    }

    private mutating func advance() {
        cursor = UInt32(state.next(after: Int(cursor)))
        elementIndex += 1
    }

    /// Decodes the next element with `body`, moving on only if it succeeds.
    private mutating func take<Value>(_ type: Any.Type, _ body: (JSONDecodingState, Int) throws -> Value) throws -> Value {
        let value = try body(state, try next(type))
        advance()
        return value
    }

    mutating func decodeNil() throws -> Bool {
        guard state.decodeNil(at: try next(Never.self)) else { return false }
        advance()
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try take(type) { try $0.decodeBool(at: $1) } }
    mutating func decode(_ type: String.Type) throws -> String { try take(type) { try $0.decodeString(at: $1) } }
    mutating func decode(_ type: Double.Type) throws -> Double { try take(type) { try $0.decodeDouble(at: $1) } }
    mutating func decode(_ type: Float.Type) throws -> Float { try take(type) { try $0.decodeFloat(at: $1) } }
    mutating func decode(_ type: Int.Type) throws -> Int { try take(type) { try $0.decodeInteger(type, at: $1) } }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try take(type) { try $0.decodeInteger(type, at: $1) } }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try take(type) { try $0.decodeInteger(type, at: $1) } }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try take(type) { try $0.decodeInteger(type, at: $1) } }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try take(type) { try $0.decodeInteger(type, at: $1) } }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try take(type) { try $0.decodeInteger(type, at: $1) } }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try take(type) { try $0.decodeInteger(type, at: $1) } }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try take(type) { try $0.decodeInteger(type, at: $1) } }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try take(type) { try $0.decodeInteger(type, at: $1) } }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try take(type) { try $0.decodeInteger(type, at: $1) } }
    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        let value = try state.decode(type, at: try next(type))
        advance()
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try take(type) { try JSONValueDecoder(state: $0, index: $1).container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try take([Any].self) { try JSONValueDecoder(state: $0, index: $1).unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder {
        try take((any Decoder).self) { JSONValueDecoder(state: $0, index: $1) }
    }
}
