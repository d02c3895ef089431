import DocumentTree

/// Walks blocks and writes them as the body of a WordprocessingML document (`word/document.xml`).
///
/// Every paragraph, and every table row, is one line, so that a diff of two renderings reads
/// like a diff of text; the line breaks fall between elements, where Word ignores them.
struct WordWriter {
    /// The renderer's own labels, in the language of the document being written.
    var strings: DocumentRenderingStrings
    /// The XML written so far.
    var output: TextBuffer
    /// The numbered lists written so far, each with its start number and level: list `k` uses
    /// numbering instance `k + 2` (instance 1 is every bulleted list).
    private(set) var numberedLists: [(start: Int, level: Int)] = []
    /// The nesting depth of the list being written, `nil` outside lists.
    var listLevel: Int?
    /// Whether the blocks being written are inside a callout's box.
    var isInCallout = false
    /// A left indent for paragraphs that continue a list item.
    var continuationIndent: Int?
    /// The language of the runs when it is not the file's (a document in another language in a
    /// collection), as a `w:lang` value.
    var runLanguage: String?

    /// The numbering instance of every bulleted list.
    static let bulletNumbering = 1

    /// Creates a writer with room for about `capacity` bytes.
    init(strings: DocumentRenderingStrings, capacity: Int) {
        self.strings = strings
        output = TextBuffer(capacity: capacity)
    }

    /// Writes a document's title (Heading 1), subject and date, then its blocks.
    mutating func writeDocument(_ document: Document) {
        let metadata = document.metadata
        writeParagraph(InlineText(metadata.title), properties: .init(style: "Heading1"))
        if let subject = metadata.subject, !subject.isEmpty {
            writeParagraph(InlineText(subject), properties: .init(style: "Subtitle"))
        }
        if let date = metadata.date, !date.isEmpty {
            writeParagraph(InlineText([.emphasis(date)]))
        }
        writeBlocks(document.blocks)
    }

    /// Writes blocks in order.
    mutating func writeBlocks(_ blocks: [Block]) {
        for block in blocks { writeBlock(block) }
    }

    /// Writes one block.
    mutating func writeBlock(_ block: Block) {
        switch block {
        case .heading(let level, let text):
            writeParagraph(text, properties: .init(style: "Heading\(min(max(level, 2), 6))"))
        case .paragraph(let text): writeParagraph(text)
        case .list(let list): writeList(list)
        case .table(let table): writeTable(table)
        case .field(let field): writeField(field)
        case .descriptionList(let list): writeDescriptionList(list)
        case .callout(let callout): writeCallout(callout)
        case .chart(let chart): writeChart(chart)
        case .pageBreak: output.append(markup: "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n")
        }
    }

    /// Writes a paragraph of runs, boxed inside a callout and indented when it continues a list item.
    ///
    /// - Parameter emphasis: Emphasis added to every span (a question or a caption in bold).
    mutating func writeParagraph(_ text: InlineText, properties: WordParagraphProperties = .init(), emphasis: Inline? = nil) {
        var properties = properties
        properties.isBoxed = properties.isBoxed || isInCallout
        if properties.numbering == nil, properties.leftIndent == nil { properties.leftIndent = continuationIndent }
        output.append(markup: "<w:p>")
        properties.write(into: &output)
        writeRuns(text, emphasis: emphasis)
        output.append(markup: "</w:p>\n")
    }

    /// Writes one run per span, with bold and italics as the span and `emphasis` ask.
    mutating func writeRuns(_ text: InlineText, emphasis: Inline? = nil) {
        text.forEachSpan { span in
            guard !span.text.isEmpty else { return }
            var isBold = false
            var isItalic = false
            for kind in [span, emphasis].compactMap(\.self) {
                switch kind {
                case .strong: isBold = true
                case .emphasis: isItalic = true
                case .text: break
                }
            }
            writeRun(span.text, bold: isBold, italic: isItalic)
        }
    }

    /// Writes one run of user text (`w:rPr` children in the order of `CT_RPr`: `b`, `i`, `lang`).
    mutating func writeRun(_ text: String, bold: Bool = false, italic: Bool = false) {
        output.append(markup: "<w:r>")
        if bold || italic || runLanguage != nil {
            output.append(markup: "<w:rPr>")
            if bold { output.append(markup: "<w:b/>") }
            if italic { output.append(markup: "<w:i/>") }
            if let runLanguage { output.append("<w:lang w:val=\"\(runLanguage)\"/>") }
            output.append(markup: "</w:rPr>")
        }
        output.appendWordRunText(text)
        output.append(markup: "</w:r>")
    }

    /// Claims the numbering instance of a new numbered list starting at `start` at `level`.
    mutating func claimNumbering(start: Int, level: Int) -> Int {
        numberedLists.append((start, level))
        return numberedLists.count + 1
    }
}
