/// A type that decodes itself straight from the parsed form, beside its `Decodable` conformance:
/// the package's fast path for the values a large document has by the million (incidents).
///
/// The `Decodable` conformance stays the public contract and the reference: a conformer reads
/// the same members in the same order as its `init(from:)`, through a ``JSONObjectReader``
/// that reports the same errors (kind, path, message) and marks the same members read, so
/// unknown-member warnings and the suggestions are the same. The decoder takes this path for
/// the elements of an array (``JSONArrayDecoding``) and conformers take it for their nested
/// conformers; everything else goes through `Decodable`. Tests check that both paths agree.
@usableFromInline
package protocol JSONTapeDecodable: Decodable {
    /// Decodes the value from the members of one object.
    init(from object: inout JSONObjectReader) throws
}

extension JSONTapeDecodable {
    /// Decodes the value at a tape index: an object, or the error `container(keyedBy:)` throws.
    static func decodeFromTape(at index: Int, in state: JSONDecodingState) throws -> Self {
        var reader = try JSONObjectReader(state: state, object: index, for: Self.self)
        defer { reader.close() }
        return try Self(from: &reader)
    }
}
