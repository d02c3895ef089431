/// A string-valued enumeration whose `Decodable` conformance is the standard library's
/// (`RawRepresentable`'s `init(from:)`), so that its module can read it from the parsed form
/// with a ``JSONRawValueTable``: the same values and the same errors, without a decoder, a
/// container and an existential per value.
///
/// Only an enumeration that keeps the standard `init(from:)` may conform; one that reads
/// other names (old spellings) must not.
@usableFromInline
package protocol JSONRawValueDecodable: RawRepresentable, Decodable where RawValue == String {}

/// A string read from the parsed form, with where it is: what a ``JSONRawValueDecodable``
/// enumeration is made from, by a ``JSONRawValueTable``.
package struct JSONStringValue {
    let state: JSONDecodingState
    let index: Int
    /// The string's entry in the tape.
    let entry: UInt64

    /// The string at `index`, or the error of decoding a `String` there.
    init(state: JSONDecodingState, index: Int) throws {
        self.state = state
        self.index = index
        entry = try state.stringEntry(at: index)
    }

    /// The unescaped text.
    var text: String { JSONStrings.string(entry, in: state.bytes) }

    /// The error of the standard library's `init(from:)` for a text that is none of the
    /// type's raw values.
    func invalid(_ type: Any.Type) -> DecodingError {
        .dataCorrupted(.init(
            codingPath: state.codingPath(to: index), debugDescription: "Cannot initialize \(type) from invalid String value \(text)"))
    }
}
