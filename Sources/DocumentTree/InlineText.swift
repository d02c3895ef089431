/// Running text with inline emphasis: a sequence of ``Inline`` spans.
///
/// User text goes in as plain ``Inline/text(_:)`` spans and is escaped by every renderer;
/// nothing in a span is ever interpreted as markup.
public struct InlineText: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The spans, in reading order.
    public var spans: [Inline]

    /// Creates text from spans.
    public init(_ spans: [Inline]) {
        self.spans = spans
    }

    /// Creates unemphasised text.
    public init(_ text: String) {
        self.spans = [.text(text)]
    }

    /// Creates unemphasised text from a string literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The text without emphasis, as a reader would copy it.
    public var plainText: String {
        spans.map(\.text).joined()
    }

    /// Whether the text has no characters.
    public var isEmpty: Bool {
        spans.allSatisfy { $0.text.isEmpty }
    }
}

/// A span of text with one kind of emphasis.
public enum Inline: Hashable, Sendable {
    /// Plain text.
    case text(String)
    /// Emphasised text (italic in print).
    case emphasis(String)
    /// Strongly emphasised text (bold in print).
    case strong(String)

    /// The span's characters without their emphasis.
    public var text: String {
        switch self {
        case .text(let text), .emphasis(let text), .strong(let text): text
        }
    }
}
