/// The members of one object of a parsed text, found by name on the tape.
struct JSONKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let state: JSONDecodingState
    /// The object's tape index.
    let object: Int

    var codingPath: [any CodingKey] { state.codingPath(to: object) }

    var allKeys: [Key] {
        state.members(of: object).compactMap { Key(stringValue: $0.name) }
    }

    func contains(_ key: Key) -> Bool {
        state.lookUp(key.stringValue, in: object) != nil
    }

    /// The tape index of the member's value, or `keyNotFound`.
    private func value(_ key: Key) throws -> Int {
        guard let index = state.lookUp(key.stringValue, in: object) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no member \"\(key.stringValue)\""))
        }
        return index
    }

    /// The tape index of the member's value, or `nil` if it is absent or `null`.
    private func presentValue(_ key: Key) -> Int? {
        state.presentValue(of: key.stringValue, in: object)
    }

    func decodeNil(forKey key: Key) throws -> Bool { state.decodeNil(at: try value(key)) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try state.decodeBool(at: try value(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try state.decodeString(at: try value(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try state.decodeDouble(at: try value(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try state.decodeFloat(at: try value(key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try state.decodeInteger(type, at: try value(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try state.decodeInteger(type, at: try value(key)) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try state.decodeInteger(type, at: try value(key)) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try state.decodeInteger(type, at: try value(key)) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try state.decodeInteger(type, at: try value(key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try state.decodeInteger(type, at: try value(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try state.decodeInteger(type, at: try value(key)) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try state.decodeInteger(type, at: try value(key)) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try state.decodeInteger(type, at: try value(key)) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try state.decodeInteger(type, at: try value(key)) }
    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value { try state.decode(type, at: try value(key)) }

    // One lookup for each `decodeIfPresent` (the protocol's defaults take three), and no
    // generic closures, which would cost a metadata lookup per call.
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard let index = presentValue(key) else { return nil }
        return try state.decodeBool(at: index)
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let index = presentValue(key) else { return nil }
        return try state.decodeString(at: index)
    }

    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        guard let index = presentValue(key) else { return nil }
        return try state.decodeDouble(at: index)
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        guard let index = presentValue(key) else { return nil }
        return try state.decodeInteger(type, at: index)
    }

    func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        guard let index = presentValue(key) else { return nil }
        return try state.decode(type, at: index)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try JSONValueDecoder(state: state, index: try value(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try JSONValueDecoder(state: state, index: try value(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        guard let key = Key(stringValue: "super") else {
            throw DecodingError.keyNotFound(JSONCodingKey("super"), .init(codingPath: codingPath, debugDescription: "no member \"super\""))
        }
        return try superDecoder(forKey: key)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        JSONValueDecoder(state: state, index: try value(key))
    }
}
