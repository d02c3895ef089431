/// Facts about a document as a whole, used for titles, footers and file names.
public struct DocumentMetadata: Hashable, Sendable {
    /// The document's title, shown as its first heading and in print footers.
    public var title: String
    /// An optional subject line, shown under the title.
    public var subject: String?
    /// The date the document speaks for, already formatted for its language (for example `17.02.2026`).
    public var date: String?
    /// The language of the document's text, as a BCP 47 tag such as `da` or `en`.
    public var languageTag: String
    /// A short, stable, file-name-safe name for the document (for example `handleplan`),
    /// for callers that name files after the document.
    public var slug: String

    /// Creates document metadata.
    public init(title: String, subject: String? = nil, date: String? = nil, languageTag: String = "da", slug: String) {
        self.title = title
        self.subject = subject
        self.date = date
        self.languageTag = languageTag
        self.slug = slug
    }
}
