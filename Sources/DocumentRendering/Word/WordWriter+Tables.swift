import DocumentTree

extension WordWriter {
    /// The width of the text between the margins of an A4 page, in twentieths of a point.
    static let textWidth = WordPage.width - 2 * WordPage.sideMargin

    /// Writes a table after its caption: a fixed grid as wide as the text, borders on every
    /// cell, and a shaded header row that repeats at the top of every page (`w:tblHeader`).
    /// A row without text is space to write in, at least as tall as a form's writing line (like
    /// the HTML style sheet's `td:empty`). A table without columns is left out, like in the
    /// other formats.
    mutating func writeTable(_ table: Table, showsCaption: Bool = true) {
        guard !table.columns.isEmpty else { return }
        if showsCaption, let caption = table.caption, !caption.isEmpty {
            writeParagraph(caption, properties: .init(style: "Caption", keepsWithNext: true))
        }
        let widths = Self.columnWidths(table)
        output.append(markup: "<w:tbl>\n<w:tblPr><w:tblStyle w:val=\"ForebygTable\"/>")
        output.append("<w:tblW w:w=\"\(Self.textWidth)\" w:type=\"dxa\"/>")
        output.append(markup: "<w:tblBorders>")
        for side: StaticString in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            output.append(markup: "<w:")
            output.append(markup: side)
            output.append(markup: " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C99A6\"/>")
        }
        output.append(markup: "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>")
        output.append(markup: "<w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>")
        output.append(markup: "<w:tblGrid>")
        for width in widths { output.append("<w:gridCol w:w=\"\(width)\"/>") }
        output.append(markup: "</w:tblGrid>\n")
        output.append(markup: "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
        for (index, column) in table.columns.enumerated() {
            writeCell(InlineText(column.title), width: widths[index], isHeader: true)
        }
        output.append(markup: "</w:tr>\n")
        for row in table.rows {
            let isBlank = row.allSatisfy(\.isEmpty)
            output.append(markup: "<w:tr><w:trPr><w:cantSplit/>")
            if isBlank { output.append("<w:trHeight w:val=\"\(WordPage.writingLineHeight)\" w:hRule=\"atLeast\"/>") }
            output.append(markup: "</w:trPr>")
            for index in table.columns.indices {
                let cell = index < row.count ? row[index] : InlineText("")
                writeCell(cell, width: widths[index], isHeader: false, isRowHeader: index == 0 && table.firstColumnIsRowHeader)
            }
            output.append(markup: "</w:tr>\n")
        }
        output.append(markup: "</w:tbl>\n")
        // Two tables in a row would merge into one: an empty paragraph keeps them apart.
        output.append(markup: "<w:p><w:pPr><w:pStyle w:val=\"TableEnd\"/></w:pPr></w:p>\n")
    }

    /// Writes one cell (`w:tcPr` children in the order of `CT_TcPr`: `tcW`, `shd`); a header
    /// cell is shaded and bold, a row-header cell bold.
    private mutating func writeCell(_ text: InlineText, width: Int, isHeader: Bool, isRowHeader: Bool = false) {
        output.append("<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>")
        if isHeader { output.append(markup: "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E4E9EE\"/>") }
        output.append(markup: "</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr>")
        writeRuns(text, emphasis: isHeader || isRowHeader ? .strong("") : nil)
        output.append(markup: "</w:p></w:tc>")
    }

    /// Column widths that add up to the text width. Every column first gets room for its longest
    /// word (up to 20 characters, so that words do not break), then the rest of the width is
    /// shared out by how much more each column holds: the average length of its cells, up to
    /// 40 characters. When the words alone do not fit, their widths are scaled down together.
    static func columnWidths(_ table: Table) -> [Int] {
        let characterWidth = 105  // about one character of the tables' 9 pt text, in twentieths of a point
        let cellMargins = 200
        let needs = table.columns.indices.map { index in
            var total = TextLengths(table.columns[index].title)
            for row in table.rows where index < row.count {
                row[index].forEachSpan { total.add(TextLengths($0.text)) }
            }
            let averageCell = total.characters / (table.rows.count + 1)
            let longestWord = total.longestWord
            let minimum = max(min(longestWord, 20), 3) * characterWidth + cellMargins
            return (minimum: minimum, wish: max(minimum, min(averageCell, 40) * characterWidth + cellMargins))
        }
        let minimumTotal = needs.reduce(0) { $0 + $1.minimum }
        var widths: [Int]
        if minimumTotal >= textWidth {
            widths = needs.map { textWidth * $0.minimum / minimumTotal }
        } else {
            let extras = needs.map { $0.wish - $0.minimum }
            let extraTotal = extras.reduce(0, +)
            let spare = textWidth - minimumTotal
            widths = needs.indices.map { index in
                needs[index].minimum + (extraTotal == 0 ? spare / needs.count : spare * extras[index] / extraTotal)
            }
        }
        widths[widths.count - 1] += textWidth - widths.reduce(0, +)
        return widths
    }
}

/// The length of a text and of its longest word, counted in Unicode scalars over its UTF-8
/// bytes (fast, and close enough to characters for sharing out column widths).
private struct TextLengths {
    /// The number of scalars.
    private(set) var characters = 0
    /// The length of the longest run of scalars between ASCII spaces, tabs and line breaks.
    private(set) var longestWord = 0

    /// Measures `text`.
    init(_ text: String) {
        var word = 0
        text.withUTF8Bytes { bytes in
            for byte in bytes where byte & 0xC0 != 0x80 {
                characters += 1
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    word = 0
                } else {
                    word += 1
                    longestWord = max(longestWord, word)
                }
            }
        }
    }

    /// Adds another text's lengths (a cell made of several spans, measured span by span).
    mutating func add(_ other: TextLengths) {
        characters += other.characters
        longestWord = max(longestWord, other.longestWord)
    }
}
