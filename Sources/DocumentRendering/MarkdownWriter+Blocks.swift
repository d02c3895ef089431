import DocumentTree

extension MarkdownWriter {
    /// Writes a list; `avoiding` is the marker of a list right before it, which this one must not reuse.
    mutating func writeList(_ list: ListBlock, avoiding previous: UInt8?) {
        guard !list.items.isEmpty else { return }
        beginBlock()
        let isLoose = list.items.contains { $0.count > 1 }
        let marker: UInt8
        var number: Int
        switch list.style {
        case .bulleted:
            marker = previous == UInt8(ascii: "-") ? UInt8(ascii: "+") : UInt8(ascii: "-")
            number = 0
        case .numbered(let start):
            marker = previous == UInt8(ascii: ".") ? UInt8(ascii: ")") : UInt8(ascii: ".")
            number = min(max(start, 0), 999_999_999)
        }
        for (position, item) in list.items.enumerated() {
            if isLoose, position > 0 { output.append(markup: "\n") }
            let prefix = marker == UInt8(ascii: "-") || marker == UInt8(ascii: "+")
                ? String(decoding: [marker], as: UTF8.self) + " "
                : String(number) + String(decoding: [marker], as: UTF8.self) + " "
            number += 1
            var child = MarkdownWriter(strings: strings, capacity: 256)
            child.writeBlocks(item)
            appendNested(child.output, firstPrefix: prefix, prefix: String(repeating: " ", count: prefix.utf8.count), blankPrefix: "")
        }
        previousListMarker = marker
    }

    /// Writes a GFM table with a header row, after its caption in bold; a table without columns is left out.
    mutating func writeTable(_ table: Table, showsCaption: Bool = true) {
        guard !table.columns.isEmpty else { return }
        if showsCaption, let caption = table.caption { writeStrongParagraph(caption) }
        beginBlock()
        output.append(markup: "|")
        for column in table.columns {
            output.append(markup: " ")
            writeInline(InlineText(column.title), context: .line)
            output.append(markup: " |")
        }
        output.append(markup: "\n|")
        for _ in table.columns { output.append(markup: " --- |") }
        output.append(markup: "\n")
        for row in table.rows {
            output.append(markup: "|")
            for index in table.columns.indices {
                output.append(markup: " ")
                if index < row.count { writeInline(row[index], context: .line) }
                output.append(markup: " |")
            }
            output.append(markup: "\n")
        }
    }

    /// Writes a field: the numbered question in bold, who answers it, then the answer
    /// paragraphs, or writing lines when the field is blank.
    mutating func writeField(_ field: Field) {
        var question = field.label.spans
        if let number = field.number, !number.isEmpty { question.insert(.text(number + ". "), at: 0) }
        writeStrongParagraph(InlineText(question))
        if let answeredBy = field.answeredBy, !answeredBy.isEmpty {
            writeParagraph(InlineText([.emphasis(strings.answeredBy + ": " + answeredBy)]))
        }
        guard let answer = field.answer else {
            for _ in 0..<max(field.writingLines, 1) {
                beginBlock()
                output.append(Self.writingLine)
                output.append(markup: "\n")
            }
            return
        }
        for paragraph in answer { writeParagraph(paragraph) }
    }

    /// Writes a description list as `**Label:** value` lines joined by hard line breaks;
    /// a blank value gets a writing line.
    mutating func writeDescriptionList(_ list: DescriptionList) {
        guard !list.items.isEmpty else { return }
        beginBlock()
        var state = TextBuffer.MarkdownLineState()
        for (position, item) in list.items.enumerated() {
            if position > 0 {
                output.append(markup: "\\\n")
                state = TextBuffer.MarkdownLineState()
            }
            let label = InlineText(item.label + ":").trimmingWhitespace
            writeStrong(label, context: .block, state: &state)
            output.append(markup: " ")
            state.atLineStart = false
            if item.value.isEmpty {
                output.append(Self.shortWritingLine)
            } else {
                writeInline(item.value, context: .block, state: &state)
                state.pendingBreaks = 0
            }
        }
        output.append(markup: "\n")
    }

    /// Writes a callout as a block quote that starts with its title in bold.
    mutating func writeCallout(_ callout: Callout) {
        var child = MarkdownWriter(strings: strings, capacity: 512)
        child.writeStrongParagraph(InlineText(callout.title))
        child.writeBlocks(callout.blocks)
        guard !child.output.isEmpty else { return }
        beginBlock()
        appendNested(child.output, firstPrefix: "> ", prefix: "> ", blankPrefix: ">")
    }

    /// Writes a chart as its title in bold, its data table, its summary and its reference lines.
    mutating func writeChart(_ chart: Chart) {
        writeStrongParagraph(InlineText(chart.title))
        writeTable(chart.dataTable, showsCaption: false)
        writeParagraph(InlineText(chart.summary))
        guard !chart.referenceLines.isEmpty else { return }
        writeStrongParagraph(InlineText(strings.referenceLines))
        writeDescriptionList(DescriptionList(items: chart.referenceLines.map {
            .init(label: $0.label, value: InlineText(chart.formatted($0.value)))
        }))
    }

    /// Appends nested Markdown with every line prefixed (the first with `firstPrefix`, blank lines with `blankPrefix`).
    mutating func appendNested(_ nested: TextBuffer, firstPrefix: String, prefix: String, blankPrefix: String) {
        var isFirst = true
        var isLineStart = true
        for byte in nested.bytes {
            if isLineStart {
                if byte == UInt8(ascii: "\n") {
                    output.append(isFirst ? firstPrefix.trimmingTrailingSpaces : blankPrefix)
                } else {
                    output.append(isFirst ? firstPrefix : prefix)
                }
                isFirst = false
            }
            output.append(byte: byte)
            isLineStart = byte == UInt8(ascii: "\n")
        }
        if isFirst { output.append(firstPrefix.trimmingTrailingSpaces + "\n") }
    }
}

extension String {
    /// The string without spaces at its end.
    fileprivate var trimmingTrailingSpaces: String {
        String(self[..<(lastIndex { $0 != " " }.map(index(after:)) ?? startIndex)])
    }
}
