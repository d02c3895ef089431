public import DocumentTree

/// Exports a ``DocumentTree/Document``'s data as CSV files.
///
/// Every table with columns becomes its own file, including each chart's data table; the header
/// row holds the columns' stable `key`s. The document's fields become one more file
/// (`<slug>-fields.csv`: `number,question,answered_by,answer`), its description lists another
/// (`<slug>-details.csv`: `label,value`). A name already taken gets `-2`, `-3`, … before `.csv`.
/// Every row has as many cells as the header.
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

    /// Renders every table of the document, and its fields and details, as separate files, in reading order.
    public func render(_ document: Document) -> [CSVFile] {
        var names = CSVFileNames(slug: document.metadata.slug)
        var files: [CSVFile] = []
        for table in document.tables where !table.columns.isEmpty {
            let rows = table.rows.map { row in table.columns.indices.map { $0 < row.count ? row[$0].plainText : "" } }
            files.append(file(named: names.claim(table.name), header: table.columns.map(\.key), rows: rows))
        }
        let fields = document.fields
        if !fields.isEmpty {
            let rows = fields.map { field in
                [field.number ?? "", field.label.plainText, field.answeredBy ?? "",
                 (field.answer ?? []).map(\.plainText).joined(separator: "\n")]
            }
            files.append(file(named: names.claim("fields"), header: ["number", "question", "answered_by", "answer"], rows: rows))
        }
        let details = document.blocks.flatMap(\.descriptionItems)
        if !details.isEmpty {
            let rows = details.map { [$0.label, $0.value.plainText] }
            files.append(file(named: names.claim("details"), header: ["label", "value"], rows: rows))
        }
        return files
    }

    /// One file with a header row and data rows.
    private func file(named name: String, header: [String], rows: [[String]]) -> CSVFile {
        var writer = CSVWriter(options: options, capacity: 256 + rows.count * header.count * 24)
        writer.writeRow(header)
        for row in rows { writer.writeRow(row) }
        return CSVFile(name: name, contents: writer.output.string)
    }
}

extension Block {
    /// The description-list items in this block, including those nested in callouts and list items.
    fileprivate var descriptionItems: [DescriptionList.Item] {
        switch self {
        case .descriptionList(let list): list.items
        case .callout(let callout): callout.blocks.flatMap(\.descriptionItems)
        case .list(let list): list.items.flatMap { $0.flatMap(\.descriptionItems) }
        case .heading, .paragraph, .table, .field, .chart, .pageBreak: []
        }
    }
}
