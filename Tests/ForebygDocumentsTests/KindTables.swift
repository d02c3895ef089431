import ForebygCore
import ForebygDocuments
import ForebygTestSupport
import Foundation

/// The tables of document kinds in the documentation, generated from `DocumentRegistry.standard`:
/// the JSON formats index (`Documentation/JSON/README.md`) and the table on each module's page
/// (`Documentation/<Module>.md`). Each sits between ``begin`` and ``end``; what a row says a kind
/// is comes from the first sentence of the kind's own page, `Documentation/JSON/<type>.md`.
enum KindTables {
    /// One registered kind as the tables show it.
    struct Row {
        let documentType: String
        let module: String
        let swiftType: String
        let summary: String
    }

    /// The line before a generated table.
    static let begin = "<!-- kinds: generated from DocumentRegistry.standard by `FOREBYG_RECORD=1 swift test --filter KindTableTests`; do not edit -->"
    /// The line after a generated table.
    static let end = "<!-- end of kinds -->"

    /// Every kind with an example, by module, then by `type`.
    static var rows: [Row] {
        KindFiles.documentTypes.compactMap { documentType -> Row? in
            guard let example = KindFiles.examples(of: documentType).first else { return nil }
            return Row(
                documentType: documentType, module: KindFiles.module(of: example.document),
                swiftType: String(describing: type(of: example.document)), summary: summary(of: documentType))
        }.sorted { ($0.module, $0.documentType) < ($1.module, $1.documentType) }
    }

    /// The modules that declare kinds, sorted.
    static var modules: [String] {
        Set(rows.map(\.module)).sorted()
    }

    /// The JSON formats index.
    static var index: String {
        table(
            header: "| `type` | product | what it is | page | schema |",
            rows: rows.map { "| `\($0.documentType)` | \($0.module) | \($0.summary) | [page](\($0.documentType).md) | [schema](../schemas/\($0.documentType).schema.json) |" })
    }

    /// The table of a module's kinds on its page.
    static func moduleTable(_ module: String) -> String {
        table(
            header: "| type | `type` in JSON | what it is | format page | schema |",
            rows: rows.filter { $0.module == module }.map {
                "| `\($0.swiftType)` | `\($0.documentType)` | \($0.summary) | [JSON/\($0.documentType).md](JSON/\($0.documentType).md) | [schemas/\($0.documentType).schema.json](schemas/\($0.documentType).schema.json) |"
            })
    }

    /// The first sentence of the first paragraph of a kind's page, without its full stop, or
    /// `(no page)` when the page is missing.
    static func summary(of documentType: String) -> String {
        let page = RepositoryFiles.jsonPages.appendingPathComponent("\(documentType).md")
        guard let text = try? String(contentsOf: page, encoding: .utf8) else { return "(no page)" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().drop { $0.isEmpty }
        let paragraph = lines.prefix { !$0.isEmpty }.joined(separator: " ")
        let stop = paragraph.ranges(of: ". ").first { paragraph[$0.upperBound].isUppercase || paragraph[$0.upperBound] == "`" }?.lowerBound ?? paragraph.endIndex
        let sentence = paragraph[..<stop]
        return (sentence.hasSuffix(".") ? sentence.dropLast() : sentence).replacingOccurrences(of: "|", with: "\\|")
    }

    /// `text` with the generated region replaced by `table`, or nil when it has no region.
    static func replacingRegion(in text: String, with table: String) -> String? {
        guard let start = text.range(of: begin + "\n"), let stop = text.range(of: end, range: start.upperBound..<text.endIndex) else { return nil }
        return text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: table)
    }

    private static func table(header: String, rows: [String]) -> String {
        let separator = "|" + String(repeating: "---|", count: header.filter { $0 == "|" }.count - 1)
        return ([header, separator] + rows).joined(separator: "\n") + "\n"
    }
}
