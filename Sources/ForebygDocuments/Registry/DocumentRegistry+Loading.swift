#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif
public import ForebygCore

extension DocumentRegistry {
    /// Reads a JSON document of any registered kind and validates it, with the methods' findings
    /// as of `asOf` or, when it is `nil`, the document's own date. Never throws: every problem
    /// becomes a diagnostic with its JSON path, and every member the format does not define an
    /// `input.unknownMember` warning.
    public func load(_ data: Data, findingsAsOf asOf: CalendarDate? = nil) -> LoadedDocument {
        load(data, pages: nil, findingsAsOf: asOf)
    }

    /// ``load(_:findingsAsOf:)`` of a text mapped from a file, whose pages the reader releases
    /// behind it.
    package func load(_ data: Data, pages: JSONTextPages?, findingsAsOf asOf: CalendarDate? = nil) -> LoadedDocument {
        do throws(DocumentInputError) {
            let decoded = try read(data, pages: pages)
            let validation = asOf.map { decoded.value.validate(asOf: $0) } ?? decoded.value.validate()
            return LoadedDocument(value: decoded.value, diagnostics: decoded.warnings + validation)
        } catch {
            return LoadedDocument(value: nil, diagnostics: [error.diagnostic])
        }
    }

    /// Reads the header, finds the kind and decodes the body, all from one parse of the text;
    /// unknown members are dropped (``read(_:)`` keeps them as warnings).
    public func decode(_ data: Data) throws(DocumentInputError) -> any VersionedDocument {
        try read(data).value
    }

    /// Reads the header, finds the kind and decodes the body, all from one parse of the text,
    /// with a warning for every member the format does not define.
    public func read(_ data: Data) throws(DocumentInputError) -> Decoded<any VersionedDocument> {
        try read(data, pages: nil)
    }

    private func read(_ data: Data, pages: JSONTextPages?) throws(DocumentInputError) -> Decoded<any VersionedDocument> {
        let parsed = try ParsedJSON(data, pages: pages)
        let header = try DocumentCodec.header(of: parsed)
        guard let kind = kind(named: header.type) else {
            let known = documentTypes.joined(separator: ", ")
            let hint = Suggestion.closest(to: header.type, among: documentTypes).map { "; did you mean \"\($0)\"?" } ?? ""
            throw DocumentInputError(
                .unknownDocumentType, at: FieldPath.root.key("type"),
                "unknown document type \"\(header.type)\"\(hint) (known: \(known))")
        }
        return try kind.decode(parsed, header: header)
    }
}
