import DocumentTree

extension MarkdownWriter {
    /// Writes running text: plain spans escaped, emphasis as `*…*`, strong emphasis as `**…**`.
    mutating func writeInline(_ text: InlineText, context: TextBuffer.MarkdownContext) {
        var state = TextBuffer.MarkdownLineState()
        writeInline(text, context: context, state: &state)
    }

    /// Writes running text, continuing the line state of what was written before it.
    mutating func writeInline(_ text: InlineText, context: TextBuffer.MarkdownContext, state: inout TextBuffer.MarkdownLineState) {
        text.forEachSpan { span in
            switch span {
            case .text(let text): output.appendMarkdown(text, context: context, state: &state)
            case .emphasis(let text): writeDelimited(text, delimiter: "*", context: context, state: &state)
            case .strong(let text): writeDelimited(text, delimiter: "**", context: context, state: &state)
            }
        }
    }

    /// Writes the whole text in bold; emphasised spans inside it are also italic.
    mutating func writeStrong(_ text: InlineText, context: TextBuffer.MarkdownContext, state: inout TextBuffer.MarkdownLineState) {
        guard !text.isEmpty else { return }
        output.flushPendingBreaks(&state)
        output.append(markup: "**")
        state.atLineStart = false
        text.forEachSpan { span in
            switch span {
            case .text(let text), .strong(let text): output.appendMarkdown(text, context: context, state: &state)
            case .emphasis(let text): writeDelimited(text, delimiter: "*", context: context, state: &state)
            }
        }
        output.flushPendingBreaks(&state)
        output.append(markup: "**")
    }

    /// Writes text between emphasis delimiters, with its outer whitespace outside them
    /// (Markdown does not open or close emphasis next to whitespace).
    private mutating func writeDelimited(
        _ text: String, delimiter: StaticString, context: TextBuffer.MarkdownContext, state: inout TextBuffer.MarkdownLineState
    ) {
        let (leading, core, trailing) = text.whitespaceSplit
        output.appendMarkdown(String(leading), context: context, state: &state)
        if !core.isEmpty {
            output.flushPendingBreaks(&state)
            output.append(markup: delimiter)
            state.atLineStart = false
            output.appendMarkdown(String(core), context: context, state: &state)
            output.append(markup: delimiter)
        }
        output.appendMarkdown(String(trailing), context: context, state: &state)
    }
}
