import DocumentRendering
public import DocumentTree

/// One output file in memory: its path below the output folder and its UTF-8 bytes.
public struct RenderedFile: Hashable, Sendable {
    /// The path below the output folder, for example `team/plan-7.html`.
    public let path: String
    /// The file's bytes (UTF-8 text, or a Word file's ZIP archive), written as they are.
    public let bytes: [UInt8]

    /// Creates a file from its UTF-8 bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Creates a file from text.
    public init(path: String, contents: String) {
        self.init(path: path, bytes: Array(contents.utf8))
    }

    /// The file's text.
    public var contents: String { String(decoding: bytes, as: UTF8.self) }

    /// A document rendered in the chosen formats, its files named after `stem`:
    /// `<stem>.md`, `<stem>.html`, `<stem>-<table>.csv` and `<stem>.docx` (named after the stem, not the
    /// document's slug, so that inputs with the same slug do not collide).
    ///
    /// The renderers' byte output is kept as is: the files are only written and counted, so
    /// turning them into `String`s (which checks every byte again) would be wasted work.
    public static func files(for document: Document, stem: String, settings: RenderSettings) -> [RenderedFile] {
        settings.formats.flatMap { format in files(for: document, in: format, stem: stem, settings: settings) }
    }

    /// The files of a document in one format, named as in ``files(for:stem:settings:)``: one
    /// file, or a CSV file per table.
    public static func files(for document: Document, in format: OutputFormat, stem: String, settings: RenderSettings) -> [RenderedFile] {
        switch format {
        case .markdown:
            [RenderedFile(path: stem + ".md", bytes: MarkdownRenderer().renderUTF8(document))]
        case .html:
            [RenderedFile(path: stem + ".html", bytes: HTMLRenderer().renderUTF8(document))]
        case .csv:
            CSVRenderer(options: settings.csv).renderUTF8(document).map { file in
                RenderedFile(path: stem + "-" + file.name + ".csv", bytes: file.bytes)
            }
        case .docx:
            [RenderedFile(path: stem + ".docx", bytes: WordRenderer().render(document))]
        }
    }
}
