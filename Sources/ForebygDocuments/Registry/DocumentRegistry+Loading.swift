public import ForebygCore

extension DocumentRegistry {
    /// Reads a JSON document of any registered kind and validates it, with the methods' findings
    /// as of `asOf` or, when it is `nil`, the document's own date. Never throws: every problem
    /// becomes a diagnostic with its JSON path.
    public func load(_ data: Data, findingsAsOf asOf: CalendarDate? = nil) -> LoadedDocument {
        do throws(DocumentInputError) {
            let value = try decode(data)
            return LoadedDocument(value: value, diagnostics: asOf.map { value.validate(asOf: $0) } ?? value.validate())
        } catch {
            return LoadedDocument(value: nil, diagnostics: [error.diagnostic])
        }
    }

    /// Reads the header, finds the kind and decodes the body.
    ///
    /// The common case takes one JSON parse (`AnyDocument` reads `type` and `version`, then
    /// the body, from the same decoder); if that fails, the document is read again step by step
    /// so that the error names the problem exactly as `DocumentCodec` does.
    public func decode(_ data: Data) throws(DocumentInputError) -> any VersionedDocument {
        let decoder = JSONDecoder()
        decoder.userInfo[AnyDocument.registryKey] = self
        if let document = try? decoder.decode(AnyDocument.self, from: data) {
            return document.value
        }
        return try decodeStepByStep(data)
    }

    /// Reads the header first, then the body: two parses, precise errors.
    private func decodeStepByStep(_ data: Data) throws(DocumentInputError) -> any VersionedDocument {
        let header = try DocumentCodec.header(of: data)
        guard let kind = kind(named: header.type) else {
            let known = documentTypes.joined(separator: ", ")
            let hint = Suggestion.closest(to: header.type, among: documentTypes).map { "; did you mean \"\($0)\"?" } ?? ""
            throw DocumentInputError(
                .unknownDocumentType, at: FieldPath.root.key("type"),
                "unknown document type \"\(header.type)\"\(hint) (known: \(known))")
        }
        return try kind.decode(data, header: header)
    }
}
