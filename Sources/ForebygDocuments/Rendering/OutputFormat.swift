/// A format documents are rendered into.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// GitHub-flavoured Markdown, `<stem>.md`.
    case markdown = "md"
    /// A self-contained printable HTML page, `<stem>.html`.
    case html
    /// One CSV file per table, `<stem>-<table>.csv`.
    case csv
}
