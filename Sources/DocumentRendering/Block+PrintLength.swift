import DocumentTree

extension Block {
    /// About how many characters the block prints, to tell a box short enough to keep on one page
    /// from one long enough to break across pages. A chart counts as long: it fills a third of a page.
    var printLength: Int {
        allBlocks.reduce(0) { $0 + $1.ownPrintLength }
    }

    /// The characters of the block itself, without those of the blocks nested in it.
    private var ownPrintLength: Int {
        switch self {
        case .heading(_, let text), .paragraph(let text): text.plainText.count
        case .table(let table): table.rows.joined().reduce(table.columns.count * 10) { $0 + $1.plainText.count }
        case .field(let field): field.printLength
        case .descriptionList(let list): list.items.reduce(0) { $0 + $1.label.count + $1.value.plainText.count }
        case .callout(let callout): callout.title.count
        case .chart: Self.longPrintLength
        case .list, .pageBreak: 0
        }
    }

    /// Boxes and fields that print more characters than this (about seven full lines of A4 text, an
    /// eighth of a page) may break across pages; shorter ones are kept on one page.
    static let longPrintLength = 700
}

extension Field {
    /// About how many characters the field prints: its question and answer, or its writing lines.
    var printLength: Int {
        let answer = answer?.reduce(0) { $0 + $1.plainText.count } ?? max(writingLines, 1) * 100
        return label.plainText.count + answer
    }

    /// Whether the field is long enough to be let break across pages.
    var isLongInPrint: Bool { answer != nil && printLength > Block.longPrintLength }
}

extension Callout {
    /// Whether the box is long enough to be let break across pages.
    var isLongInPrint: Bool { Block.callout(self).printLength > Block.longPrintLength }
}
