import DocumentRendering
import DocumentTree
import Testing

/// Bidirectional controls in user text stay exact, but in HTML a field holding one is isolated,
/// so it cannot reorder the text around it; the page allows no base URL and no form target.
@Suite struct BidirectionalTextTests {
    static let document = Document(
        metadata: DocumentMetadata(title: "T", slug: "t"),
        blocks: [
            .table(Table(name: "t", columns: [.init(title: "Navn", key: "name"), .init(title: "Note", key: "note")],
                         rows: [["\u{202E}anna", "efter"], ["\u{2067}bo", "plain"]])),
            .paragraph(InlineText("ren tekst")),
        ])

    @Test func aFieldWithAControlIsIsolatedAndKeptExact() {
        let html = HTMLRenderer().render(Self.document)
        #expect(html.contains("<bdi>\u{202E}anna</bdi>"))
        #expect(html.contains("<bdi>\u{2067}bo</bdi>"))
        #expect(!html.contains("<bdi>efter"), "text without a control is not wrapped")
        #expect(!html.contains("<bdi>ren tekst"))
    }

    @Test func theContentSecurityPolicyForbidsBaseAndFormTargets() {
        let html = HTMLRenderer().render(Self.document)
        #expect(html.contains("base-uri 'none'; form-action 'none'"))
    }
}
