import DocumentRendering
import DocumentTree

/// One output file in memory: its path below the output folder and its text.
struct RenderedFile: Hashable, Sendable {
    /// The path below the output folder, for example `team/plan-7.html`.
    let path: String
    /// The file's text.
    let contents: String

    /// A document rendered in the chosen formats, its files named after `stem`:
    /// `<stem>.md`, `<stem>.html` and `<stem>-<table>.csv` (the renderer's document slug is
    /// replaced by the stem, so that inputs with the same slug do not collide).
    static func files(for document: Document, stem: String, settings: RenderSettings) -> [RenderedFile] {
        settings.formats.flatMap { format -> [RenderedFile] in
            switch format {
            case .markdown:
                [RenderedFile(path: stem + ".md", contents: MarkdownRenderer().render(document))]
            case .html:
                [RenderedFile(path: stem + ".html", contents: HTMLRenderer().render(document))]
            case .csv:
                CSVRenderer(options: settings.csv).render(document).map { file in
                    RenderedFile(path: stem + "-" + tableName(of: file.name, slug: document.metadata.slug) + ".csv", contents: file.contents)
                }
            }
        }
    }

    /// `rows` for `handleplan-rows.csv` with slug `handleplan`.
    private static func tableName(of fileName: String, slug: String) -> String {
        let name = fileName.hasSuffix(".csv") ? String(fileName.dropLast(4)) : fileName
        return name.hasPrefix(slug + "-") ? String(name.dropFirst(slug.count + 1)) : name
    }
}
