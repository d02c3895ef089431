extension KeyedDecodingContainer {
    /// Decodes a member that may be left out of the JSON, reading a missing member as its default.
    package func decode<Value: Decodable>(_ key: Key, default defaultValue: @autoclosure () -> Value) throws -> Value {
        try decodeIfPresent(Value.self, forKey: key) ?? defaultValue()
    }

    /// Decodes a list that may be left out of the JSON, reading a missing member as empty.
    package func list<Element: Decodable>(_ key: Key) throws -> [Element] {
        try decode(key, default: [])
    }
}

extension KeyedEncodingContainer {
    /// Encodes a list unless it is empty, so that an empty list is left out of the JSON as it
    /// may be left out of the input.
    package mutating func encodeUnlessEmpty<Element: Encodable>(_ list: [Element], forKey key: Key) throws {
        if !list.isEmpty { try encode(list, forKey: key) }
    }
}
