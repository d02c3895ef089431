#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygCore
import DocumentTree

/// Decodes JSON text as a document, returning the input error if any.
func decodeError<T: VersionedDocument>(_ type: T.Type, _ json: String) -> DocumentInputError? {
    do {
        _ = try DocumentCodec.decode(type, from: Data(json.utf8))
        return nil
    } catch {
        return error
    }
}

/// Every piece of text in a document, paragraphs, cells, fields and list items alike, joined by newlines.
func allText(_ document: Document) -> String {
    document.allBlocks.compactMap(text(of:)).joined(separator: "\n")
}

/// The block's own text, without that of the blocks nested in it; `nil` for a list, which has none.
private func text(of block: Block) -> String? {
    switch block {
    case .heading(_, let text), .paragraph(let text): text.plainText
    case .list: nil
    case .table(let table): ([table.caption?.plainText ?? ""] + table.columns.map(\.title) + table.rows.flatMap { $0.map(\.plainText) }).joined(separator: "\n")
    case .field(let field): ([field.label.plainText] + (field.answer ?? []).map(\.plainText)).joined(separator: "\n")
    case .descriptionList(let list): list.items.map { "\($0.label): \($0.value.plainText)" }.joined(separator: "\n")
    case .callout(let callout): callout.title
    case .chart(let chart): ([chart.title, chart.summary] + chart.referenceLines.map(\.label)).joined(separator: "\n")
    case .pageBreak: ""
    }
}

/// The charts of a document.
func charts(_ document: Document) -> [Chart] {
    document.blocks.compactMap { if case .chart(let chart) = $0 { chart } else { nil } }
}

/// The tables of a document by name.
func namedTable(_ name: String, in document: Document) -> Table? {
    document.tables.first { $0.name == name }
}
