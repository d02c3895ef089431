/// Running text with inline emphasis: a sequence of ``Inline`` spans.
///
/// User text goes in as plain ``Inline/text(_:)`` spans and is escaped by every renderer;
/// nothing in a span is ever interpreted as markup.
public struct InlineText: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The first span, `nil` for no spans.
    ///
    /// The spans are kept as the first one and the rest, so that the common text of one span
    /// (nearly every table cell) needs no array and so no memory of its own. The split is
    /// always at the first span, so two texts with the same spans compare and hash equal.
    private var first: Inline?
    /// The spans after the first; empty (which costs no memory) for text of one span.
    private var rest: [Inline]

    /// The spans, in reading order.
    ///
    /// Reading this builds an array; ``forEachSpan(_:)`` goes through the spans without one.
    public var spans: [Inline] {
        get { first.map { [$0] + rest } ?? [] }
        set {
            first = newValue.first
            rest = Array(newValue.dropFirst())
        }
    }

    /// Creates text from spans.
    public init(_ spans: [Inline]) {
        first = spans.first
        rest = Array(spans.dropFirst())
    }

    /// Creates unemphasised text.
    public init(_ text: String) {
        first = .text(text)
        rest = []
    }

    /// Creates unemphasised text from a string literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// Calls `body` with each span in reading order: the spans of ``spans``, without building
    /// an array of them.
    public func forEachSpan(_ body: (Inline) throws -> Void) rethrows {
        guard let first else { return }
        try body(first)
        for span in rest { try body(span) }
    }

    /// The text without emphasis, as a reader would copy it.
    public var plainText: String {
        guard rest.isEmpty else { return spans.map(\.text).joined() }
        return first?.text ?? ""
    }

    /// Whether the text has no characters.
    public var isEmpty: Bool {
        (first?.text.isEmpty ?? true) && rest.allSatisfy { $0.text.isEmpty }
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
