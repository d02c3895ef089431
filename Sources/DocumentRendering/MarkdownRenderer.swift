public import DocumentTree

/// Renders a `Document` as GitHub-flavoured Markdown.
///
/// Every piece of user text is escaped so that a GFM reader gets back exactly the text typed,
/// line breaks included, and no user text can start a list, a heading, a table or raw HTML.
/// The rules for each block are in `Documentation/Rendering.md`.
public struct MarkdownRenderer: Sendable {
    /// Creates a Markdown renderer.
    public init() {}

    /// Renders the document as one Markdown text ending in a newline.
    public func render(_ document: Document) -> String {
        String(decoding: renderUTF8(document), as: UTF8.self)
    }

    /// Renders the document as UTF-8 bytes: the same bytes as ``render(_:)``, without building a
    /// `String` (which would check every byte again) for callers that only write or count them.
    package func renderUTF8(_ document: Document) -> [UInt8] {
        var writer = MarkdownWriter(
            strings: .for(document.metadata.language),
            capacity: 1024 + document.blocks.count * 256
        )
        writer.writeTitle(document.metadata)
        writer.writeBlocks(document.blocks)
        return writer.output.finish()
    }
}
