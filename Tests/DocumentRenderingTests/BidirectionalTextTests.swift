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

    /// Every scalar from U+2000 to U+20FF, alone and between other text, is isolated exactly
    /// when it is one of the nine controls (the test is made on UTF-8 bytes).
    @Test func exactlyTheNineControlsAreIsolated() {
        let controls = Set(Array(0x202A...0x202E) + Array(0x2066...0x2069))
        for value in 0x2000...0x20FF {
            let scalar = String(Unicode.Scalar(UInt32(value))!)
            for text in [scalar, "før \(scalar)", "\(scalar) æ", "a\(scalar)b"] {
                let html = HTMLRenderer().render(Document(metadata: DocumentMetadata(title: "T", slug: "t"), blocks: [.paragraph(InlineText(text))]))
                #expect(html.contains("<bdi>") == controls.contains(value), "U+\(String(value, radix: 16, uppercase: true)) in \(text.debugDescription)")
            }
        }
    }

    @Test func theContentSecurityPolicyForbidsBaseAndFormTargets() {
        let html = HTMLRenderer().render(Self.document)
        #expect(html.contains("base-uri 'none'; form-action 'none'"))
    }
}
