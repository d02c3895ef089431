/// One CSV table produced by a ``CSVRenderer``: its name and its text.
///
/// The renderer names tables, not files: the caller turns ``name`` into a file name (the
/// command-line tool writes `<stem>-<name>.csv`).
public struct CSVFile: Hashable, Sendable {
    /// The table's name, unique within the document: the table's own `name` (`status`),
    /// `fields` or `details`, with `-2`, `-3`, … when a name repeats.
    public var name: String
    /// The file's text, including a byte order mark when the dialect asks for one.
    public var contents: String

    /// Creates a CSV file.
    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}
