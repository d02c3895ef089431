/// A format documents are rendered into.
///
/// Adding a format is a renderer plus one case here: the `--format` help, the default formats,
/// the synopses and the golden-file helpers all read `allCases`; the compiler then points at
/// the one `switch` in ``RenderedFile/files(for:stem:settings:)`` that writes it.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// GitHub-flavoured Markdown, `<stem>.md`.
    case markdown = "md"
    /// A self-contained printable HTML page, `<stem>.html`.
    case html
    /// One CSV file per table, `<stem>-<table>.csv`.
    case csv
    /// A Word document (Office Open XML), `<stem>.docx`.
    case docx

    /// The format's name for readers: `Markdown`.
    public var displayName: String {
        switch self {
        case .markdown: "Markdown"
        case .html: "HTML"
        case .csv: "CSV"
        case .docx: "Word"
        }
    }

    /// Every format's name for readers, as a sentence lists them: `Markdown, HTML, CSV and Word`.
    public static let displayNames = allCases.dropLast().map(\.displayName).joined(separator: ", ")
        + (allCases.count > 1 ? " and " : "") + (allCases.last?.displayName ?? "")

    /// Every format's name joined by commas, `md,html,csv,docx`, as `--format` takes them.
    public static let nameList = allCases.map(\.rawValue).joined(separator: ",")

    /// The files a document becomes in this format, for help texts: `<stem>.md`.
    public var fileNamePattern: String {
        switch self {
        case .markdown: "<stem>.md"
        case .html: "<stem>.html"
        case .csv: "<stem>-<table>.csv"
        case .docx: "<stem>.docx"
        }
    }

    /// Every format's file-name pattern with `<stem>` replaced by `stem`, joined by commas:
    /// `course.md, course.html, course-<table>.csv, course.docx`.
    public static func fileNames(stem: String) -> String {
        allCases.map { $0.fileNamePattern.replacing("<stem>", with: stem) }.joined(separator: ", ")
    }
}
