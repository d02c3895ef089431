import DocumentTree

/// Walks blocks and writes them as HTML into a buffer.
struct HTMLWriter {
    /// The renderer's own labels.
    let strings: DocumentRenderingStrings
    /// The HTML written so far.
    var output: TextBuffer
    /// Prepended to every `id`, so that documents sharing a page have distinct ids.
    let idPrefix: String
    /// The level of the last heading written; the next may be at most one deeper.
    var headingLevel = 1
    /// How many ids have been handed out.
    var idCount = 0
    /// Tables with at least this many columns are printed in a smaller type to fit A4.
    static let wideTableColumnCount = 8

    /// Creates a writer with room for about `capacity` bytes.
    init(strings: DocumentRenderingStrings, capacity: Int, idPrefix: String) {
        self.strings = strings
        output = TextBuffer(capacity: capacity)
        self.idPrefix = idPrefix
    }

    /// A new, deterministic element id.
    mutating func nextID(_ kind: String) -> String {
        idCount += 1
        return idPrefix + kind + String(idCount)
    }

    /// Writes everything up to and including `<body>`.
    ///
    /// - Parameters:
    ///   - pageFooters: Each document's footer text (nil for none), printed in the bottom margin, and
    ///     the labels for its page numbers.
    ///   - namesPages: Whether each document gets a named page (``pageName(_:)``) with its own footer,
    ///     as in a page of several documents.
    mutating func writePageStart(
        title: String, language: Language, pageFooters: [(text: String?, strings: DocumentRenderingStrings)], namesPages: Bool
    ) {
        output.append(markup: "<!DOCTYPE html>\n<html lang=\"")
        output.append(language.tag)
        output.append(markup: """
            ">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
            <title>
            """)
        output.appendHTML(title, newline: .space)
        output.append(markup: "</title>\n<style>\n")
        output.append(markup: HTMLStyleSheet.css)
        for (index, footer) in pageFooters.enumerated() {
            writePageRule(footer: footer.text, strings: footer.strings, pageName: namesPages ? Self.pageName(index) : nil)
        }
        output.append(markup: "</style>\n</head>\n<body>\n<main>\n")
    }

    /// Writes an `@page` rule whose bottom margin shows the footer and "Side n af m".
    private mutating func writePageRule(footer: String?, strings: DocumentRenderingStrings, pageName: String?) {
        if let pageName {
            output.append("." + pageName + " { page: " + pageName + "; }\n@page " + pageName + " {")
        } else {
            output.append(markup: "@page {")
        }
        if let footer {
            output.append(markup: "\n  @bottom-left { content: ")
            output.appendCSSString(footer)
            output.append(markup: "; font: 8pt \"DejaVu Sans\", Arial, sans-serif; }\n  @bottom-right { content: ")
            output.appendCSSString(strings.page + " ")
            output.append(markup: " counter(page) ")
            output.appendCSSString(" " + strings.pageOf + " ")
            output.append(markup: " counter(pages); font: 8pt \"DejaVu Sans\", Arial, sans-serif; }\n")
        }
        output.append(markup: "}\n")
    }

    /// The name of the printed page of the document at `index` in a page of several documents.
    static func pageName(_ index: Int) -> String {
        "document-" + String(index + 1)
    }

    /// A document's footer: its title and date.
    static func footerText(_ metadata: DocumentMetadata, strings: DocumentRenderingStrings) -> String {
        [metadata.title, metadata.date ?? ""].filter { !$0.isEmpty }.joined(separator: strings.footerSeparator)
    }

    /// Writes the closing tags.
    mutating func writePageEnd() {
        output.append(markup: "</main>\n</body>\n</html>\n")
    }

    /// Writes one document: its header (title, subject, date), its blocks and its footer.
    mutating func writeDocument(_ document: Document, pageLanguage: Language, footer: String?, pageName: String?) {
        let metadata = document.metadata
        output.append(markup: "<div class=\"document")
        if let pageName { output.append(" " + pageName) }
        output.append(markup: "\"")
        if metadata.language != pageLanguage {
            output.append(markup: " lang=\"")
            output.append(metadata.language.tag)
            output.append(markup: "\"")
        }
        output.append(markup: ">\n<header class=\"documentHeader\">\n<h1>")
        output.appendHTML(metadata.title)
        output.append(markup: "</h1>\n")
        if let subject = metadata.subject, !subject.isEmpty {
            writeElement("p", class: "subject", text: subject)
        }
        if let date = metadata.date, !date.isEmpty {
            writeElement("p", class: "date", text: date)
        }
        output.append(markup: "</header>\n")
        headingLevel = 1
        writeBlocks(document.blocks)
        if let footer {
            output.append(markup: "<footer class=\"documentFooter\"><p>")
            output.appendHTML(footer, newline: .space)
            output.append(markup: "</p></footer>\n")
        }
        output.append(markup: "</div>\n")
    }

    /// Writes `<name class="…">text</name>` and a newline.
    mutating func writeElement(_ name: String, class className: String, text: String) {
        output.append("<" + name + " class=\"" + className + "\">")
        output.appendHTML(text)
        output.append("</" + name + ">\n")
    }
}
