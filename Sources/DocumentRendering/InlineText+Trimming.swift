import DocumentTree

extension InlineText {
    /// The text without whitespace (spaces, tabs, line breaks) at its start and end.
    var trimmingWhitespace: InlineText {
        var spans = spans
        if let first = spans.first?.text.utf8.first, let last = spans.last?.text.utf8.last,
            String.isVisibleASCII(first), String.isVisibleASCII(last), !spans.contains(where: { $0.text.isEmpty })
        {
            return self
        }
        spans.removeAll { $0.text.isEmpty }
        while let first = spans.first, first.text.allSatisfy(\.isWhitespace) { spans.removeFirst() }
        while let last = spans.last, last.text.allSatisfy(\.isWhitespace) { spans.removeLast() }
        if let first = spans.first {
            let split = first.text.whitespaceSplit
            spans[0] = first.replacingText(String(first.text[split.core.startIndex...]))
        }
        if let last = spans.last {
            spans[spans.count - 1] = last.replacingText(String(last.text[..<last.text.whitespaceSplit.core.endIndex]))
        }
        return InlineText(spans)
    }
}

extension Inline {
    /// The same kind of span with other characters.
    func replacingText(_ text: String) -> Inline {
        switch self {
        case .text: .text(text)
        case .emphasis: .emphasis(text)
        case .strong: .strong(text)
        }
    }
}

extension String {
    /// The string split into leading whitespace, the rest up to trailing whitespace, and that trailing whitespace.
    var whitespaceSplit: (leading: Substring, core: Substring, trailing: Substring) {
        if let first = utf8.first, let last = utf8.last, Self.isVisibleASCII(first), Self.isVisibleASCII(last) {
            return (self[startIndex..<startIndex], self[...], self[endIndex...])
        }
        let coreStart = firstIndex { !$0.isWhitespace } ?? endIndex
        let coreEnd = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? coreStart
        return (self[startIndex..<coreStart], self[coreStart..<coreEnd], self[coreEnd..<endIndex])
    }

    /// Whether a byte is a printable ASCII character other than a space (so certainly not whitespace).
    fileprivate static func isVisibleASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }
}
