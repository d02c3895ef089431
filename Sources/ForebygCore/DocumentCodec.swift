#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Reads and writes documents in their versioned JSON format.
///
/// Writing is canonical: members sorted by name, two-space indentation, slashes unescaped and a
/// final newline, so the same document always gives the same bytes.
///
/// Reading is strict about the text and tolerant of members the format does not define.
/// The text must be JSON by RFC 8259 and I-JSON (RFC 7493): UTF-8 (a byte-order mark is
/// skipped), no duplicate member names, no trailing commas, no lone surrogates, integers
/// within ±2^53, and within ``JSONReadingLimits``. Each text is parsed once (``ParsedJSON``);
/// the header and the body are decoded from the same parse. Unknown members are accepted (so a
/// newer minor writer can add members) and reported as warnings (``read(_:from:)``); every
/// problem is a ``DocumentInputError`` with the JSON path of the value at fault, and syntax
/// errors also give the line and column.
public enum DocumentCodec {
    /// Reads only the `type` and `version` members of a document.
    public static func header(of data: Data) throws(DocumentInputError) -> DocumentHeader {
        try header(of: ParsedJSON(data))
    }

    /// Reads only the `type` and `version` members of a parsed document.
    public static func header(of parsed: ParsedJSON) throws(DocumentInputError) -> DocumentHeader {
        do throws(DocumentInputError) {
            return try parsed.decodeValue { decoder in try DocumentHeader(from: decoder) }
        } catch {
            throw error.asHeaderError
        }
    }

    /// Reads a document of a known kind, checking its `type` and `version` first; the warnings
    /// name the members the format does not define.
    public static func read<Value: VersionedDocument>(
        _ type: Value.Type,
        from data: Data
    ) throws(DocumentInputError) -> Decoded<Value> {
        let parsed = try checkedHeader(Value.self, of: data)
        return try parsed.decode { decoder in
            _ = try DocumentHeader(from: decoder)
            return try Value(from: decoder)
        }
    }

    /// Reads a document of a known kind, checking its `type` and `version` first; warnings are
    /// dropped (and not looked for).
    public static func decode<Value: VersionedDocument>(
        _ type: Value.Type,
        from data: Data
    ) throws(DocumentInputError) -> Value {
        try checkedHeader(Value.self, of: data).decodeValue { decoder in try Value(from: decoder) }
    }

    /// Reads any `Decodable` value by the same rules, translating decoding errors into
    /// path-naming input errors; warnings are dropped (and not looked for).
    public static func decodeBody<Value: Decodable>(_ type: Value.Type, from data: Data) throws(DocumentInputError) -> Value {
        try ParsedJSON(data).decodeValue { decoder in try Value(from: decoder) }
    }

    /// Parses a text and checks that its header names the kind and a version the library reads.
    private static func checkedHeader<Value: VersionedDocument>(_ type: Value.Type, of data: Data) throws(DocumentInputError) -> ParsedJSON {
        let parsed = try ParsedJSON(data)
        let header = try header(of: parsed)
        guard header.type == Value.documentType else {
            throw DocumentInputError(
                .unknownDocumentType, at: FieldPath.root.key("type"),
                "expected \"\(Value.documentType)\", found \"\(header.type)\"")
        }
        guard (1...Value.formatVersion).contains(header.version) else {
            throw DocumentInputError(
                .unsupportedVersion, at: FieldPath.root.key("version"),
                "version \(header.version) of \"\(Value.documentType)\" is not supported; this library reads versions 1 to \(Value.formatVersion)")
        }
        return parsed
    }

    /// Writes a document in canonical form, with its `type` and `version` members.
    ///
    /// Throws for a value JSON cannot hold — a NaN or an infinite number, which only a value
    /// built in code can have and which `validate()` reports as an error — naming its path.
    public static func encode<Value: VersionedDocument>(_ value: Value) throws(DocumentOutputError) -> Data {
        try encodeBody(Envelope(value: value))
    }

    /// Writes any `Encodable` value in canonical form; throws as ``encode(_:)`` does.
    public static func encodeBody<Value: Encodable>(_ value: Value) throws(DocumentOutputError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(value)
            data.append(UInt8(ascii: "\n"))
            return data
        } catch let EncodingError.invalidValue(_, context) {
            throw DocumentOutputError(at: FieldPath(codingPath: context.codingPath), "not a finite number: JSON has no NaN or infinity")
        } catch {
            throw DocumentOutputError(at: .root, "could not be written as JSON: \(error)")
        }
    }

    /// A document with its header members written beside its own.
    private struct Envelope<Body: VersionedDocument>: Encodable {
        let value: Body

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: HeaderKey.self)
            try container.encode(Body.documentType, forKey: .type)
            try container.encode(Body.formatVersion, forKey: .version)
            try value.encode(to: encoder)
        }
    }

    private enum HeaderKey: String, CodingKey {
        case type, version
    }
}

extension DocumentInputError {
    /// A problem with the header members is about the document's kind or version, not its content.
    fileprivate var asHeaderError: DocumentInputError {
        guard kind == .missingField || kind == .wrongType, case .key(let name)? = path.components.first else { return self }
        let kind: Kind = name == "version" ? .unsupportedVersion : .unknownDocumentType
        return DocumentInputError(kind, at: path, "\(message): every document needs \"type\" (a string) and \"version\" (a whole number)", position: position)
    }
}
