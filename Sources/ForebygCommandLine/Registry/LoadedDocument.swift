import ForebygCore

/// The result of reading one JSON input: the document if it could be decoded, and every
/// problem found (input errors, validation errors and warnings).
struct LoadedDocument: Sendable {
    /// The decoded document, or `nil` if the input could not be read or decoded.
    let value: (any VersionedDocument)?
    /// Input errors, then validation diagnostics, in the order found.
    let diagnostics: [Diagnostic]

    /// The document, if it may be rendered: decoded and without validation errors.
    var renderable: (any VersionedDocument)? {
        diagnostics.containsErrors ? nil : value
    }
}
