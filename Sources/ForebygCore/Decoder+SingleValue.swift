extension Decoder {
    /// Decodes a value that JSON holds as one string or number: reads a `Stored` and converts it
    /// with `convert`; a value that does not convert throws `DecodingError.dataCorrupted` with
    /// `description(stored)`, so that the error names what was found.
    package func decodeSingleValue<Stored: Decodable, Value>(
        _ stored: Stored.Type, converting convert: (Stored) -> Value?, otherwise description: (Stored) -> String
    ) throws -> Value {
        let container = try singleValueContainer()
        let value = try container.decode(Stored.self)
        guard let converted = convert(value) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: description(value))
        }
        return converted
    }
}

extension Encoder {
    /// Encodes a value as one string or number, the counterpart of `decodeSingleValue`.
    package func encodeSingleValue(_ value: some Encodable) throws {
        var container = singleValueContainer()
        try container.encode(value)
    }
}
