#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DocumentTree
import ForebygCore
import LearningMethods

/// Helpers shared by the module's tests.
enum TestSupport {
    /// The example with the given fixture name.
    static func example(_ name: String) -> any VersionedDocument {
        LearningExamples.all.first { $0.name == name }!.document
    }

    /// Every piece of text in a document, in reading order.
    static func texts(_ document: Document) -> [String] {
        [document.metadata.title] + document.allBlocks.flatMap(texts)
    }

    /// All text of a document joined with newlines, for `contains` checks.
    static func text(_ document: Document) -> String {
        texts(document).joined(separator: "\n")
    }

    /// The block's own text, without that of the blocks nested in it.
    private static func texts(_ block: Block) -> [String] {
        switch block {
        case .heading(_, let text), .paragraph(let text): [text.plainText]
        case .table(let table): tableTexts(table)
        case .field(let field): [field.label.plainText] + (field.answer ?? []).map(\.plainText)
        case .descriptionList(let list): list.items.flatMap { [$0.label, $0.value.plainText] }
        case .callout(let callout): [callout.title]
        case .chart(let chart): [chart.title, chart.summary] + tableTexts(chart.dataTable)
        case .list, .pageBreak: []
        }
    }

    private static func tableTexts(_ table: Table) -> [String] {
        [table.caption?.plainText ?? ""] + table.columns.map(\.title) + table.rows.flatMap { $0.map(\.plainText) }
    }

    /// The table with the given stable name.
    static func table(_ name: String, in document: Document) -> Table? {
        document.tables.first { $0.name == name }
    }

    /// The charts of a document.
    static func charts(_ document: Document) -> [Chart] {
        document.blocks.compactMap { if case .chart(let chart) = $0 { chart } else { nil } }
    }
}
