/// A string-valued enumeration whose `Decodable` conformance is the standard library's
/// (`RawRepresentable`'s `init(from:)`), so that its module can read it from the parsed form
/// with a ``JSONRawValueTable``: the same values and the same errors, without a decoder, a
/// container and an existential per value.
///
/// Only an enumeration that keeps the standard `init(from:)` may conform; one that reads
/// other names (old spellings) must not.
package protocol JSONRawValueDecodable: RawRepresentable, Decodable where RawValue == String {}

/// A string read from the parsed form, with where it is: what a ``JSONRawValueDecodable``
/// enumeration is made from, by a ``JSONRawValueTable``.
package struct JSONStringValue {
    let state: JSONDecodingState
    let index: Int
    /// The string's entry in the tape.
    private let entry: UInt64

    /// The string at `index`, or the error of decoding a `String` there.
    init(state: JSONDecodingState, index: Int) throws {
        self.state = state
        self.index = index
        entry = try state.stringEntry(at: index)
    }

    /// The unescaped text.
    var text: String { JSONStrings.string(entry, in: state.bytes) }

    /// The position in `candidates` of the bytes that are the string's own bytes in the text,
    /// if any; `nil` for a string with escapes.
    func position(in candidates: [[UInt8]]) -> Int? {
        guard entry.tapeKind == .string else { return nil }
        let count = entry.tapePayload
        guard count > 0 else { return candidates.firstIndex(where: \.isEmpty) }
        let start = state.bytes.baseAddress!.assumingMemoryBound(to: UInt8.self) + entry.tapeOffset
        return candidates.firstIndex { candidate in
            candidate.count == count && candidate.withUnsafeBufferPointer { JSONStrings.equal(start, $0.baseAddress!, count: count) }
        }
    }

    /// The error of the standard library's `init(from:)` for a text that is none of the
    /// type's raw values.
    func invalid(_ type: Any.Type) -> DecodingError {
        .dataCorrupted(.init(
            codingPath: state.codingPath(to: index), debugDescription: "Cannot initialize \(type) from invalid String value \(text)"))
    }
}

/// The raw values of a ``JSONRawValueDecodable`` enumeration as UTF-8 bytes, to map a
/// ``JSONStringValue`` to a case by comparing bytes in the parsed text: no `String` is made
/// and no `init(rawValue:)` compares strings case by case (which cost more than the rest of
/// an incident's enumeration values). Make one per type, once (a `static let`).
///
/// Equal bytes are equal strings; a string whose bytes match no raw value (escaped, or
/// canonically equivalent in another normalisation) is given to `init(rawValue:)`, so the
/// values and errors are the standard library's for any raw values.
package struct JSONRawValueTable<Value: JSONRawValueDecodable & CaseIterable & Sendable>: Sendable {
    private let cases: [Value]
    private let rawValues: [[UInt8]]

    /// The table of every case of `Value`.
    package init() {
        cases = Array(Value.allCases)
        rawValues = cases.map { Array($0.rawValue.utf8) }
    }

    /// The case whose raw value is the string's text, or the standard library's error.
    package func value(of string: JSONStringValue) throws -> Value {
        if let position = string.position(in: rawValues) { return cases[position] }
        return try valueByRawValue(of: string)
    }

    /// The standard library's answer for a string whose bytes match no raw value. Kept out of
    /// ``value(of:)``: the conformance lookups of a call to `init(rawValue:)` cost every call of
    /// the function that contains it, even one that never reaches it.
    @inline(never)
    private func valueByRawValue(of string: JSONStringValue) throws -> Value {
        guard let value = Value(rawValue: string.text) else { throw string.invalid(Value.self) }
        return value
    }
}
