/// A table with a header row, exported by the CSV renderer under stable column keys.
public struct Table: Hashable, Sendable {
    /// A column: its heading for readers and its stable key for data exports.
    public struct Column: Hashable, Sendable {
        /// The heading shown to readers, in the document's language.
        public var title: String
        /// A stable, language-independent column name (`snake_case`), used as the CSV header.
        public var key: String
        /// How the heading is set in print: ``HeadingOrientation/vertical`` keeps a column of short
        /// values (such as 0/1 scores) under a long heading narrow. Only the HTML renderer uses it;
        /// the Markdown and CSV renderers ignore it.
        public var headingOrientation: HeadingOrientation

        /// Creates a column; its heading is horizontal unless told otherwise.
        public init(title: String, key: String, headingOrientation: HeadingOrientation = .horizontal) {
            self.title = title
            self.key = key
            self.headingOrientation = headingOrientation
        }
    }

    /// A stable, file-name-safe name for the table (for example `status`), used for CSV file names.
    public var name: String
    /// An optional caption, shown above the table.
    public var caption: InlineText?
    /// The columns, in order.
    public var columns: [Column]
    /// The rows; every row has one cell per column.
    public var rows: [[InlineText]]
    /// Whether the first column names each row and is rendered as a row header.
    public var firstColumnIsRowHeader: Bool

    /// Creates a table. Rows shorter than the header are padded with empty cells and longer ones cut,
    /// so that every row has exactly one cell per column.
    public init(
        name: String,
        caption: InlineText? = nil,
        columns: [Column],
        rows: [[InlineText]],
        firstColumnIsRowHeader: Bool = false
    ) {
        self.name = name
        self.caption = caption
        self.columns = columns
        self.rows = rows.allSatisfy { $0.count == columns.count } ? rows : rows.map { Self.fitted($0, to: columns.count) }
        self.firstColumnIsRowHeader = firstColumnIsRowHeader
    }

    /// A row cut or padded with empty cells to `count` cells.
    private static func fitted(_ row: [InlineText], to count: Int) -> [InlineText] {
        row.count > count ? Array(row.prefix(count)) : row + Array(repeating: InlineText(""), count: count - row.count)
    }
}
