/// A bulleted or numbered list whose items are themselves blocks.
public struct ListBlock: Hashable, Sendable {
    /// Whether items are numbered or bulleted.
    public enum Style: Hashable, Sendable {
        /// Bullets.
        case bulleted
        /// Numbers, starting at the given number.
        case numbered(start: Int)
    }

    /// How the items are marked.
    public var style: Style
    /// The items; each item is a sequence of blocks, usually one paragraph.
    public var items: [[Block]]

    /// Creates a list of block items.
    public init(style: Style, items: [[Block]]) {
        self.style = style
        self.items = items
    }

    /// Creates a list whose items are single paragraphs.
    public init(style: Style, paragraphs: [InlineText]) {
        self.init(style: style, items: paragraphs.map { [.paragraph($0)] })
    }
}
