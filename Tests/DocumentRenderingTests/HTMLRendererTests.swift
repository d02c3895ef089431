import DocumentTree
import Testing
@testable import DocumentRendering

@Suite struct HTMLRendererTests {
    private func render(_ blocks: [Block], language: Language = .danish) -> String {
        HTMLRenderer().render(TestDocuments.document(blocks, language: language))
    }

    /// The HTML of the blocks alone, between the document header and the footer.
    private func body(_ blocks: [Block]) -> String {
        let page = render(blocks)
        let start = page.firstRange(of: "</header>\n")!.upperBound
        let end = page.firstRange(of: "<footer class=\"documentFooter\">")!.lowerBound
        return String(page[start..<end])
    }

    @Test func pageIsSelfContainedAndPrintable() {
        let page = render([])
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(page.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">"#))
        #expect(page.contains("@page { size: A4;"))
        #expect(page.contains("thead { display: table-header-group; }"))
        #expect(page.contains(#"@bottom-left { content: "Titel · 17.02.2026";"#))
        #expect(page.contains(#"@bottom-right { content: "Side " counter(page) " af " counter(pages);"#))
        #expect(page.contains("<h1>Titel</h1>\n<p class=\"subject\">Emne</p>\n<p class=\"date\">17.02.2026</p>"))
        #expect(page.contains("<footer class=\"documentFooter\"><p>Titel · 17.02.2026</p></footer>"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("<link"))
        #expect(page.hasSuffix("</main>\n</body>\n</html>\n"))
    }

    @Test func footerCanBeLeftOut() {
        let page = HTMLRenderer(options: .init(includesFooter: false)).render(TestDocuments.document([]))
        #expect(!page.contains("<footer"))
        #expect(!page.contains("@bottom-left"))
    }

    @Test(arguments: Language.allCases)
    func pageLanguageIsTheDocumentsLanguage(language: Language) {
        #expect(render([], language: language).contains("<html lang=\"\(language.tag)\">"))
    }

    @Test func headingsNeverSkipALevel() {
        let html = body([.heading(level: 4, text: "a"), .heading(level: 3, text: "b"), .heading(level: 2, text: "c"), .heading(level: 1, text: "d")])
        #expect(html == "<h2>a</h2>\n<h3>b</h3>\n<h2>c</h2>\n<h2>d</h2>\n")
    }

    @Test func paragraphWithEmphasisAndLineBreak() {
        let text = InlineText([.text("a\nb "), .emphasis("c"), .text(" "), .strong("d")])
        #expect(body([.paragraph(text), .paragraph("")]) == "<p>a<br>b <em>c</em> <strong>d</strong></p>\n")
    }

    @Test func lists() {
        let html = body([
            .list(ListBlock(style: .bulleted, paragraphs: ["a"])),
            .list(ListBlock(style: .numbered(start: 3), items: [[.paragraph("b"), .paragraph("c")]])),
        ])
        #expect(html == "<ul>\n<li>a</li>\n</ul>\n<ol start=\"3\">\n<li>\n<p>b</p>\n<p>c</p>\n</li>\n</ol>\n")
    }

    @Test func tableWithCaptionHeaderScopesAndRowHeaders() {
        let table = Table(
            name: "t", caption: "Cap", columns: [.init(title: "A", key: "a"), .init(title: "B", key: "b")],
            rows: [["x", "y"]], firstColumnIsRowHeader: true
        )
        #expect(body([.table(table)]) == """
            <table>
            <caption>Cap</caption>
            <thead>
            <tr><th scope="col">A</th><th scope="col">B</th></tr>
            </thead>
            <tbody>
            <tr><th scope="row">x</th><td>y</td></tr>
            </tbody>
            </table>

            """)
    }

    @Test func verticalHeadingGetsItsOwnHeaderCellClass() {
        let table = Table(
            name: "t", columns: [.init(title: "Dato", key: "date"), .init(title: "Forvirring", key: "confusion", headingOrientation: .vertical)],
            rows: [["02.03.2026", "0"]])
        #expect(body([.table(table)]).contains(#"<tr><th scope="col">Dato</th><th scope="col" class="vertical">Forvirring</th></tr>"#))
        #expect(render([]).contains("th.vertical { writing-mode: sideways-lr;"))
    }

    @Test func longBoxesAndAnswersMayBreakAcrossPagesShortOnesMayNot() {
        let long = InlineText(String(repeating: "ord ", count: 200))
        let html = body([
            .callout(Callout(kind: .example, title: "Eksempel", blocks: [.paragraph(long)])),
            .callout(Callout(kind: .note, title: "OBS", blocks: [.paragraph("kort")])),
            .field(Field(label: "Q", answer: [long])), .field(Field(label: "R", answer: ["kort"])),
            .field(Field(label: "S", answer: nil, writingLines: 12)),
        ])
        #expect(html.contains(#"<div class="callout callout-example long" role="note">"#))
        #expect(html.contains(#"<div class="callout callout-note" role="note">"#))
        #expect(html.contains(#"<div class="field long" role="group" aria-labelledby="q1">"#))
        #expect(html.contains(#"<div class="field" role="group" aria-labelledby="q2">"#))
        #expect(html.contains(#"<div class="field" role="group" aria-labelledby="q3">"#))
        #expect(render([]).contains(".field.long, .callout.long { break-inside: auto;"))
    }

    @Test func raggedRowsGetOneCellPerColumn() {
        var table = TestDocuments.table([["a"]])
        table.rows = [[], ["b", "extra"]]
        #expect(body([.table(table)]).contains("<tr><td></td></tr>\n<tr><td>b</td></tr>"))
    }

    @Test func blankFieldHasRuledWritingLines() {
        let html = body([.field(Field(number: "4", label: "Hvad?", answeredBy: "Gruppen", answer: nil, writingLines: 3))])
        #expect(html == """
            <div class="field" role="group" aria-labelledby="q1">
            <p class="question" id="q1"><span class="fieldNumber">4.</span> Hvad?</p>
            <p class="answeredBy">Udfyldes af: Gruppen</p>
            <div class="writingSpace"><div class="writingLine"></div><div class="writingLine"></div><div class="writingLine"></div></div>
            </div>

            """)
    }

    @Test func answeredFieldShowsTheAnswer() {
        let html = body([.field(Field(label: "Q", answer: ["A1", "A2"])), .field(Field(label: "R", answer: nil))])
        #expect(html.contains("<p class=\"question\" id=\"q1\">Q</p>\n<div class=\"answer\">\n<p>A1</p>\n<p>A2</p>\n</div>"))
        #expect(html.contains("aria-labelledby=\"q2\""))
    }

    @Test func descriptionListWithBlankValue() {
        let html = body([.descriptionList(DescriptionList(items: [.init(label: "Borger", value: ""), .init(label: "Dato", value: "1")]))])
        #expect(html == "<dl class=\"details\">\n<div><dt>Borger</dt><dd class=\"blank\"></dd></div>\n<div><dt>Dato</dt><dd>1</dd></div>\n</dl>\n")
    }

    @Test(arguments: Callout.Kind.allCases)
    func calloutShowsItsTitle(kind: Callout.Kind) {
        let html = body([.callout(Callout(kind: kind, title: "OBS", blocks: [.paragraph("x")]))])
        #expect(html == "<div class=\"callout callout-\(kind.rawValue)\" role=\"note\">\n<p class=\"calloutTitle\">OBS</p>\n<p>x</p>\n</div>\n")
    }

    @Test func pageBreak() {
        #expect(body([.pageBreak]) == "<div class=\"pageBreak\"></div>\n")
    }

    @Test(arguments: [Chart.Kind.bar, .line])
    func chartIsAnAccessibleDrawingWithItsData(kind: Chart.Kind) {
        let chart = Chart(
            name: "c", kind: kind, title: "Graf <1>", summary: "Kort.", categoryTitle: "Måned", valueTitle: "Antal",
            points: [.init(label: "Jan", value: 2), .init(label: "Feb", value: -1)],
            referenceLines: [.init(label: "Mål", value: 3)]
        )
        let html = body([.chart(chart)])
        #expect(html.hasPrefix("<figure class=\"chart\">\n<figcaption>Graf &lt;1&gt;</figcaption>\n<svg class=\"chartGraphic\" role=\"img\" aria-labelledby=\"chart-title-1 chart-desc-2\""))
        #expect(html.contains("<title id=\"chart-title-1\">Graf &lt;1&gt;</title>\n<desc id=\"chart-desc-2\">Kort.</desc>"))
        #expect(html.contains(kind == .bar ? "<rect " : "<polyline "))
        #expect(html.contains("stroke-dasharray=\"6 4\""))
        #expect(html.contains(">Mål: 3</text>"))
        #expect(html.contains(">Måned</text>") && html.contains(">Antal</text>"))
        #expect(html.contains("<table class=\"chartData\">\n<caption>Datagrundlag</caption>"))
        #expect(html.contains("<tr><th scope=\"row\">Feb</th><td>-1</td></tr>"))
        #expect(html.contains("<p class=\"chartSummary\">Kort.</p>"))
        #expect(html.hasSuffix("</figure>\n"))
    }

    @Test func chartWithoutPointsHasNoDrawing() {
        let chart = Chart(name: "c", kind: .bar, title: "T", summary: "S", categoryTitle: "C", valueTitle: "V", points: [])
        #expect(!body([.chart(chart)]).contains("<svg"))
    }

    @Test func renderingIsDeterministic() {
        let document = TestDocuments.document([.field(Field(label: "Q", answer: nil)), .paragraph("x")])
        #expect(HTMLRenderer().render(document) == HTMLRenderer().render(document))
    }

    @Test func severalDocumentsOnOnePage() {
        let danish = TestDocuments.document([.field(Field(label: "Q", answer: nil))])
        var english = TestDocuments.document([.field(Field(label: "Q", answer: nil))], language: .english)
        english.metadata.title = "Title"
        let page = HTMLRenderer().render([danish, english], title: "Samling", language: .danish)
        #expect(page.contains("<title>Samling</title>"))
        #expect(page.contains(".document-1 { page: document-1; }\n@page document-1 {\n  @bottom-left { content: \"Titel · 17.02.2026\";"))
        #expect(page.contains("@page document-2 {\n  @bottom-left { content: \"Title · 17.02.2026\";"))
        #expect(page.contains("<div class=\"document document-1\">"))
        #expect(page.contains("<div class=\"document document-2\" lang=\"en\">"))
        #expect(page.contains("aria-labelledby=\"d1-q1\"") && page.contains("aria-labelledby=\"d2-q1\""))
        #expect(page.contains(".document + .document { break-before: page;"))
        #expect(page.ranges(of: "<h1>").count == 2)
    }
}
