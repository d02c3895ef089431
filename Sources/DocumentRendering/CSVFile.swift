/// One CSV file produced by a ``CSVRenderer``.
public struct CSVFile: Hashable, Sendable {
    /// The file name, `<slug>-<table name>.csv`.
    public var name: String
    /// The file's text, including a byte order mark when the dialect asks for one.
    public var contents: String

    /// Creates a CSV file.
    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}
