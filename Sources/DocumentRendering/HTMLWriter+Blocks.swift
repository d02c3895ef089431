import DocumentTree

extension HTMLWriter {
    /// Writes blocks in order.
    mutating func writeBlocks(_ blocks: [Block]) {
        for block in blocks { writeBlock(block) }
    }

    /// Writes one block.
    mutating func writeBlock(_ block: Block) {
        switch block {
        case .heading(let level, let text): writeHeading(level: level, text: text)
        case .paragraph(let text): writeParagraph(text)
        case .list(let list): writeList(list)
        case .table(let table): writeTable(table)
        case .field(let field): writeField(field)
        case .descriptionList(let list): writeDescriptionList(list)
        case .callout(let callout): writeCallout(callout)
        case .chart(let chart): writeChart(chart)
        case .pageBreak: output.append(markup: "<div class=\"pageBreak\"></div>\n")
        }
    }

    /// Writes running text: emphasis as `<em>`, strong emphasis as `<strong>`, line breaks as `<br>`.
    /// A run holding a bidirectional control (U+202A–U+202E, U+2066–U+2069) is isolated in
    /// `<bdi>`, so its text stays exact but cannot reorder the text around it.
    mutating func writeInline(_ text: InlineText) {
        text.forEachSpan { span in
            switch span {
            case .text(let text):
                writeIsolatedIfBidirectional(text)
            case .emphasis(let text):
                output.append(markup: "<em>")
                writeIsolatedIfBidirectional(text)
                output.append(markup: "</em>")
            case .strong(let text):
                output.append(markup: "<strong>")
                writeIsolatedIfBidirectional(text)
                output.append(markup: "</strong>")
            }
        }
    }

    private mutating func writeIsolatedIfBidirectional(_ text: String) {
        guard Self.containsBidirectionalControl(text) else { return output.appendHTML(text) }
        output.append(markup: "<bdi>")
        output.appendHTML(text)
        output.append(markup: "</bdi>")
    }

    /// Whether a text holds an embedding, override or isolate control (U+202A–U+202E,
    /// U+2066–U+2069), which reorders what follows it.
    ///
    /// Decided on the UTF-8 bytes, where the controls are `E2 80 AA`–`E2 80 AE` and
    /// `E2 81 A6`–`E2 81 A9`: every text of every HTML page is tested, and walking its Unicode
    /// scalars cost a twentieth of a plan's render.
    static func containsBidirectionalControl(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index + 2 < bytes.count {
                if bytes[index] == 0xE2 {
                    let (second, third) = (bytes[index + 1], bytes[index + 2])
                    if second == 0x80 && (0xAA...0xAE).contains(third) || second == 0x81 && (0xA6...0xA9).contains(third) { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// Writes a heading, at most one level below the previous one (h2 to h6), so levels never skip.
    mutating func writeHeading(level: Int, text: InlineText) {
        let level = min(max(level, 2), headingLevel + 1, 6)
        headingLevel = level
        let digit = String(level)
        output.append("<h" + digit + ">")
        writeInline(text)
        output.append("</h" + digit + ">\n")
    }

    /// Writes a paragraph; an empty one is left out.
    mutating func writeParagraph(_ text: InlineText, class className: StaticString? = nil) {
        guard !text.isEmpty else { return }
        if let className {
            output.append(markup: "<p class=\"")
            output.append(markup: className)
            output.append(markup: "\">")
        } else {
            output.append(markup: "<p>")
        }
        writeInline(text)
        output.append(markup: "</p>\n")
    }

    /// Writes a `<ul>` or `<ol>`; an item that is one paragraph is written without a `<p>`.
    mutating func writeList(_ list: ListBlock) {
        guard !list.items.isEmpty else { return }
        switch list.style {
        case .bulleted:
            output.append(markup: "<ul>\n")
        case .numbered(let start):
            output.append(start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n")
        }
        for item in list.items {
            output.append(markup: "<li>")
            if item.count == 1, case .paragraph(let text) = item[0] {
                writeInline(text)
            } else {
                output.append(markup: "\n")
                writeBlocks(item)
            }
            output.append(markup: "</li>\n")
        }
        if case .bulleted = list.style {
            output.append(markup: "</ul>\n")
        } else {
            output.append(markup: "</ol>\n")
        }
    }

    /// Writes a table with its caption, a header row of `<th scope="col">` and, when the first
    /// column names the rows, `<th scope="row">` cells; a table without columns is left out.
    /// A table with many columns is marked `wide`, printed smaller so that it fits an A4 page; a
    /// column whose heading is ``Table/HeadingOrientation/vertical`` gets a `vertical` header cell.
    mutating func writeTable(_ table: Table, class className: StaticString? = nil, caption: InlineText? = nil) {
        guard !table.columns.isEmpty else { return }
        if className == nil, table.columns.count >= HTMLWriter.wideTableColumnCount {
            output.append(markup: "<table class=\"wide\">\n")
        } else if let className {
            output.append(markup: "<table class=\"")
            output.append(markup: className)
            output.append(markup: "\">\n")
        } else {
            output.append(markup: "<table>\n")
        }
        if let caption = caption ?? table.caption, !caption.isEmpty {
            output.append(markup: "<caption>")
            writeInline(caption)
            output.append(markup: "</caption>\n")
        }
        output.append(markup: "<thead>\n<tr>")
        for column in table.columns {
            output.append(markup: column.headingOrientation == .vertical ? "<th scope=\"col\" class=\"vertical\">" : "<th scope=\"col\">")
            output.appendHTML(column.title)
            output.append(markup: "</th>")
        }
        output.append(markup: "</tr>\n</thead>\n<tbody>\n")
        for row in table.rows {
            writeRow(row, columnCount: table.columns.count, hasRowHeader: table.firstColumnIsRowHeader)
        }
        output.append(markup: "</tbody>\n</table>\n")
    }

    /// Writes one body row with exactly `columnCount` cells.
    private mutating func writeRow(_ row: [InlineText], columnCount: Int, hasRowHeader: Bool) {
        output.append(markup: "<tr>")
        for index in 0..<columnCount {
            let isHeader = hasRowHeader && index == 0
            output.append(markup: isHeader ? "<th scope=\"row\">" : "<td>")
            if index < row.count { writeInline(row[index]) }
            output.append(markup: isHeader ? "</th>" : "</td>")
        }
        output.append(markup: "</tr>\n")
    }
}
