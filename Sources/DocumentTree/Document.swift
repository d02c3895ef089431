/// A format-neutral document: what every domain mapping produces and every renderer consumes.
///
/// A document is an immutable tree of ``Block`` values with ``DocumentMetadata``. It knows
/// nothing about Markdown, HTML or CSV, and nothing about the domain it came from: a renderer
/// walks the tree, a domain module builds it.
public struct Document: Hashable, Sendable {
    /// Title, subject, date and language of the document.
    public var metadata: DocumentMetadata
    /// The content, in reading order.
    public var blocks: [Block]

    /// Creates a document from its metadata and blocks.
    public init(metadata: DocumentMetadata, blocks: [Block]) {
        self.metadata = metadata
        self.blocks = blocks
    }
}
