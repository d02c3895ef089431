import DocumentTree

extension WordWriter {
    /// Writes a list as numbered paragraphs (`w:numPr`, defined in `word/numbering.xml`): an
    /// item's first paragraph carries the bullet or number, its other blocks are indented under it.
    mutating func writeList(_ list: ListBlock) {
        guard !list.items.isEmpty else { return }
        let level = min(listLevel.map { $0 + 1 } ?? 0, 8)
        let numbering: Int
        switch list.style {
        case .bulleted: numbering = Self.bulletNumbering
        case .numbered(let start): numbering = claimNumbering(start: min(max(start, 0), 32767), level: level)
        }
        let saved = (listLevel, continuationIndent)
        listLevel = level
        for item in list.items {
            continuationIndent = nil
            var blocks = item[...]
            if case .paragraph(let text)? = blocks.first {
                writeParagraph(text, properties: .init(numbering: (numbering, level)))
                blocks = blocks.dropFirst()
            } else {
                writeParagraph("", properties: .init(numbering: (numbering, level)))
            }
            continuationIndent = Self.listIndent(level: level)
            writeBlocks(Array(blocks))
        }
        (listLevel, continuationIndent) = saved
    }

    /// The left indent of a list level's text, as `word/numbering.xml` defines it.
    static func listIndent(level: Int) -> Int {
        720 + 360 * level
    }

    /// Writes a callout as bordered, shaded paragraphs: its title in bold, then its blocks.
    mutating func writeCallout(_ callout: Callout) {
        let wasInCallout = isInCallout
        isInCallout = true
        if !callout.title.isEmpty {
            writeParagraph(InlineText(callout.title), properties: .init(style: "CalloutTitle", keepsWithNext: true), emphasis: .strong(""))
        }
        writeBlocks(callout.blocks)
        isInCallout = wasInCallout
    }

    /// Writes a chart as its title in bold, its data table, its one-sentence summary and its
    /// reference lines (an editable Word chart would need an embedded workbook).
    mutating func writeChart(_ chart: Chart) {
        writeParagraph(InlineText(chart.title), properties: .init(style: "Caption", keepsWithNext: true))
        writeTable(chart.dataTable, showsCaption: false)
        writeParagraph(InlineText(chart.summary))
        guard !chart.referenceLines.isEmpty else { return }
        writeParagraph(InlineText(strings.referenceLines), properties: .init(keepsWithNext: true), emphasis: .strong(""))
        writeDescriptionList(DescriptionList(items: chart.referenceLines.map {
            .init(label: $0.label, value: InlineText(chart.formatted($0.value)))
        }))
    }
}
