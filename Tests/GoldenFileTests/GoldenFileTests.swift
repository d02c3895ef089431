import Testing
import DocumentRendering

@Suite struct GoldenFileTests {
    @Test func placeholderCompiles() {
        #expect(MarkdownRenderer().render(.init(metadata: .init(title: "T", slug: "t"), blocks: [])).hasPrefix("# T"))
    }
}
