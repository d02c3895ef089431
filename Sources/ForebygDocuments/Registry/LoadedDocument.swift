public import DocumentTree
public import ForebygCore

/// The result of reading one JSON input: the document if it could be decoded, and every
/// problem found (input errors, validation errors and warnings).
public struct LoadedDocument: Sendable {
    /// The decoded document, or `nil` if the input could not be read or decoded.
    public let value: (any VersionedDocument)?
    /// Input errors, then validation diagnostics, in the order found.
    public let diagnostics: [Diagnostic]

    /// Creates a result from a document, if one was decoded, and the problems found.
    public init(value: (any VersionedDocument)?, diagnostics: [Diagnostic]) {
        self.value = value
        self.diagnostics = diagnostics
    }

    /// The document, if it may be rendered: decoded and without validation errors.
    public var renderable: (any VersionedDocument)? {
        diagnostics.containsErrors ? nil : value
    }

    /// The `type` member of the decoded document, for example `workplace-action-plan`;
    /// `nil` if it could not be decoded.
    public var documentType: String? {
        value.map { type(of: $0).documentType }
    }

    /// The format-neutral document, ready for any renderer, if the document may be rendered
    /// (decoded and without validation errors).
    public func document(in language: Language = .danish) -> Document? {
        renderable?.document(in: language)
    }

    /// A function that builds ``document(in:)`` without holding the decoded value, if the
    /// document may be rendered: what the tree needs is worked out now (see ``VersionedDocument/documentBuilder(in:)``),
    /// so a caller that lets this result go before calling it never holds the value and the
    /// tree at once.
    package func documentBuilder(in language: Language) -> (@Sendable () -> Document)? {
        renderable?.documentBuilder(in: language)
    }
}
