public import DocumentTree

/// A kind of document with a versioned JSON format, rules of its own and a mapping to the document tree.
///
/// In JSON every document is an object whose `type` member names its kind and whose `version`
/// member names its format version, beside the document's own members:
///
/// ```json
/// { "type": "workplace-action-plan", "version": 1, "workplace": "Botilbuddet Engen", … }
/// ```
///
/// Read and write documents with ``DocumentCodec``.
public protocol VersionedDocument: Codable, Sendable {
    /// The value of the `type` member, for example `workplace-action-plan`.
    static var documentType: String { get }
    /// The newest format version this library writes and reads.
    static var formatVersion: Int { get }
    /// The JSON Schema (draft 2020-12) of the format, built from typed values next to the type.
    static var schema: JSONSchema { get }
    /// Checks the rules that decoding cannot: errors make the document unrenderable,
    /// warnings report where the sources' recommendations are not followed.
    ///
    /// The warnings include the methods' *findings* (codes starting `finding.`): what the
    /// rendered document flags, such as a day in the Mestringsskema's red fields without a BVC
    /// scoring. Findings are measured as of the document's own date (its as-of or last recorded
    /// date), never the machine's clock, and never block rendering.
    func validate() -> [Diagnostic]
    /// The same checks as ``validate()``, with the methods' findings measured as of `date`
    /// instead of the document's own date. Kinds without dated findings return ``validate()``.
    func validate(asOf date: CalendarDate) -> [Diagnostic]
    /// The document as a format-neutral tree, with labels in the given language.
    func document(in language: Language) -> Document
    /// A function that builds ``document(in:)`` later without this value: the work that needs
    /// the whole value (an analysis of a million incidents) is done now, and the function holds
    /// only what the tree shows, so a caller that lets the value go first never holds the value
    /// and the tree at once.
    func documentBuilder(in language: Language) -> @Sendable () -> Document
}

extension VersionedDocument {
    /// The JSON Schema as JSON text, the content of `Documentation/schemas/<type>.schema.json`,
    /// for integrators in other languages.
    public static var jsonSchema: String {
        schema.text
    }

    /// ``validate()``: the kind has no findings that depend on a date.
    public func validate(asOf date: CalendarDate) -> [Diagnostic] {
        validate()
    }

    /// A function that builds ``document(in:)`` from this value, which it holds.
    public func documentBuilder(in language: Language) -> @Sendable () -> Document {
        { self.document(in: language) }
    }
}
