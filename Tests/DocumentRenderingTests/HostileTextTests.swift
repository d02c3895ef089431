#if canImport(FoundationEssentials)
import FoundationEssentials
#endif
import Foundation
import DocumentTree
import Testing
@testable import DocumentRendering

/// Hostile user text through every renderer: the output must be exact and harmless.
@Suite struct HostileTextTests {
    static let texts = [
        TestDocuments.hostile,
        "</style><script>alert(1)</script>",
        "\"><script>x</script>",
        "=cmd|' /C calc'!A0",
        "+1+1", "-1-1", "@SUM(1)", "\tfane", "\rcr",
        "a|b\nc|d",
        "\u{202E}tfel-ot-thgir",
        String(repeating: "x", count: 10_000),
        "",
        "æøå ÆØÅ",
        "\\ \\\\ back\\slash\\",
        "*stjerne* _under_ **fed** __fed__",
        "'enkelt' & \"dobbelt\"",
        "https://example.org/a_b www.example.com anna@example.dk <http://x.y> ![i](https://x.y/i.png)",
    ]

    private func document(_ text: String) -> Document {
        Document(
            metadata: DocumentMetadata(title: text, subject: text, date: text, slug: "h"),
            blocks: [
                .heading(level: 2, text: InlineText(text)),
                .paragraph(InlineText([.text(text), .emphasis(text), .strong(text)])),
                .table(Table(name: "t", caption: InlineText(text), columns: [.init(title: text, key: "cell")], rows: [[InlineText(text)]])),
                .field(Field(number: text, label: InlineText(text), answeredBy: text, answer: [InlineText(text)])),
                .descriptionList(DescriptionList(items: [.init(label: text, value: InlineText(text))])),
                .callout(Callout(kind: .note, title: text, blocks: [.paragraph(InlineText(text))])),
                .chart(Chart(name: "c", kind: .bar, title: text, summary: text, categoryTitle: text, valueTitle: text,
                             points: [.init(label: text, value: 1)], referenceLines: [.init(label: text, value: 1)])),
            ]
        )
    }

    @Test(arguments: texts)
    func htmlHasNoRawMarkupFromUserText(text: String) {
        let page = HTMLRenderer().render(document(text))
        #expect(!page.contains("<script"))
        #expect(!page.contains("<b>"))
        #expect(page.ranges(of: "</style>").count == 1)
        #expect(!page.contains("\"><script"))
        if !text.isEmpty, !text.contains(where: { "<>&\"'\n\r\t".contains($0) }) {
            // A text holding a bidirectional control is isolated in <bdi>, its characters unchanged.
            let bidirectional = text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
            let shown = bidirectional ? "<bdi>" + text + "</bdi>" : text
            #expect(page.contains("<p>" + shown + "<em>" + shown + "</em><strong>" + shown + "</strong></p>"))
        }
    }

    @Test func htmlEscapesEachSpecialCharacter() {
        var buffer = TextBuffer(capacity: 64)
        buffer.appendHTML("<a href=\"x\">'&'</a>\r\nz\u{0}\u{7F}\u{85}y")
        #expect(buffer.string == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;<br>zy")
    }

    @Test(arguments: texts)
    func csvCellsParseBackToTheTextWithTheNeutralisingPrefix(text: String) {
        for dialect in CSVDialect.allCases {
            let separator: Character = dialect == .rfc4180 ? "," : ";"
            for file in CSVRenderer(options: .init(dialect: dialect)).render(document(text)) {
                let rows = parseCSV(file.contents, separator: separator)
                let cells = rows.dropFirst().flatMap { $0 }.filter { !$0.isEmpty }
                let expected = CSVWriter.looksLikeFormula(text) ? "'" + text : text
                #expect(rows.allSatisfy { $0.count == rows[0].count }, "\(file.name)")
                if !text.isEmpty { #expect(cells.contains(expected), "\(file.name)") }
            }
        }
    }

    @Test(arguments: texts)
    func markdownKeepsEveryBlockIntact(text: String) {
        let markdown = MarkdownRenderer().render(document(text))
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.hasPrefix("| --- |") }.count == 2)
        #expect(lines.filter { $0.hasPrefix("# ") }.count == 1)
        let unescapedTags = markdown.ranges(of: "<").filter { range in
            range.lowerBound > markdown.startIndex && markdown[markdown.index(before: range.lowerBound)] != "\\"
                && !markdown[range.lowerBound...].hasPrefix("<br>") && !markdown[range.lowerBound...].hasPrefix("<!---->")
        }
        #expect(unescapedTags.isEmpty)
        for line in lines where line.hasPrefix("| ") {
            let unescapedPipes = line.ranges(of: "|").count - line.ranges(of: "\\|").count
            #expect(unescapedPipes == 2 || unescapedPipes == 3, "\(line.prefix(80))")
        }
    }

    @Test func markdownEscapingOfTheHostileSampleIsExact() {
        let markdown = MarkdownRenderer().render(TestDocuments.document([.paragraph(InlineText(TestDocuments.hostile))]))
        #expect(markdown.hasSuffix(
            "\n\\<b\\>x\\</b\\>\\</style\\>\"\\>\\<script\\>alert('x')\\</script\\>\\&amp; \\| \\*s\\* \\_u\\_ \\\\b\\\\ \\`c\\` \\[l\\](x) \\# æøå \u{202E}rtl\n"))
    }

    @Test(arguments: texts)
    func wordKeepsEveryTextExact(text: String) throws {
        let parts = WordRenderer().parts(for: [document(text)], title: text, subject: text, language: .danish)
        let xml = String(decoding: try #require(parts.first { $0.path == "word/document.xml" }).bytes, as: UTF8.self)
        #expect(!xml.contains("<script"))
        #expect(!xml.contains("<b>"))
        let expected = Self.wordText(text)
        let paragraphs = WordXMLText.paragraphs(xml)
        #expect(paragraphs.first == expected)
        #expect(paragraphs.contains(expected + expected + expected))
        #expect(paragraphs.filter { $0 == expected }.count >= 8, "title, heading, caption, cell, answer, callout, chart title and summary")
    }

    /// A text as Word shows it: line ends (CR LF, CR, LF) become one line break each.
    static func wordText(_ text: String) -> String {
        text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
    }

    /// Every hostile text as its own paragraph in a Word file for the CI check
    /// (`.ci/checks/55-golden-docx`), which reads it back with pandoc and python-docx.
    @Test func hostileTextsAsAWordGoldenFile() throws {
        let hostile = Document(
            metadata: DocumentMetadata(title: "Fjendtlig tekst", language: .danish, slug: "hostile-text"),
            blocks: Self.texts.filter { !$0.isEmpty }.map { .paragraph(InlineText($0)) }
        )
        assertMatchesWordGolden(WordRenderer().render(hostile), named: "hostile-text.docx")
        let expected = Self.texts.filter { !$0.isEmpty }.map(Self.wordText)
        assertMatchesWordGolden(Array(try JSONSerialization.data(withJSONObject: expected, options: [.sortedKeys])), named: "hostile-text.expected.json")
    }

    @Test func cssStringsCannotCloseTheStyleElement() {
        var buffer = TextBuffer(capacity: 64)
        buffer.appendCSSString("a\"b\\c</style>\nd\u{1}")
        #expect(buffer.string == "\"a\\\"b\\\\c\\3c /style\\3e  d\"")
    }
}
