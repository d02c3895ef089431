/// Facts about a document as a whole, used for titles, footers and file names.
public struct DocumentMetadata: Hashable, Sendable {
    /// The document's title, shown as its first heading and in print footers.
    public var title: String
    /// An optional subject line, shown under the title.
    public var subject: String?
    /// The date the document speaks for, already formatted for its language (for example `17.02.2026`).
    public var date: String?
    /// The language of the document's text (Danish by default): its fixed labels, its `lang`
    /// tag in HTML and Word, and the decimal separator of its charts (``Chart/language``).
    public var language: Language
    /// A short, stable, file-name-safe name for the document (for example `handleplan`),
    /// for callers that name files after the document.
    public var slug: String

    /// Creates document metadata.
    public init(title: String, subject: String? = nil, date: String? = nil, language: Language = .danish, slug: String) {
        self.title = title
        self.subject = subject
        self.date = date
        self.language = language
        self.slug = slug
    }
}
