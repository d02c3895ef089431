import Testing
import DocumentTree
@testable import DocumentRendering

@Suite struct DocumentRenderingSmokeTests {
    @Test func markdownStartsWithTitle() {
        #expect(MarkdownRenderer().render(.init(metadata: .init(title: "T", slug: "t"), blocks: [])).hasPrefix("# T"))
    }
}
