public import DocumentTree

/// Exports a `Document`'s data as CSV files.
///
/// Every table with columns becomes its own CSV text, named by the table's `name`, including each
/// chart's data table; the header row holds the columns' stable `key`s. The document's fields
/// become one more, named `fields` (`number,question,answered_by,answer`), its description lists
/// another, named `details` (`label,value`). A name already taken gets `-2`, `-3`, …. Every row
/// has as many cells as the header. The caller names the files (the command-line tool writes
/// `<stem>-<name>.csv`).
public struct CSVRenderer: Sendable {
    /// How the CSV is written.
    public struct Options: Sendable {
        /// The separator, line end and byte order mark convention.
        public var dialect: CSVDialect
        /// Whether a cell that a spreadsheet would read as a formula (starting with `=`, `+`, `-`,
        /// `@`, tab or carriage return) gets a leading apostrophe, as OWASP recommends against CSV
        /// injection. Plain numbers such as `-3` or `-2.5` are left alone.
        public var neutralizesFormulas: Bool

        /// Creates options; by default RFC 4180 with formulas neutralised.
        public init(dialect: CSVDialect = .rfc4180, neutralizesFormulas: Bool = true) {
            self.dialect = dialect
            self.neutralizesFormulas = neutralizesFormulas
        }
    }

    /// The options in effect.
    public var options: Options

    /// Creates a CSV renderer.
    public init(options: Options = .init()) {
        self.options = options
    }

    /// Renders every table of the document, and its fields and details, as separate named CSV texts, in reading order.
    public func render(_ document: Document) -> [CSVFile] {
        renderUTF8(document).map { CSVFile(name: $0.name, contents: String(decoding: $0.bytes, as: UTF8.self)) }
    }

    /// Renders the same files as ``render(_:)`` as UTF-8 bytes, without building `String`s
    /// (which would check every byte again), for callers that only write or count them.
    package func renderUTF8(_ document: Document) -> [(name: String, bytes: [UInt8])] {
        var names = CSVTableNames()
        var files: [(name: String, bytes: [UInt8])] = []
        for table in document.tables where !table.columns.isEmpty {
            var writer = CSVWriter(options: options, capacity: 256 + table.rows.count * table.columns.count * 32)
            writer.writeRow(table.columns.lazy.map(\.key))
            for row in table.rows {
                writer.writeRow(table.columns.indices.lazy.map { $0 < row.count ? row[$0].plainText : "" })
            }
            files.append((names.claim(table.name), writer.output.finish()))
        }
        let fields = document.fields
        if !fields.isEmpty {
            var writer = CSVWriter(options: options, capacity: 256 + fields.count * 128)
            writer.writeRow(["number", "question", "answered_by", "answer"])
            for field in fields {
                let answer = (field.answer ?? []).map(\.plainText).joined(separator: "\n")
                writer.writeRow([field.number ?? "", field.label.plainText, field.answeredBy ?? "", answer])
            }
            files.append((names.claim("fields"), writer.output.finish()))
        }
        let details = document.allBlocks.flatMap { block -> [DescriptionList.Item] in
            if case .descriptionList(let list) = block { list.items } else { [] }
        }
        if !details.isEmpty {
            var writer = CSVWriter(options: options, capacity: 256 + details.count * 64)
            writer.writeRow(["label", "value"])
            for item in details { writer.writeRow([item.label, item.value.plainText]) }
            files.append((names.claim("details"), writer.output.finish()))
        }
        return files
    }
}
