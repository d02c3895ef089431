/// Reads the text of every paragraph back out of a Word renderer's `word/document.xml`, as a
/// word processor would show it: `w:t` text unescaped, `w:tab` as a tab, `w:br` as a line feed.
///
/// It reads only the renderer's own output (one `w:p` element per paragraph, no nesting), which
/// is all the tests need.
enum WordXMLText {
    /// The paragraphs' texts, in order.
    static func paragraphs(_ xml: String) -> [String] {
        var paragraphs: [String] = []
        var current: String?
        var isInText = false
        var rest = xml[...]
        while let open = rest.firstIndex(of: "<") {
            if isInText { current? += unescape(rest[..<open]) }
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            switch tag.split(separator: " ").first ?? "" {
            case "w:p": current = ""
            case "/w:p": paragraphs.append(current ?? ""); current = nil
            case "w:p/": paragraphs.append("")
            case "w:t": isInText = true
            case "/w:t": isInText = false
            case "w:tab/": current? += "\t"
            case "w:br/": current? += "\n"
            default: break
            }
            rest = rest[rest.index(after: close)...]
        }
        return paragraphs
    }

    /// Text with the five predefined entities and decimal character references resolved.
    private static func unescape(_ text: Substring) -> String {
        String(text).replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"")
            .replacing("&#39;", with: "'").replacing("&amp;", with: "&")
    }
}
