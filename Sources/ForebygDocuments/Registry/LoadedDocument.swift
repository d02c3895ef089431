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
}
