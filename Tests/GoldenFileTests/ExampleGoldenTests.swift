import CourseModel
import DocumentRendering
import DocumentTree
import ForebygCommandLine
import ForebygCore
import ForebygDocuments
import Testing

/// Golden files for every built-in example: Markdown, HTML, CSV (RFC 4180) and Word in Danish, and
/// Markdown in English to show that every fixed label has its translation.
///
/// The Danish-Excel dialect is covered by the `everything` document's golden files.
@Suite struct ExampleGoldenTests {
    /// Every document the command-line tool's `example` writes: the examples stored as JSON and the
    /// printable documents (support sheets, agendas, method guides, forms), by unique golden base name.
    static func documents(in language: Language) -> [(name: String, document: Document)] {
        ExampleCatalog.all.map { (name: $0.name, document: $0.document.document(in: language)) }
            + ExampleCatalog.printables(in: language).map { (name: $0.name, document: $0.document) }
    }

    static let danishNames = documents(in: .danish).map(\.name)

    @Test(arguments: danishNames)
    func danishDocumentMatchesItsGoldenFiles(name: String) throws {
        let document = try #require(Self.documents(in: .danish).first { $0.name == name }?.document)
        for file in goldenFiles(for: document, baseName: name) where !file.name.contains("-danishExcel-") {
            assertMatchesGolden(file.bytes, named: file.name)
        }
    }

    @Test(arguments: danishNames)
    func englishMarkdownMatchesItsGoldenFile(name: String) throws {
        let document = try #require(Self.documents(in: .english).first { $0.name == name }?.document)
        #expect(document.metadata.language == .english)
        assertMatchesGolden(MarkdownRenderer().render(document), named: "\(name).en.md")
    }

    @Test func allSupportSheetsOnOnePrintablePage() {
        let sheets = CourseExamples.supportSheets(in: .danish).map(\.document)
        #expect(sheets.count == 5)
        let page = HTMLRenderer().render(sheets, title: "Støtteark 1–5", language: .danish)
        assertMatchesGolden(page, named: "stoetteark-1-5.html")
    }

    @Test func allSupportSheetsInOneWordFile() {
        let sheets = CourseExamples.supportSheets(in: .danish).map(\.document)
        assertMatchesGolden(WordRenderer().render(sheets, title: "Støtteark 1–5", language: .danish), named: "stoetteark-1-5.docx")
        let parts = WordRenderer().parts(for: sheets, title: "Støtteark 1–5", subject: nil, language: .danish)
        assertMatchesGolden(parts.first { $0.path == "word/document.xml" }?.bytes ?? [], named: "stoetteark-1-5.document.xml")
    }

    @Test func everyExampleHasUniqueGoldenNames() {
        #expect(Set(Self.danishNames).count == Self.danishNames.count)
    }
}
