/// The one descent through the tree: ``Block/children`` says what is inside a block, and
/// ``Block/allBlocks`` and ``Document/allBlocks`` walk it depth first in reading order, so that
/// collecting something from a document is one `flatMap` over `allBlocks`, not a new recursive
/// function.
extension Block {
    /// The blocks directly inside this one, in reading order: a callout's content, or a list's
    /// items one after another. Every other block has none (a chart's data table is not a block).
    public var children: [Block] {
        switch self {
        case .callout(let callout): callout.blocks
        case .list(let list): list.items.flatMap { $0 }
        case .heading, .paragraph, .table, .field, .descriptionList, .chart, .pageBreak: []
        }
    }

    /// This block followed by every block nested in it, depth first in reading order: a callout
    /// comes before its content, a list before its items.
    public var allBlocks: [Block] {
        var blocks: [Block] = []
        appendAll(to: &blocks)
        return blocks
    }

    /// The tables in this block, including those nested in callouts and list items, and the data
    /// table of every chart, in reading order.
    public var tables: [Table] {
        allBlocks.compactMap { block in
            switch block {
            case .table(let table): table
            case .chart(let chart): chart.dataTable
            default: nil
            }
        }
    }

    /// The question-and-answer fields in this block, including nested ones, in reading order.
    public var fields: [Field] {
        allBlocks.compactMap { if case .field(let field) = $0 { field } else { nil } }
    }

    private func appendAll(to blocks: inout [Block]) {
        blocks.append(self)
        for child in children {
            child.appendAll(to: &blocks)
        }
    }
}

extension Document {
    /// Every block of the document, depth first in reading order (see ``Block/allBlocks``).
    public var allBlocks: [Block] {
        blocks.flatMap(\.allBlocks)
    }

    /// Every table in the document, in reading order, including tables nested in callouts and
    /// list items and the data table of every chart.
    public var tables: [Table] {
        blocks.flatMap(\.tables)
    }

    /// Every question-and-answer field in the document, in reading order, including nested ones.
    public var fields: [Field] {
        blocks.flatMap(\.fields)
    }
}
