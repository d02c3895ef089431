public import DocumentTree

/// Renders a `Document` as one self-contained, printable HTML page.
///
/// The page has no scripts and loads nothing: its only style sheet is inline, and a
/// Content-Security-Policy forbids any request. It prints on A4 with repeated table headers,
/// fields kept whole on a page and, on every printed page, a footer with the title, the date and
/// the page number. Charts are drawn as inline SVG followed by their data table. Every piece of
/// user text is escaped. The same input always gives the same bytes.
public struct HTMLRenderer: Sendable {
    /// Choices that change the page beyond the document itself.
    public struct Options: Sendable {
        /// Whether each document has a footer with its title and date: at its end on screen, and
        /// in the bottom margin of every printed page together with the page number.
        public var includesFooter: Bool

        /// Creates options; the defaults suit printing.
        public init(includesFooter: Bool = true) {
            self.includesFooter = includesFooter
        }
    }

    /// The options in effect.
    public var options: Options

    /// Creates an HTML renderer.
    public init(options: Options = .init()) {
        self.options = options
    }

    /// Renders one document as a complete HTML page.
    public func render(_ document: Document) -> String {
        String(decoding: renderUTF8(document), as: UTF8.self)
    }

    /// Renders one document as UTF-8 bytes: the same bytes as ``render(_:)``, without building a
    /// `String` (which would check every byte again) for callers that only write or count them.
    package func renderUTF8(_ document: Document) -> [UInt8] {
        let metadata = document.metadata
        var writer = HTMLWriter(
            strings: .for(metadata.language),
            capacity: 8192 + document.blocks.count * 512,
            idPrefix: ""
        )
        let footer = options.includesFooter ? HTMLWriter.footerText(metadata, strings: writer.strings) : nil
        writer.writePageStart(title: metadata.title, language: metadata.language, pageFooters: [(footer, writer.strings)], namesPages: false)
        writer.writeDocument(document, pageLanguage: metadata.language, footer: footer, pageName: nil)
        writer.writePageEnd()
        return writer.output.finish()
    }

    /// Renders several documents into one printable page, each starting on a new sheet with its own footer.
    ///
    /// - Parameters:
    ///   - documents: The documents, in order.
    ///   - title: The page's title (its `<title>` element).
    ///   - language: The page's language; a document in another language is marked as such.
    public func render(_ documents: [Document], title: String, language: Language) -> String {
        var writer = HTMLWriter(
            strings: .for(language),
            capacity: 8192 + documents.reduce(0) { $0 + $1.blocks.count * 512 },
            idPrefix: ""
        )
        let footers = documents.map { document in
            let strings = DocumentRenderingStrings.for(document.metadata.language)
            return (text: options.includesFooter ? HTMLWriter.footerText(document.metadata, strings: strings) : nil, strings: strings)
        }
        writer.writePageStart(title: title, language: language, pageFooters: footers, namesPages: true)
        for (index, document) in documents.enumerated() {
            var documentWriter = HTMLWriter(
                strings: .for(document.metadata.language),
                capacity: 4096 + document.blocks.count * 512,
                idPrefix: "d\(index + 1)-"
            )
            documentWriter.writeDocument(
                document, pageLanguage: language, footer: footers[index].text, pageName: HTMLWriter.pageName(index))
            writer.output.append(documentWriter.output)
        }
        writer.writePageEnd()
        return writer.output.string
    }
}
