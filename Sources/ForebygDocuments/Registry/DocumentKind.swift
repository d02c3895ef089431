public import ForebygCore

/// One kind of document a ``DocumentRegistry`` reads: its `type` name, format version and schema, and how
/// to decode it, erased from its Swift type so that kinds can sit side by side in a registry.
public struct DocumentKind: Sendable {
    /// The value of the `type` member, for example `workplace-action-plan`.
    public let documentType: String
    /// The newest format version the library reads and writes.
    public let formatVersion: Int
    /// The format's JSON Schema (draft 2020-12).
    public let schema: JSONSchema
    /// The format's JSON Schema as text, as in `Documentation/schemas`.
    public var jsonSchema: String { schema.text }
    /// Decodes the body from a decoder that is already reading the document (one JSON parse).
    package let decodeFromDecoder: @Sendable (any Decoder) throws -> any VersionedDocument

    /// Creates the kind of a `VersionedDocument` type.
    public init<Value: VersionedDocument>(_ type: Value.Type) {
        documentType = Value.documentType
        formatVersion = Value.formatVersion
        schema = Value.schema
        decodeFromDecoder = { decoder in try Value(from: decoder) }
    }

    /// Whether this kind reads the given format version.
    package func reads(version: Int) -> Bool {
        (1...formatVersion).contains(version)
    }

    /// Decodes a parsed document of this kind whose header has been read already, checking its
    /// version; the header is read again with the body, so that it does not count as unknown.
    package func decode(_ parsed: ParsedJSON, header: DocumentHeader) throws(DocumentInputError) -> Decoded<any VersionedDocument> {
        guard reads(version: header.version) else {
            throw DocumentInputError(
                .unsupportedVersion, at: FieldPath.root.key("version"),
                "version \(header.version) of \"\(documentType)\" is not supported; this tool reads versions 1 to \(formatVersion)")
        }
        return try parsed.decode { decoder in
            _ = try DocumentHeader(from: decoder)
            return try decodeFromDecoder(decoder)
        }
    }
}
