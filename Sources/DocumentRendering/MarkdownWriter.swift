import DocumentTree

/// Walks blocks and writes them as GitHub-flavoured Markdown into a buffer.
struct MarkdownWriter {
    /// The renderer's own labels.
    let strings: DocumentRenderingStrings
    /// The Markdown written so far; every block ends in a newline.
    var output: TextBuffer
    /// The marker of a list just written, so that a following list of the same kind uses
    /// the other marker and does not merge with it.
    var previousListMarker: UInt8?

    /// A writing line: forty escaped underscores.
    static let writingLine = String(repeating: "\\_", count: 40)
    /// A shorter writing line for a blank description-list value.
    static let shortWritingLine = String(repeating: "\\_", count: 20)

    /// Creates a writer with room for about `capacity` bytes.
    init(strings: DocumentRenderingStrings, capacity: Int) {
        self.strings = strings
        output = TextBuffer(capacity: capacity)
    }

    /// Writes the title as a level-1 heading with the subject and date under it.
    mutating func writeTitle(_ metadata: DocumentMetadata) {
        output.append(markup: "# ")
        writeInline(InlineText(metadata.title), context: .line)
        output.append(markup: "\n")
        if let subject = metadata.subject, !subject.isEmpty {
            writeParagraph(InlineText(subject))
        }
        if let date = metadata.date, !date.isEmpty {
            writeParagraph(InlineText([.emphasis(date)]))
        }
    }

    /// Writes blocks separated by blank lines.
    mutating func writeBlocks(_ blocks: [Block]) {
        for block in blocks {
            writeBlock(block)
        }
    }

    /// Writes one block.
    mutating func writeBlock(_ block: Block) {
        let marker = previousListMarker
        previousListMarker = nil
        switch block {
        case .heading(let level, let text): writeHeading(level: level, text: text)
        case .paragraph(let text): writeParagraph(text)
        case .list(let list): writeList(list, avoiding: marker)
        case .table(let table): writeTable(table)
        case .field(let field): writeField(field)
        case .descriptionList(let list): writeDescriptionList(list)
        case .callout(let callout): writeCallout(callout)
        case .chart(let chart): writeChart(chart)
        case .pageBreak: break
        }
    }

    /// Starts a block: a blank line after whatever came before.
    mutating func beginBlock() {
        if !output.isEmpty { output.append(markup: "\n") }
    }

    /// Writes an ATX heading (levels 2 to 6; a newline in the text becomes `<br>`).
    private mutating func writeHeading(level: Int, text: InlineText) {
        beginBlock()
        let hashes = "######".prefix(min(max(level, 2), 6))
        output.append(String(hashes))
        if !text.isEmpty {
            output.append(markup: " ")
            writeInline(text, context: .line)
        }
        output.append(markup: "\n")
    }

    /// Writes a paragraph; an empty one is left out.
    mutating func writeParagraph(_ text: InlineText) {
        guard !text.isEmpty else { return }
        beginBlock()
        writeInline(text, context: .block)
        output.append(markup: "\n")
    }

    /// Writes a paragraph in bold (a caption, a question); an empty one is left out.
    mutating func writeStrongParagraph(_ text: InlineText) {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { return }
        beginBlock()
        var state = TextBuffer.MarkdownLineState()
        writeStrong(trimmed, context: .block, state: &state)
        output.append(markup: "\n")
    }
}
