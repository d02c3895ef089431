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
    package var text: String { JSONStrings.string(entry, in: state.bytes) }

    /// The position in `candidates` of the UTF-8 text that is the string's text, if any.
    func position(in candidates: [[UInt8]]) -> Int? {
        guard entry.tapeKind == .string else {
            let unescaped = Array(text.utf8)
            return candidates.firstIndex(of: unescaped)
        }
        let start = state.bytes.baseAddress!.assumingMemoryBound(to: UInt8.self) + entry.tapeOffset
        let count = entry.tapePayload
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
        guard let position = string.position(in: rawValues) else { throw string.invalid(Value.self) }
        return cases[position]
    }
}
