import DocumentTree

extension HTMLWriter {
    /// Writes a field as a labelled group: the numbered question, who answers it, then the
    /// answer paragraphs, or ruled writing space of `writingLines` lines when it is blank.
    /// A long answered field is marked `long`, which lets it break across pages in print.
    mutating func writeField(_ field: Field) {
        let questionID = nextID("q")
        output.append(markup: field.isLongInPrint ? "<div class=\"field long\"" : "<div class=\"field\"")
        output.append(" role=\"group\" aria-labelledby=\"" + questionID + "\">\n")
        output.append("<p class=\"question\" id=\"" + questionID + "\">")
        if let number = field.number, !number.isEmpty {
            output.append(markup: "<span class=\"fieldNumber\">")
            output.appendHTML(number + ".")
            output.append(markup: "</span> ")
        }
        writeInline(field.label)
        output.append(markup: "</p>\n")
        if let answeredBy = field.answeredBy, !answeredBy.isEmpty {
            writeParagraph(InlineText(strings.answeredBy + ": " + answeredBy), class: "answeredBy")
        }
        if let answer = field.answer {
            output.append(markup: "<div class=\"answer\">\n")
            for paragraph in answer { writeParagraph(paragraph) }
            output.append(markup: "</div>\n")
        } else {
            output.append(markup: "<div class=\"writingSpace\">")
            for _ in 0..<max(field.writingLines, 1) { output.append(markup: "<div class=\"writingLine\"></div>") }
            output.append(markup: "</div>\n")
        }
        output.append(markup: "</div>\n")
    }

    /// Writes a description list; a blank value is a ruled line to write on.
    mutating func writeDescriptionList(_ list: DescriptionList) {
        guard !list.items.isEmpty else { return }
        output.append(markup: "<dl class=\"details\">\n")
        for item in list.items {
            output.append(markup: "<div><dt>")
            output.appendHTML(item.label)
            if item.value.isEmpty {
                output.append(markup: "</dt><dd class=\"blank\"></dd></div>\n")
            } else {
                output.append(markup: "</dt><dd>")
                writeInline(item.value)
                output.append(markup: "</dd></div>\n")
            }
        }
        output.append(markup: "</dl>\n")
    }

    /// Writes a callout as a boxed note whose title is always shown (its kind is also a border style,
    /// never only a colour). A long box is marked `long`, which lets it break across pages in print.
    mutating func writeCallout(_ callout: Callout) {
        output.append("<div class=\"callout callout-" + callout.kind.rawValue + (callout.isLongInPrint ? " long" : "") + "\" role=\"note\">\n")
        if !callout.title.isEmpty {
            writeElement("p", class: "calloutTitle", text: callout.title)
        }
        writeBlocks(callout.blocks)
        output.append(markup: "</div>\n")
    }
}
