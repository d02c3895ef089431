import DocumentTree

extension WordWriter {
    /// Writes a field: the numbered question in bold, who answers it in italics, then the answer
    /// paragraphs, or ruled writing lines when the field is blank. The question and the lines
    /// keep together on one page.
    mutating func writeField(_ field: Field) {
        var question = field.label.spans
        if let number = field.number, !number.isEmpty { question.insert(.text(number + ". "), at: 0) }
        writeParagraph(InlineText(question), properties: .init(style: "Question", keepsWithNext: true), emphasis: .strong(""))
        if let answeredBy = field.answeredBy, !answeredBy.isEmpty {
            writeParagraph(InlineText([.emphasis(strings.answeredBy + ": " + answeredBy)]), properties: .init(keepsWithNext: true))
        }
        guard let answer = field.answer else {
            let lines = max(field.writingLines, 1)
            for line in 1...lines {
                writeWritingLine(style: "WritingLine", keepsWithNext: line < lines)
            }
            return
        }
        for paragraph in answer { writeParagraph(paragraph) }
    }

    /// Writes an empty ruled line to write on: a tab whose leader draws the line to the margin.
    private mutating func writeWritingLine(style: String, keepsWithNext: Bool) {
        output.append(markup: "<w:p>")
        WordParagraphProperties(style: style, keepsWithNext: keepsWithNext, isBoxed: isInCallout, leftIndent: continuationIndent)
            .write(into: &output)
        output.append(markup: "<w:r><w:tab/></w:r></w:p>\n")
    }

    /// Writes a description list, one paragraph per item: the label in bold, then the value, or
    /// a ruled line to the margin when the value is blank.
    mutating func writeDescriptionList(_ list: DescriptionList) {
        for item in list.items {
            output.append(markup: "<w:p>")
            WordParagraphProperties(style: "Detail", isBoxed: isInCallout, leftIndent: continuationIndent).write(into: &output)
            writeRun(item.label + ":", bold: true)
            if item.value.isEmpty {
                output.append(markup: "<w:r><w:t xml:space=\"preserve\"> </w:t><w:tab/></w:r>")
            } else {
                writeRun(" ")
                writeRuns(item.value)
            }
            output.append(markup: "</w:p>\n")
        }
    }
}
