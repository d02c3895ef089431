import DocumentTree
import Testing
@testable import DocumentRendering

/// User text never becomes a link or an image in GitHub-flavoured Markdown: the patterns that
/// cmark-gfm's autolink extension and pandoc turn into links are broken by an escape that reads
/// back as the text typed (.ci/checks/54-markdown-autolinks checks the same with the real tools).
@Suite struct MarkdownAutolinkTests {
    private func paragraph(_ text: String) -> String {
        let markdown = MarkdownRenderer().render(TestDocuments.document([.paragraph(InlineText(text))]))
        return String(markdown.split(separator: "\n").last ?? "")
    }

    @Test(arguments: [
        ("https://example.org/a_b", "https\\://example.org/a\\_b"),
        ("ftp://x.y", "ftp\\://x.y"),
        ("se www.example.com", "se www\\.example.com"),
        ("WWW.EXAMPLE.COM", "WWW\\.EXAMPLE.COM"),
        ("(www.x.dk)", "(www\\.x.dk)"),
        ("anna.hansen@example.dk", "anna.hansen<!---->@example.dk"),
        ("mailto:a@b.dk", "mailto\\:a<!---->@b.dk"),
        ("a@_b.dk a@-b.dk", "a<!---->@\\_b.dk a<!---->@-b.dk"),
        ("<http://x.y>", "\\<http\\://x.y\\>"),
        ("![i](https://x.y/i.png)", "!\\[i\\](https\\://x.y/i.png)"),
    ])
    func breaksEveryAutolink(text: String, expected: String) {
        #expect(paragraph(text) == expected)
    }

    @Test(arguments: ["kl. 10.30", "www", "awww.dk", "@handle", "a @ b", "Bemærk: se side 2", "version 1.2.3"])
    func leavesOrdinaryTextAlone(text: String) {
        #expect(!paragraph(text).contains("<!---->"))
        #expect(!paragraph(text).contains("\\."))
    }
}
