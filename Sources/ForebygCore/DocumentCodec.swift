/// Reads and writes documents in their versioned JSON format.
///
/// Writing is canonical: members sorted by name, two-space indentation, slashes unescaped and a
/// final newline, so the same document always gives the same bytes. Reading is tolerant of
/// members the format does not define (they are ignored, so a newer minor writer can add
/// members) and strict about everything else: every problem is a ``DocumentInputError``
/// with the JSON path of the value at fault.
public enum DocumentCodec {
    /// Reads only the `type` and `version` members of a document.
    public static func header(of data: Data) throws(DocumentInputError) -> DocumentHeader {
        do {
            return try JSONDecoder().decode(DocumentHeader.self, from: data)
        } catch let error as DecodingError {
            throw DocumentInputError(error).asHeaderError
        } catch {
            throw DocumentInputError(.invalidJSON, at: .root, "not valid JSON: \(error)")
        }
    }

    /// Reads a document of a known kind, checking its `type` and `version` first.
    public static func decode<Value: VersionedDocument>(
        _ type: Value.Type,
        from data: Data
    ) throws(DocumentInputError) -> Value {
        let header = try header(of: data)
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
        return try decodeBody(type, from: data)
    }

    /// Reads any `Decodable` value, translating decoding errors into path-naming input errors.
    public static func decodeBody<Value: Decodable>(_ type: Value.Type, from data: Data) throws(DocumentInputError) -> Value {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw DocumentInputError(error)
        } catch {
            throw DocumentInputError(.invalidJSON, at: .root, "not valid JSON: \(error)")
        }
    }

    /// Writes a document in canonical form, with its `type` and `version` members.
    public static func encode<Value: VersionedDocument>(_ value: Value) -> Data {
        encodeBody(Envelope(value: value))
    }

    /// Writes any `Encodable` value in canonical form.
    public static func encodeBody<Value: Encodable>(_ value: Value) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(value)
            data.append(UInt8(ascii: "\n"))
            return data
        } catch {
            // Only non-finite numbers fail to encode, and the library's types validate those away.
            preconditionFailure("a library value failed to encode: \(error)")
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
        return DocumentInputError(kind, at: path, "\(message): every document needs \"type\" (a string) and \"version\" (a whole number)")
    }
}
