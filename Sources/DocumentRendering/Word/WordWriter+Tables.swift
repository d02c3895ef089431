import DocumentTree

extension WordWriter {
    /// The width of the text between the margins of an A4 page, in twentieths of a point.
    static let textWidth = WordPage.width - 2 * WordPage.sideMargin

    /// Writes a table after its caption: a fixed grid as wide as the text, borders on every
    /// cell, and a shaded header row that repeats at the top of every page (`w:tblHeader`).
    /// A table without columns is left out, like in the other formats.
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
            output.append(markup: "<w:tr><w:trPr><w:cantSplit/></w:trPr>")
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

    /// Column widths that add up to the text width, shared out by how much each column holds:
    /// the average length of its cells (up to 40 characters, beyond which text wraps anyway)
    /// or its longest word with room for the cell margins and bold, whichever is more, and at
    /// least 4 characters.
    static func columnWidths(_ table: Table) -> [Int] {
        let weights = table.columns.indices.map { index in
            let cells = [table.columns[index].title] + table.rows.map { index < $0.count ? $0[index].plainText : "" }
            let averageCell = cells.reduce(0) { $0 + $1.count } / cells.count
            let longestWord = cells.flatMap { $0.split(whereSeparator: \.isWhitespace) }.map(\.count).max() ?? 0
            return max(min(averageCell, 40), min(longestWord + 3, 40), 4)
        }
        let total = weights.reduce(0, +)
        var widths = weights.map { textWidth * $0 / total }
        widths[widths.count - 1] += textWidth - widths.reduce(0, +)
        return widths
    }
}
