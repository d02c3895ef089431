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

    /// The Word file's other parts, once: styles, numbering, settings, footer, properties and the
    /// package's relationships (every document's are the same but for its title and lists).
    @Test func everythingsWordPartsMatchTheirGoldenFiles() {
        let document = EverythingDocument.document
        let parts = WordRenderer().parts(for: [document], title: document.metadata.title, subject: document.metadata.subject, language: .danish)
        for part in parts where part.path != "word/document.xml" {
            let name = part.path.split(separator: "/").last.map(String.init) ?? part.path
            assertMatchesGolden(part.bytes, named: "everything.docx-" + name.replacing("[Content_Types]", with: "content-types"))
        }
    }

    @Test func severalDocumentsOnOnePrintablePage() {
        let english = Document(
            metadata: DocumentMetadata(title: "Short English form", date: "02/17/2026", language: .english, slug: "form"),
            blocks: [
                .descriptionList(DescriptionList(items: [.init(label: "Citizen", value: ""), .init(label: "Staff member", value: "")])),
                .field(Field(number: "1", label: "What happened before the episode?", answeredBy: "The staff member", answer: nil)),
                .field(Field(number: "2", label: "What did you do to calm the situation?", answer: nil, writingLines: 6)),
            ]
        )
        let page = HTMLRenderer().render([EverythingDocument.document, english], title: "Samlet udskrift", language: .danish)
        assertMatchesGolden(page, named: "collection.html")
    }

    @Test func everythingHasAFileForEveryFormat() {
        let names = goldenFiles(for: EverythingDocument.document, baseName: "everything").map(\.name)
        #expect(names.contains("everything.md"))
        #expect(names.contains("everything.html"))
        #expect(names.contains("everything-rfc4180-status.csv"))
        #expect(names.contains("everything-danishExcel-fields.csv"))
        #expect(names.contains("everything-danishExcel-broset-score.csv"))
        #expect(names.contains("everything.docx"))
        #expect(names.contains("everything.document.xml"))
    }
}
