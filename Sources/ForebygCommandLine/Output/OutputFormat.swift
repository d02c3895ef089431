/// A format the tool renders documents into.
///
/// Adding a format is a renderer plus one case here: the `--format` help, the default formats,
/// the synopses and the golden-file helpers all read ``allCases``; the compiler then points at
/// the one `switch` in ``RenderedFile/files(for:stem:settings:)`` that writes it.
enum OutputFormat: String, CaseIterable, Sendable {
    /// GitHub-flavoured Markdown, `<stem>.md`.
    case markdown = "md"
    /// A self-contained printable HTML page, `<stem>.html`.
    case html
    /// One CSV file per table, `<stem>-<table>.csv`.
    case csv
    /// A Word document (Office Open XML), `<stem>.docx`.
    case docx

    /// The format's name for readers: `Markdown`.
    var displayName: String {
        switch self {
        case .markdown: "Markdown"
        case .html: "HTML"
        case .csv: "CSV"
        case .docx: "Word"
        }
    }

    /// Every format's name for readers, as a sentence lists them: `Markdown, HTML and CSV`.
    static let displayNames = allCases.dropLast().map(\.displayName).joined(separator: ", ")
        + (allCases.count > 1 ? " and " : "") + (allCases.last?.displayName ?? "")

    /// Every format's name joined by commas, `md,html,csv`, as `--format` takes them.
    static let nameList = allCases.map(\.rawValue).joined(separator: ",")

    /// The files a document becomes in this format, for help texts: `<stem>.md`.
    var fileNamePattern: String {
        switch self {
        case .markdown: "<stem>.md"
        case .html: "<stem>.html"
        case .csv: "<stem>-<table>.csv"
        case .docx: "<stem>.docx"
        }
    }

    /// Every format's file-name pattern with `<stem>` replaced by `stem`, joined by commas:
    /// `course.md, course.html, course-<table>.csv`.
    static func fileNames(stem: String) -> String {
        allCases.map { $0.fileNamePattern.replacing("<stem>", with: stem) }.joined(separator: ", ")
    }

    /// Parses a `--format` list such as `md,html`; an unknown name is a usage error with a suggestion.
    /// The result keeps the canonical order (the order of ``allCases``) without repeats.
    static func parseList(_ names: [String]) throws(UsageError) -> [OutputFormat] {
        var formats: Set<OutputFormat> = []
        for name in names {
            guard let format = OutputFormat(rawValue: name) else {
                throw UsageError.unknown("format", name, among: allCases.map(\.rawValue))
            }
            formats.insert(format)
        }
        guard !formats.isEmpty else {
            throw UsageError("--format needs at least one of \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return allCases.filter(formats.contains)
    }
}
