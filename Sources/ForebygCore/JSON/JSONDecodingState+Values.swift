/// Decoding the value at a tape index into Swift values, with `DecodingError`s whose coding
/// path names the value, as Foundation's `JSONDecoder` reports them.
extension JSONDecodingState {
    func decodeNil(at index: Int) -> Bool {
        tape[index].tapeKind == .null
    }

    func decodeBool(at index: Int) throws -> Bool {
        let entry = tape[index]
        guard entry.tapeKind == .boolean else { throw mismatch(Bool.self, at: index) }
        return entry.tapePayload == 1
    }

    func decodeString(at index: Int) throws -> String {
        JSONStrings.string(try stringEntry(at: index), in: bytes)
    }

    /// The bytes of the string at `index` if it is one without escapes (its bytes are then its
    /// text), for a value parsed from them without making a `String`; `nil` otherwise.
    func unescapedStringBytes(at index: Int) -> UnsafeBufferPointer<UInt8>? {
        let entry = tape[index]
        guard entry.tapeKind == .string else { return nil }
        return UnsafeBufferPointer(start: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self) + entry.tapeOffset, count: entry.tapePayload)
    }

    /// The entry of the string at `index`, or the error of decoding a `String` there.
    func stringEntry(at index: Int) throws -> UInt64 {
        let entry = tape[index]
        guard entry.tapeKind == .string || entry.tapeKind == .escapedString else { throw mismatch(String.self, at: index) }
        return entry
    }

    func decodeInteger<Integer: FixedWidthInteger>(_ type: Integer.Type, at index: Int) throws -> Integer {
        let entry = tape[index]
        guard entry.tapeKind == .integer || entry.tapeKind == .number else { throw mismatch(Int.self, at: index) }
        do throws(JSONNumbers.Misfit) {
            return try JSONNumbers.integer(entry, in: bytes, as: type)
        } catch {
            let text = JSONNumbers.text(entry, in: bytes)
            let problem = switch error {
            case .notWhole: "expected a whole number, found \(text)"
            case .outOfRange: "\(text) is outside the range of whole numbers this member takes (\(Integer.min == 0 ? "0" : "-2^53") to \(Integer.max < JSONNumbers.wholeLimit ? String(Integer.max) : "2^53"))"
            }
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath(to: index), debugDescription: problem))
        }
    }

    func decodeDouble(at index: Int) throws -> Double {
        let entry = tape[index]
        guard entry.tapeKind == .integer || entry.tapeKind == .number else { throw mismatch(Double.self, at: index) }
        guard let value = JSONNumbers.double(entry, in: bytes) else {
            let problem = "\(JSONNumbers.text(entry, in: bytes)) is beyond the range of numbers this member takes"
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath(to: index), debugDescription: problem))
        }
        return value
    }

    func decodeFloat(at index: Int) throws -> Float {
        let value = Float(try decodeDouble(at: index))
        guard value.isFinite else {
            let problem = "\(JSONNumbers.text(tape[index], in: bytes)) is beyond the range of numbers this member takes"
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath(to: index), debugDescription: problem))
        }
        return value
    }

    /// Decodes any `Decodable`, taking the common scalar types directly and arrays with their
    /// storage reserved (``JSONArrayDecoding``).
    func decode<Value: Decodable>(_ type: Value.Type, at index: Int) throws -> Value {
        if Value.self == String.self { return try decodeString(at: index) as! Value }
        if Value.self == Int.self { return try decodeInteger(Int.self, at: index) as! Value }
        if Value.self == Bool.self { return try decodeBool(at: index) as! Value }
        if Value.self == Double.self { return try decodeDouble(at: index) as! Value }
        // The conformance check costs a metadata lookup, so it is made for arrays only; any
        // other value of an array type fails in `Array.init(from:)` as it would here.
        if tape[index].tapeKind == .array, let arrayType = Value.self as? any JSONArrayDecoding.Type {
            return try arrayType.decodeJSONArray(at: index, in: self) as! Value
        }
        return try Value(from: JSONValueDecoder(state: self, index: index))
    }

    /// The error for a value of the wrong JSON type: `valueNotFound` for `null`, as `JSONDecoder` reports it.
    func mismatch(_ type: Any.Type, at index: Int) -> DecodingError {
        let context = DecodingError.Context(
            codingPath: codingPath(to: index), debugDescription: "expected \(type), found \(describeKind(at: index))")
        return tape[index].tapeKind == .null ? .valueNotFound(type, context) : .typeMismatch(type, context)
    }

    private func describeKind(at index: Int) -> String {
        switch tape[index].tapeKind {
        case .object: "an object"
        case .array: "an array"
        case .string, .escapedString: "a string"
        case .integer, .number: "a number"
        case .boolean: "true or false"
        case .null: "null"
        }
    }
}
