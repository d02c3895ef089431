import DocumentTree
import Testing
@testable import DocumentRendering

@Suite struct MarkdownRendererTests {
    private func render(_ blocks: [Block]) -> String {
        MarkdownRenderer().render(TestDocuments.document(blocks))
    }

    /// The Markdown of the blocks alone, after the title, subject and date.
    private func body(_ blocks: [Block]) -> String {
        String(render(blocks).dropFirst(render([]).utf8.count + 1))
    }

    @Test func titleSubjectAndDate() {
        #expect(render([]) == "# Titel\n\nEmne\n\n*17.02.2026*\n")
    }

    @Test func titleWithoutSubjectOrDate() {
        let document = Document(metadata: .init(title: "A # b", slug: "a"), blocks: [])
        #expect(MarkdownRenderer().render(document) == "# A \\# b\n")
    }

    @Test(arguments: [(2, "##"), (3, "###"), (1, "##"), (9, "######")])
    func headingLevels(level: Int, hashes: String) {
        #expect(body([.heading(level: level, text: "Hej")]) == hashes + " Hej\n")
    }

    @Test func headingWithLineBreak() {
        #expect(body([.heading(level: 2, text: "a\nb")]) == "## a<br>b\n")
    }

    @Test func paragraphWithEmphasis() {
        let text = InlineText([.text("a "), .emphasis(" b "), .text("c "), .strong("d"), .text(".")])
        #expect(body([.paragraph(text)]) == "a  *b* c **d**.\n")
    }

    @Test func emptyParagraphIsLeftOut() {
        #expect(body([.paragraph(""), .paragraph("x")]) == "x\n")
    }

    @Test func lineBreaksBecomeHardBreaksAndTrailingOnesAreDropped() {
        #expect(body([.paragraph("a\nb\r\nc\rd\n\n")]) == "a\\\nb\\\nc\\\nd\n")
    }

    @Test(arguments: [
        ("- x", "\\- x"), ("+ x", "\\+ x"), ("= x", "\\= x"), ("12. x", "12\\. x"), ("3) x", "3\\) x"),
        ("    code", "&#32;&#32;&#32;&#32;code"), ("\tx", "&#9;x"), ("> q", "\\> q"), ("# h", "\\# h"),
        ("a - b 1. c", "a - b 1. c"), ("12:30", "12\\:30"), ("a: b", "a: b"),
    ])
    func lineStartsAndPunctuationAreEscaped(input: String, expected: String) {
        #expect(body([.paragraph(InlineText(input))]) == expected + "\n")
    }

    @Test func everySyntaxCharacterGetsABackslash() {
        #expect(body([.paragraph("\\ ` * _ [ ] < > # | ~ & $")]) == "\\\\ \\` \\* \\_ \\[ \\] \\< \\> \\# \\| \\~ \\& \\$\n")
    }

    @Test func bulletedAndNumberedLists() {
        let blocks: [Block] = [
            .list(ListBlock(style: .bulleted, paragraphs: ["a", "b\nc"])),
            .list(ListBlock(style: .numbered(start: 3), paragraphs: ["d"])),
        ]
        #expect(body(blocks) == "- a\n- b\\\n  c\n\n3. d\n")
    }

    @Test func adjacentListsOfTheSameKindUseTheOtherMarker() {
        let blocks: [Block] = [
            .list(ListBlock(style: .bulleted, paragraphs: ["a"])),
            .list(ListBlock(style: .bulleted, paragraphs: ["b"])),
            .list(ListBlock(style: .numbered(start: 1), paragraphs: ["c"])),
            .list(ListBlock(style: .numbered(start: 1), paragraphs: ["d"])),
        ]
        #expect(body(blocks) == "- a\n\n+ b\n\n1. c\n\n1) d\n")
    }

    @Test func looseListWithSeveralBlocksPerItem() {
        let list = ListBlock(style: .bulleted, items: [[.paragraph("a"), .paragraph("b")], [.paragraph("c")]])
        #expect(body([.list(list)]) == "- a\n\n  b\n\n- c\n")
    }

    @Test func tableWithCaptionPipesAndLineBreaks() {
        let table = Table(
            name: "t", caption: "Tabel",
            columns: [.init(title: "A|1", key: "a"), .init(title: "B", key: "b")],
            rows: [["x|y", "1\n2"], [" lead", ""]]
        )
        #expect(body([.table(table)]) == "**Tabel**\n\n| A\\|1 | B |\n| --- | --- |\n| x\\|y | 1<br>2 |\n| &#32;lead |  |\n")
    }

    @Test func verticalHeadingIsIgnored() {
        let column = { (orientation: Table.HeadingOrientation) in
            Table(name: "t", columns: [.init(title: "Score", key: "score", headingOrientation: orientation)], rows: [["1"]])
        }
        #expect(body([.table(column(.vertical))]) == body([.table(column(.horizontal))]))
    }

    @Test func tableWithoutColumnsIsLeftOut() {
        #expect(body([.table(Table(name: "t", columns: [], rows: [])), .paragraph("x")]) == "x\n")
    }

    @Test func blankField() {
        let field = Field(number: "4", label: "Hvad?", answeredBy: "Gruppen", answer: nil, writingLines: 2)
        let line = String(repeating: "\\_", count: 40)
        #expect(body([.field(field)]) == "**4. Hvad?**\n\n*Udfyldes af: Gruppen*\n\n\(line)\n\n\(line)\n")
    }

    @Test func answeredField() {
        let field = Field(label: InlineText([.text("Hvem "), .emphasis("gør"), .text(" hvad? ")]), answer: ["Svar 1", "Svar *2*"])
        #expect(body([.field(field)]) == "**Hvem *gør* hvad?**\n\nSvar 1\n\nSvar \\*2\\*\n")
    }

    @Test func descriptionList() {
        let list = DescriptionList(items: [.init(label: "Borger", value: ""), .init(label: "Dato", value: "1.2")])
        let line = String(repeating: "\\_", count: 20)
        #expect(body([.descriptionList(list)]) == "**Borger:** \(line)\\\n**Dato:** 1.2\n")
    }

    @Test func calloutIsABlockQuoteWithBoldTitle() {
        let callout = Callout(kind: .note, title: "OBS", blocks: [.paragraph("a\nb"), .paragraph("c")])
        #expect(body([.callout(callout)]) == "> **OBS**\n>\n> a\\\n> b\n>\n> c\n")
    }

    @Test func chartIsTitledTableSummaryAndReferenceLines() {
        let chart = Chart(
            name: "c", kind: .bar, title: "Graf", summary: "Kort sagt.", categoryTitle: "Måned", valueTitle: "Antal",
            points: [.init(label: "Jan", value: 2), .init(label: "Feb", value: 2.5)],
            referenceLines: [.init(label: "Mål", value: 3)]
        )
        #expect(body([.chart(chart)]) == """
            **Graf**

            | Måned | Antal |
            | --- | --- |
            | Jan | 2 |
            | Feb | 2,5 |

            Kort sagt.

            **Referencelinjer**

            **Mål:** 3

            """)
    }

    @Test func pageBreakIsIgnored() {
        #expect(body([.paragraph("a"), .pageBreak, .paragraph("b")]) == "a\n\nb\n")
    }

    @Test func englishLabels() {
        let document = TestDocuments.document([.field(Field(label: "Q", answeredBy: "Team", answer: ["A"]))], language: .english)
        #expect(MarkdownRenderer().render(document).contains("*To be completed by: Team*"))
    }
}
