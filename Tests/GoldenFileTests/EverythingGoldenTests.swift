import DocumentRendering
import DocumentTree
import Testing

@Suite struct EverythingGoldenTests {
    @Test func everythingMatchesItsGoldenFiles() {
        assertMatchesGoldenFiles(for: EverythingDocument.document, baseName: "everything")
        // The CI check for Markdown proves that these paragraphs read back exactly through pandoc.
        assertMatchesGolden(EverythingDocument.hostile, named: "everything-roundtrip-hostile.txt")
        assertMatchesGolden(EverythingDocument.lineStarts, named: "everything-roundtrip-line-starts.txt")
    }

    @Test func severalDocumentsOnOnePrintablePage() {
        let english = Document(
            metadata: DocumentMetadata(title: "Short English form", date: "02/17/2026", languageTag: "en", slug: "form"),
            blocks: [
                .descriptionList(DescriptionList(items: [.init(label: "Citizen", value: ""), .init(label: "Staff member", value: "")])),
                .field(Field(number: "1", label: "What happened before the episode?", answeredBy: "The staff member", answer: nil)),
                .field(Field(number: "2", label: "What did you do to calm the situation?", answer: nil, writingLines: 6)),
            ]
        )
        let page = HTMLRenderer().render([EverythingDocument.document, english], title: "Samlet udskrift", languageTag: "da")
        assertMatchesGolden(page, named: "collection.html")
    }

    @Test func everythingHasAFileForEveryFormat() {
        let names = goldenFiles(for: EverythingDocument.document, baseName: "everything").map(\.name)
        #expect(names.contains("everything.md"))
        #expect(names.contains("everything.html"))
        #expect(names.contains("everything-rfc4180-status.csv"))
        #expect(names.contains("everything-danishExcel-fields.csv"))
        #expect(names.contains("everything-danishExcel-broset-score.csv"))
    }

    @Test func lineDiffShowsTheDifferingLines() {
        #expect(lineDiff(expected: "a\nb\nc", actual: "a\nx\nc") == "2 - b\n2 + x")
    }
}
