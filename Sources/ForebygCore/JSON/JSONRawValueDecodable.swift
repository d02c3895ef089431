/// A string-valued enumeration whose `Decodable` conformance is the standard library's
/// (`RawRepresentable`'s `init(from:)`), so that its module can read it from the parsed form
/// directly from a ``JSONStringValue``: the same values and the same errors, without a
/// decoder, a container and an existential per value.
///
/// Only an enumeration that keeps the standard `init(from:)` may conform; one that reads
/// other names (old spellings) must not.
package protocol JSONRawValueDecodable: RawRepresentable, Decodable where RawValue == String {}

/// A string read from the parsed form, with where it is: what a ``JSONRawValueDecodable``
/// enumeration is made from.
///
/// The mapping to the enumeration is written in the module that declares it (see
/// `Incident+TapeDecoding.swift`), where it is compiled for the concrete type: generic code of
/// ForebygCore called across the module boundary runs unspecialized, and for the one or two
/// values of an incident's `forms` array that cost more than the rest of the incident's
/// decoding (generic metadata lookups for the optional and the array, a dispatched
/// `init(rawValue:)`; 14 % of a log's render).
package struct JSONStringValue {
    /// The unescaped text.
    package let text: String
    let state: JSONDecodingState
    let index: Int

    /// The error of the standard library's `init(from:)` for a text that is none of the
    /// type's raw values.
    package func invalid(_ type: Any.Type) -> DecodingError {
        .dataCorrupted(.init(
            codingPath: state.codingPath(to: index), debugDescription: "Cannot initialize \(type) from invalid String value \(text)"))
    }
}
