import Testing
@testable import DocumentRendering

@Suite struct DocumentRenderingSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
