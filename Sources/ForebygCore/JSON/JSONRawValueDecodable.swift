/// A string-valued enumeration whose `Decodable` conformance is the standard library's
/// (`RawRepresentable`'s `init(from:)`), so that ``JSONObjectReader`` can read it from the
/// parsed form directly: the same values and the same errors, without a decoder, a container
/// and an existential per value.
///
/// Only an enumeration that keeps the standard `init(from:)` may conform; one that reads
/// other names (old spellings) must not.
package protocol JSONRawValueDecodable: RawRepresentable, Decodable where RawValue == String {}

extension JSONDecodingState {
    /// Decodes a value of a ``JSONRawValueDecodable`` enumeration at a tape index, with the
    /// errors of the standard library's `init(from:)`.
    func decodeRawValue<Value: JSONRawValueDecodable>(_ type: Value.Type, at index: Int) throws -> Value {
        let text = try decodeString(at: index)
        guard let value = Value(rawValue: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath(to: index), debugDescription: "Cannot initialize \(Value.self) from invalid String value \(text)"))
        }
        return value
    }

    /// Decodes an array of a ``JSONRawValueDecodable`` enumeration's values at a tape index,
    /// with the errors of `Array.init(from:)` and the elements' `init(from:)`.
    func decodeRawValues<Value: JSONRawValueDecodable>(_ type: Value.Type, at index: Int) throws -> [Value] {
        let entry = tape[index]
        guard entry.tapeKind == .array else { throw mismatch([Any].self, at: index) }
        var values: [Value] = []
        var element = index + 1
        while element < entry.tapePayload {
            values.append(try decodeRawValue(type, at: element))
            element = next(after: element)
        }
        return values
    }
}
