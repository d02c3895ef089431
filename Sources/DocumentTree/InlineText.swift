/// Running text with inline emphasis: a sequence of ``Inline`` spans.
///
/// User text goes in as plain ``Inline/text(_:)`` spans and is escaped by every renderer;
/// nothing in a span is ever interpreted as markup.
public struct InlineText: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The spans: one on its own, or any other number in an array.
    ///
    /// Text of one span (nearly every table cell) is kept without an array, so it needs no
    /// memory of its own and a copy retains one thing. Every text of one span is kept as
    /// ``Storage/one(_:)``, so two texts with the same spans compare and hash equal.
    private enum Storage: Hashable, Sendable {
        /// Exactly one span.
        case one(Inline)
        /// No spans, or more than one.
        case many([Inline])

        /// The storage of `spans`.
        init(_ spans: [Inline]) {
            self = spans.count == 1 ? .one(spans[0]) : .many(spans)
        }
    }

    /// The spans, as kept.
    private var storage: Storage

    /// The spans, in reading order.
    ///
    /// Reading this builds an array for text of one span; ``forEachSpan(_:)`` goes through the
    /// spans without one. Changing it in place copies the spans each time, so build an array
    /// and set it once rather than appending span by span.
    public var spans: [Inline] {
        get {
            switch storage {
            case .one(let span): [span]
            case .many(let spans): spans
            }
        }
        set { storage = Storage(newValue) }
    }

    /// Creates text from spans.
    public init(_ spans: [Inline]) {
        storage = Storage(spans)
    }

    /// Creates unemphasised text.
    public init(_ text: String) {
        storage = .one(.text(text))
    }

    /// Creates unemphasised text from a string literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// Calls `body` with each span in reading order: the spans of ``spans``, without building
    /// an array of them.
    public func forEachSpan(_ body: (Inline) throws -> Void) rethrows {
        switch storage {
        case .one(let span): try body(span)
        case .many(let spans): for span in spans { try body(span) }
        }
    }

    /// The text without emphasis, as a reader would copy it.
    public var plainText: String {
        switch storage {
        case .one(let span): span.text
        case .many(let spans): spans.map(\.text).joined()
        }
    }

    /// Whether the text has no characters.
    public var isEmpty: Bool {
        switch storage {
        case .one(let span): span.text.isEmpty
        case .many(let spans): spans.allSatisfy { $0.text.isEmpty }
        }
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
