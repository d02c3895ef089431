public import DocumentTree

/// Renders a `Document` as a Word file (`.docx`, Office Open XML WordprocessingML, ECMA-376),
/// for readers who go on editing the document where they already work.
///
/// The file uses Word's own heading styles (so the navigation pane and a table of contents
/// work), real numbered and bulleted lists, tables with a header row that repeats on every page
/// and columns that fit A4, ruled writing lines for blank fields, callouts as bordered boxes,
/// and an A4 page whose footer holds the title, the date and "Side n af m" as fields. A chart
/// becomes its data table and its one-sentence summary. The package is written in-house (a ZIP
/// of stored entries, with a fixed time stamp and a fixed entry order): the same input always
/// gives the same bytes. The rules and limits are in `Documentation/Rendering.md`.
public struct WordRenderer: Sendable {
    /// Creates a Word renderer.
    public init() {}

    /// Renders one document as the bytes of a `.docx` file.
    public func render(_ document: Document) -> [UInt8] {
        archive(parts(for: [document], title: document.metadata.title, subject: document.metadata.subject, language: document.metadata.language))
    }

    /// Renders several documents into one `.docx` file, each in its own section that starts on
    /// a new page with its own footer; the page numbers count through the whole file.
    ///
    /// - Parameters:
    ///   - documents: The documents, in order.
    ///   - title: The file's title (its document properties).
    ///   - language: The file's language; a document in another language has its text marked as such.
    public func render(_ documents: [Document], title: String, language: Language) -> [UInt8] {
        archive(parts(for: documents, title: title, subject: nil, language: language))
    }

    /// The package's parts, in the order they are stored: their paths and their bytes.
    package func parts(for documents: [Document], title: String, subject: String?, language: Language) -> [(path: String, bytes: [UInt8])] {
        let fileLanguage = Self.wordLanguage(language)
        var writer = WordWriter(
            strings: .for(language),
            capacity: 8192 + documents.reduce(0) { $0 + $1.blocks.count * 768 }
        )
        writer.output.append(WordParts.declaration)
        writer.output.append("<w:document xmlns:w=\"\(WordParts.wordNamespace)\" xmlns:r=\"\(WordParts.relationshipNamespace)\">\n<w:body>\n")
        var footers: [[UInt8]] = []
        for (index, document) in documents.enumerated() {
            writer.strings = .for(document.metadata.language)
            writer.runLanguage = document.metadata.language == language ? nil : Self.wordLanguage(document.metadata.language)
            writer.writeDocument(document)
            footers.append(WordParts.footer(text: Self.footerText(document.metadata), strings: writer.strings, runLanguage: writer.runLanguage))
            if index < documents.count - 1 {
                writer.output.append(markup: "<w:p>")
                WordParagraphProperties().write(into: &writer.output, sectionEnd: WordPage.sectionProperties(footerID: "rIdFooter\(index + 1)"))
                writer.output.append(markup: "</w:p>\n")
            }
        }
        if documents.isEmpty {
            writer.output.append(markup: "<w:p/>\n")
            footers.append(WordParts.footer(text: title, strings: writer.strings, runLanguage: nil))
        }
        writer.output.append(WordPage.sectionProperties(footerID: "rIdFooter\(footers.count)"))
        writer.output.append(markup: "\n</w:body>\n</w:document>\n")
        let body = writer.output.finish()
        return [
            ("[Content_Types].xml", Array(WordParts.contentTypes(footerCount: footers.count).utf8)),
            ("_rels/.rels", Array(WordParts.packageRelationships.utf8)),
            ("docProps/core.xml", WordParts.coreProperties(title: title, subject: subject, languageTag: fileLanguage)),
            ("word/_rels/document.xml.rels", Array(WordParts.documentRelationships(footerCount: footers.count).utf8)),
            ("word/document.xml", body),
            ("word/styles.xml", Array(WordStyles.xml(languageTag: fileLanguage).utf8)),
            ("word/numbering.xml", Array(WordNumbering.xml(numberedLists: writer.numberedLists).utf8)),
            ("word/settings.xml", Array(WordParts.settings.utf8)),
        ] + footers.enumerated().map { ("word/footer\($0.offset + 1).xml", $0.element) }
    }

    /// The parts as one ZIP archive.
    private func archive(_ parts: [(path: String, bytes: [UInt8])]) -> [UInt8] {
        var archive = ZIPArchive(capacity: parts.reduce(4096) { $0 + $1.bytes.count + 128 })
        for part in parts { archive.add(path: part.path, bytes: part.bytes) }
        return archive.finish()
    }

    /// The footer's text: the title and the date, whichever the document has.
    static func footerText(_ metadata: DocumentMetadata) -> String {
        let strings = DocumentRenderingStrings.for(metadata.language)
        return [metadata.title, metadata.date ?? ""].filter { !$0.isEmpty }.joined(separator: strings.footerSeparator)
    }

    /// The language tag Word and spelling checkers expect: `da-DK` for Danish, `en-GB` for English.
    static func wordLanguage(_ language: Language) -> String {
        switch language {
        case .danish: "da-DK"
        case .english: "en-GB"
        }
    }
}
