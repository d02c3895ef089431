import ForebygCore

extension DocumentRegistry {
    /// Reads a JSON document of any registered kind and validates it. Never throws: every
    /// problem becomes a diagnostic with its JSON path, and every member the format does not
    /// define an `input.unknownMember` warning.
    func load(_ data: Data) -> LoadedDocument {
        do throws(DocumentInputError) {
            let decoded = try read(data)
            return LoadedDocument(value: decoded.value, diagnostics: decoded.warnings + decoded.value.validate())
        } catch {
            return LoadedDocument(value: nil, diagnostics: [error.diagnostic])
        }
    }

    /// Reads the header, finds the kind and decodes the body, all from one parse of the text.
    func read(_ data: Data) throws(DocumentInputError) -> Decoded<any VersionedDocument> {
        let parsed = try ParsedJSON(data)
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

    /// Reads a document of any registered kind; warnings are dropped.
    func decode(_ data: Data) throws(DocumentInputError) -> any VersionedDocument {
        try read(data).value
    }
}
